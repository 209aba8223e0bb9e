import type { Page } from '@playwright/test'

import { expect, test } from './harness-fixture'

/** Every console message, uncaught error, failed request and error answer of the page, as text. */
function recordTrouble(page: Page): string[] {
  const trouble: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      trouble.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => trouble.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => trouble.push(`failed: ${request.url()} (${request.failure()?.errorText})`))
  page.on('response', (response) => {
    if (response.status() >= 400) trouble.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return trouble
}

const screens = ['Agents', 'AI agents', 'Accounts', 'Settings', 'Live']

test('the page loads and every screen opens with nothing on the console and no failed request', async ({
  page,
  harness,
}) => {
  const trouble = recordTrouble(page)
  await page.goto(harness.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Live' })).toBeVisible()
  // The browser asks for the page's icon by itself: it must be there (no /favicon.ico 404).
  const icon = page.locator('link[rel="icon"]')
  await expect(icon).toHaveAttribute('href', /^\.\/assets\/icon-[\w-]+\.png$/)
  const served = await page.request.get(new URL((await icon.getAttribute('href')) as string, harness.origin).href)
  expect(served.headers()['content-type']).toBe('image/png')
  for (const name of screens) {
    await page.getByRole('button', { name, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(page.locator('.screen-loading')).toHaveCount(0)
  }
  // Late messages (a query answered after the last click) count too.
  await page.waitForTimeout(500)
  expect(trouble).toEqual([])
})

test('a screen’s code is fetched on its first visit, not with the page', async ({ page, harness }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  await page.goto(harness.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Live' })).toBeVisible()
  await expect(page.locator('.screen-loading')).toHaveCount(0)
  const screenChunks = () => scripts.filter((path) => /\/assets\/\w+Screen-[\w-]+\.js$/.test(path)).map(chunkName)
  expect(screenChunks()).toEqual(['LiveScreen'])
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.locator('.screen-loading')).toHaveCount(0)
  expect(screenChunks()).toEqual(['LiveScreen', 'SettingsScreen'])
  // The Vietnamese catalog stays on the server while the app speaks English.
  expect(scripts.filter((path) => /\/assets\/vi-[\w-]+\.js$/.test(path))).toEqual([])
})

const chunkName = (path: string): string => /\/(\w+)-[\w-]+\.js$/.exec(path)?.[1] ?? path
