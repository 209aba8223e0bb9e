import { expect, snapshot, test } from './harness-fixture'

test('in the demo a call rings within a minute: it shows on the board, as a notification and in the tray', async ({
  app,
  harness,
}) => {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toContainText('Demo Tel4vn')
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toContainText('Watching', { timeout: 10_000 })
  await expect(app.getByRole('list', { name: 'Desktop notifications' })).toContainText(/ringing/i, { timeout: 60_000 })
  expect(harness.platform.recorded.notifications.length).toBeGreaterThan(0)
  expect(harness.platform.recorded.trayViews.some((view) => view.icon === 'ringing')).toBe(true)
  await expect(app.getByRole('table')).toBeVisible()
  await snapshot(app, 'live-demo')
  const notified = new Set(harness.platform.recorded.notifications.map((notification) => notification.id))
  expect(notified.size).toBe(harness.platform.recorded.notifications.length)
})
