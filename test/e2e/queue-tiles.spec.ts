import type { Page } from '@playwright/test'

import type { Harness } from '../../src/harness/harness-server'
import type { QueueThresholds } from '../../src/shared/domain/queue-thresholds'

import { chooseVietnamese, expect, snapshotOf, test } from './harness-fixture'

// Tall enough for every tile in one picture.
test.use({ viewport: { width: 1280, height: 1400 } })

/** The harness shows desktop notifications over the page: clear them before a picture. */
async function dismissNotifications(app: Page) {
  const buttons = app.getByRole('button', { name: /^(Dismiss notification|Đóng thông báo)/ })
  while ((await buttons.count()) > 0) await buttons.first().click()
}

/** Ringing from one call: amber; from three: red. Longest ringing not used, so the picture holds still. */
const thresholds: QueueThresholds = {
  default: { ringing: { warn: 1, alert: 3 }, longestRingingSeconds: { warn: null, alert: null } },
  overrides: [],
  backToNormal: true,
}

/** The demo with its call simulator stopped and four Tel4vn calls of our own ringing. */
async function demoWithCalls(app: Page, harness: Harness, withThresholds: boolean) {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toContainText('Watching', { timeout: 10_000 })
  // Main's own handler, as the Settings screen calls it (the editor has a test of its own below).
  if (withThresholds) await harness.core.handlers['preferences.update']({ queueThresholds: thresholds })
  const demo = harness.core.demo.current()
  demo?.sandbox.simulator.stop()
  const tel4vn = demo?.sandbox.apps.tel4vn
  const extensions = (tel4vn?.extensions() ?? []).slice(0, 4)
  tel4vn?.setCalls(
    extensions.map(({ extension }, index) => ({
      callId: `tiles-${index}`,
      extension,
      state: index === 3 ? ('ONCALL' as const) : ('RINGING' as const),
      direction: 'inbound' as const,
      destination: '19006868',
      startedAt: Date.now(),
    })),
  )
  return { tel4vn }
}

test('queue and team tiles show each group’s figures, amber at warn and red at alert, in words too, in both languages', async ({
  app,
  harness,
}) => {
  await demoWithCalls(app, harness, true)
  const tiles = app.getByRole('region', { name: 'Queues and teams' })
  const domain = tiles.getByRole('listitem', { name: 'demo.tel4vn.com' })
  await expect(domain).toContainText('Alert', { timeout: 15_000 })
  await expect(domain).toContainText('Tel4vn domain · Demo Tel4vn')
  await expect(tiles.getByRole('listitem').filter({ hasText: 'Warning' }).first()).toBeVisible()
  await expect(tiles.getByRole('listitem').filter({ hasText: 'Normal' }).first()).toBeVisible()
  await expect(tiles).toContainText('Longest ringing is an estimate')
  const voipbin = tiles.getByRole('listitem').filter({ hasText: 'VoIPbin agents' }).first()
  await expect(voipbin.getByRole('list', { name: 'Agents by status' })).toContainText('available')
  // The tray is in attention for the red group, and one notification said so.
  await expect
    .poll(() => harness.platform.recorded.trayViews.at(-1)?.tooltip ?? '', { timeout: 10_000 })
    .toContain('demo.tel4vn.com in alert')
  const alerts = () =>
    harness.platform.recorded.notifications.filter((note) => note.title === 'demo.tel4vn.com needs attention')
  await expect.poll(() => alerts().length).toBe(1)
  await dismissNotifications(app)
  await snapshotOf(tiles, 'live-queue-tiles')

  const nav = await chooseVietnamese(app)
  await nav.getByRole('button', { name: 'Trực tiếp' }).click()
  const tilesVi = app.getByRole('region', { name: 'Hàng đợi và nhóm' })
  await expect(tilesVi.getByRole('listitem', { name: 'demo.tel4vn.com' })).toContainText('Báo động')
  await expect(tilesVi.getByRole('listitem').filter({ hasText: 'Cảnh báo' }).first()).toBeVisible()
  await expect(tilesVi).toContainText('Đổ chuông lâu nhất')
  await dismissNotifications(app)
  await snapshotOf(tilesVi, 'live-queue-tiles-vi')
  expect(alerts()).toHaveLength(1)
})

test('the thresholds editor in Settings refuses a warn above the alert and saves a queue’s own levels', async ({
  app,
  harness,
}) => {
  await demoWithCalls(app, harness, false)
  // The defaults (warn at 3 ringing, alert at 6): three ringing is a warning.
  await expect(
    app.getByRole('region', { name: 'Queues and teams' }).getByRole('listitem', { name: 'demo.tel4vn.com' }),
  ).toContainText('Warning', { timeout: 15_000 })
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click()
  const section = app.getByRole('region', { name: 'Queue thresholds' })
  const warn = section.getByRole('textbox', { name: 'Ringing now: Warn at for Every queue and team (default)' })
  await warn.fill('7')
  await section.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(section).toContainText('The warn level must be at most the alert level.')
  await expect(warn).toHaveValue('7')
  await snapshotOf(section, 'settings-queue-thresholds-refused')
  await warn.fill('1')
  await section.getByRole('textbox', { name: 'Ringing now: Alert at for Every queue and team (default)' }).fill('2')
  await section.getByLabel('Own levels for').selectOption({ label: 'demo.tel4vn.com' })
  await section.getByRole('button', { name: 'Add' }).click()
  await section.getByRole('textbox', { name: 'Ringing now: Alert at for demo.tel4vn.com' }).fill('10')
  await section.getByRole('button', { name: 'Save thresholds' }).click()
  await expect(section).toContainText('Thresholds saved.')
  await snapshotOf(section, 'settings-queue-thresholds')

  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Live' }).click()
  // Its own alert level is 10: three ringing is a warning now.
  await expect(
    app.getByRole('region', { name: 'Queues and teams' }).getByRole('listitem', { name: 'demo.tel4vn.com' }),
  ).toContainText('Warning', { timeout: 15_000 })
})
