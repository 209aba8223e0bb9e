import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { test as base, expect, type Locator, type Page } from '@playwright/test'

import { startHarness, type Harness } from '../../src/harness/harness-server'
import type { DemoSize } from '../../src/main/demo/demo-workspace'
import { createKeytarSecretStore } from '../../src/main/secrets/keytar-secret-store'
import { testKeychainService } from '../helpers/keychain'

/** Every test gets its own harness and data folder, and a page already connected to it. */
export const test = base.extend<{
  harness: Harness
  app: Page
  logLines: string[]
  dataDir: string
  /** The demo's size, for tests that need a big tenant (test.use({ demoSize: ... })). */
  demoSize: DemoSize | undefined
}>({
  demoSize: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  logLines: async ({}, use) => {
    await use([])
  },
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'agentdesk-e2e-'))
    await use(dataDir)
    await rm(dataDir, { recursive: true, force: true })
  },
  harness: async ({ logLines, dataDir, demoSize }, use) => {
    const record = (level: string) => (message: string) => void logLines.push(`${level} ${message}`)
    const harness = await startHarness({
      rendererDir: resolve('out/renderer'),
      dataDir,
      logger: { info: record('info'), warn: record('warn'), error: record('error') },
      version: '0.1.0-test',
      // The real keychain, under a service name of this test's own.
      secrets: createKeytarSecretStore(testKeychainService()),
      ...(demoSize ? { demoSize } : {}),
    })
    await use(harness)
    await harness.close()
  },
  app: async ({ page, harness }, use) => {
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(harness.url)
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await use(page)
    expect(pageErrors, 'uncaught errors in the page').toEqual([])
  },
})

export { expect }

/** Saves a screenshot under test-results/screenshots for a person to look at. */
export async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}

/** The whole of one part of the page, however far it scrolls (the content area scrolls, not the page). */
export async function snapshotOf(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: `test-results/screenshots/${name}.png` })
}

/** Chooses Tiếng Việt in Settings, as a user would; answers the main navigation, now in Vietnamese. */
export async function chooseVietnamese(app: Page): Promise<Locator> {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click()
  await app.getByRole('radiogroup', { name: 'Language' }).getByLabel('Tiếng Việt').check()
  return app.getByRole('navigation', { name: 'Chính' })
}
