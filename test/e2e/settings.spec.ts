import { chooseVietnamese, expect, snapshot, test } from './harness-fixture'

test('theme, window options and notifications are set from Settings and persist', async ({ app, harness }) => {
  await app.getByRole('button', { name: 'Settings', exact: true }).click()
  await snapshot(app, 'settings-light')

  await app.getByText('Dark', { exact: true }).click()
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark')
  await app.getByRole('checkbox', { name: /Start hidden in the tray/ }).check()
  expect(harness.core.settings.read()).toMatchObject({ theme: 'dark', startMinimized: true })

  await app.getByRole('button', { name: 'Pause 1 hour' }).click()
  await expect(app.getByRole('button', { name: 'Resume notifications' })).toBeVisible()
  await expect(app.locator('.sidebar-foot')).toContainText('Paused until')
  expect(harness.platform.recorded.trayViews.at(-1)).toMatchObject({ icon: 'paused', notificationsPaused: true })

  await app.getByRole('button', { name: 'Send a test notification' }).click()
  await expect(app.getByRole('list', { name: 'Desktop notifications' })).toContainText('Notifications work.')
  await snapshot(app, 'settings-dark-paused')

  await app.reload()
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark')
  await app.getByRole('button', { name: 'Settings', exact: true }).click()
  await expect(app.getByRole('checkbox', { name: /Start hidden in the tray/ })).toBeChecked()
  await app.getByRole('button', { name: 'Resume notifications' }).click()
  await expect(app.locator('.sidebar-foot')).toContainText('Notifications on')
  expect(harness.platform.recorded.trayViews.at(-1)).toMatchObject({ icon: 'idle' })
})

test('a pause made elsewhere (the tray) shows in the open window', async ({ app, harness }) => {
  harness.core.notificationPause.pause('until-resumed')
  await expect(app.locator('.sidebar-foot')).toContainText('Paused until you resume')
})

test('a notification click in the main process navigates the window', async ({ app, harness }) => {
  harness.core.openScreen('settings')
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
})

test('the language is switched to Vietnamese in Settings, and stays after a restart of the window', async ({
  app,
  harness,
}) => {
  const nav = await chooseVietnamese(app)
  await expect(nav.getByRole('button', { name: 'Cài đặt' })).toBeVisible()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Cài đặt')
  await expect(app.locator('html')).toHaveAttribute('lang', 'vi')
  expect(harness.core.settings.read().language).toBe('vi')
  await app.reload()
  await expect(app.getByRole('navigation', { name: 'Chính' })).toBeVisible()
  await snapshot(app, 'settings-vietnamese')
  await app.getByRole('navigation', { name: 'Chính' }).getByRole('button', { name: 'Cài đặt' }).click()
  await app.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByLabel('English').check()
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible()
})

test('Save diagnostics downloads one zip with the reports and the log', async ({ app }) => {
  await app.getByRole('button', { name: 'Settings', exact: true }).click()
  const section = app.getByRole('region', { name: 'Diagnostics' })
  const downloading = app.waitForEvent('download')
  await section.getByRole('button', { name: 'Save diagnostics…' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^agentdesk-diagnostics-[\d-]+\.zip$/)
  const { readFile } = await import('node:fs/promises')
  const { unzipSync } = await import('fflate')
  const names = Object.keys(unzipSync(await readFile(await download.path()))).sort()
  expect(names).toEqual(expect.arrayContaining(['about.json', 'health.json', 'settings.json']))
  await expect(section.getByRole('status')).toHaveText(/^Saved agentdesk-diagnostics-.+\.zip \(\d+ files\)\.$/)
})
