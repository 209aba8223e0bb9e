import type { Page } from '@playwright/test'

import { expect, snapshot, test } from './harness-fixture'

/** Whether the incoming-call page's ringtone is playing, as the media element says. */
const ringtonePlaying = (page: Page) =>
  page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('audio.ringtone[data-output="primary"]')
    return audio !== null && !audio.paused
  })

test('the incoming-call window rings until the call is answered, ends, is dismissed or alerts are paused', async ({
  app,
  harness,
  context,
}) => {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toContainText('Watching', { timeout: 10_000 })
  const demo = harness.core.demo.current()
  demo?.sandbox.simulator.stop()
  const tel4vn = demo?.sandbox.apps.tel4vn
  tel4vn?.setCalls([])
  const [first] = tel4vn?.extensions() ?? []
  const ring = (callId: string, state: 'RINGING' | 'ONCALL' = 'RINGING') =>
    tel4vn?.setCalls([
      {
        callId,
        extension: first?.extension ?? '',
        state,
        direction: 'inbound',
        destination: '19006868',
        startedAt: Date.now(),
      },
    ])

  // The page the incoming-call window loads.
  const incoming = await context.newPage()
  await incoming.goto(`${harness.origin}/?view=incoming#token=${harness.token}`)
  await expect(incoming.getByText('No call is ringing.')).toBeVisible()

  // Answered.
  ring('ring-answered')
  await expect(incoming.getByRole('heading', { name: /Call ringing on/ })).toBeVisible({ timeout: 15_000 })
  await expect(incoming.getByText('19006868')).toBeVisible()
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 10_000 }).toBe(true)
  // The persistent alert is on the page (the harness's stand-in for the desktop) while it rings.
  await expect(app.getByRole('list', { name: 'Desktop notifications' })).toContainText('19006868')
  await snapshot(incoming, 'incoming-call-window')
  ring('ring-answered', 'ONCALL')
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 15_000 }).toBe(false)
  await expect(incoming.getByText('No call is ringing.')).toBeVisible()
  // ...and it cleared itself.
  await expect(app.getByRole('list', { name: 'Desktop notifications' })).toHaveCount(0)

  // Ended unanswered.
  ring('ring-ended')
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 15_000 }).toBe(true)
  tel4vn?.setCalls([])
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 15_000 }).toBe(false)

  // Dismissed from the window, by keyboard.
  ring('ring-dismissed')
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 15_000 }).toBe(true)
  await incoming.getByRole('button', { name: 'Dismiss' }).press('Enter')
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 5_000 }).toBe(false)
  tel4vn?.setCalls([])

  // Paused while it rings.
  ring('ring-paused')
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 15_000 }).toBe(true)
  harness.core.notificationPause.pause('15m')
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 5_000 }).toBe(false)
})

test('a ring that comes while alerts are paused stays silent but lands in the history; on resume it rings', async ({
  app,
  harness,
  context,
}) => {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toContainText('Watching', { timeout: 10_000 })
  const demo = harness.core.demo.current()
  demo?.sandbox.simulator.stop()
  const tel4vn = demo?.sandbox.apps.tel4vn
  tel4vn?.setCalls([])
  const [first] = tel4vn?.extensions() ?? []
  const incoming = await context.newPage()
  await incoming.goto(`${harness.origin}/?view=incoming#token=${harness.token}`)
  await expect(incoming.getByText('No call is ringing.')).toBeVisible()

  harness.core.notificationPause.pause('until-resumed')
  const notifiedBefore = harness.platform.recorded.notifications.length
  tel4vn?.setCalls([
    {
      callId: 'ring-while-paused',
      extension: first?.extension ?? '',
      state: 'RINGING',
      direction: 'inbound',
      destination: '19006868',
      startedAt: Date.now(),
    },
  ])
  // In the history, marked as not notified...
  const alerts = app.getByRole('region', { name: 'Recent alerts' })
  await expect(alerts).toContainText('19006868', { timeout: 15_000 })
  await expect(alerts).toContainText('not notified')
  // ...with no sound, no window and no desktop alert, for several polls.
  await incoming.waitForTimeout(5000)
  expect(await ringtonePlaying(incoming)).toBe(false)
  await expect(incoming.getByText('No call is ringing.')).toBeVisible()
  expect(harness.platform.recorded.notifications.length).toBe(notifiedBefore)

  // Resumed while it still rings: it rings now.
  harness.core.notificationPause.resume()
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 15_000 }).toBe(true)
  await expect(incoming.getByRole('heading', { name: /Call ringing on/ })).toBeVisible()
  tel4vn?.setCalls([])
  await expect.poll(() => ringtonePlaying(incoming), { timeout: 15_000 }).toBe(false)
})

test('the test tone in Settings plays and stops', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click()
  const ring = app.getByRole('region', { name: 'Ring', exact: true })
  await ring.getByRole('button', { name: 'Play test tone' }).click()
  await expect.poll(() => ringtonePlaying(app), { timeout: 10_000 }).toBe(true)
  await ring.getByRole('button', { name: 'Stop' }).click()
  await expect.poll(() => ringtonePlaying(app), { timeout: 5_000 }).toBe(false)
})
