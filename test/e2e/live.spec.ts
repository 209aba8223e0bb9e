import { chooseVietnamese, expect, snapshot, snapshotOf, test } from './harness-fixture'

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

test('clicking a call notification opens the Live screen at that call', async ({ app }) => {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Settings')
  const toasts = app.getByRole('list', { name: 'Desktop notifications' })
  const ringing = toasts.getByRole('button', { name: /ringing/i }).first()
  await expect(ringing).toBeVisible({ timeout: 60_000 })
  await ringing.click()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Live')
  // The call is marked on the board while it rings or is on a call; once gone, its alert is.
  const marked = app.locator('[aria-current="true"]')
  await expect(marked.first()).toBeVisible()
  await expect(marked.first()).toBeInViewport()
  await snapshot(app, 'live-notification-opened')
})

test('a supervisor narrows the board and the notifications by direction, agent and queue', async ({ app }) => {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  const filter = app.getByRole('form', { name: 'Call filter' })
  // The demo's AloHub account says who sits in which queue.
  const queues = filter.getByRole('group', { name: 'Queues' })
  await expect(queues.getByRole('button').first()).toBeVisible({ timeout: 20_000 })
  await filter.getByLabel('Direction').selectOption('inbound')
  await queues.getByRole('button').first().click()
  await expect(queues.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true')
  await expect(filter).toContainText('only of calls that match')

  // A half-typed agent list survives the board's updates; a bad entry is refused in plain words.
  const agents = filter.getByLabel('Agents')
  await agents.fill('082018, ' + 'x'.repeat(70))
  await app.waitForTimeout(2500)
  await expect(agents).toHaveValue('082018, ' + 'x'.repeat(70))
  await agents.press('Enter')
  await expect(filter.getByRole('alert')).toContainText('at most 64 characters')
  await agents.fill('082018')
  await agents.press('Enter')
  await expect(filter.getByRole('alert')).toHaveCount(0)
  await snapshot(app, 'live-filter')

  // Saved: a reload shows the same filter.
  await app.reload()
  await expect(app.getByRole('form', { name: 'Call filter' }).getByLabel('Agents')).toHaveValue('082018')
  await expect(app.getByRole('form', { name: 'Call filter' }).getByLabel('Direction')).toHaveValue('inbound')
  await app.getByRole('button', { name: 'Clear filter' }).click()
  await expect(app.getByRole('form', { name: 'Call filter' }).getByLabel('Agents')).toHaveValue('')
})

test('in Vietnamese the Live and Accounts screens speak Vietnamese', async ({ app }) => {
  const nav = await chooseVietnamese(app)
  await expect(nav.getByRole('button', { name: 'Cài đặt' })).toBeVisible()
  await nav.getByRole('button', { name: 'Trực tiếp' }).click()
  await expect(app.getByRole('heading', { name: 'Chưa có cuộc gọi nào để theo dõi' })).toBeVisible()
  await app.getByRole('button', { name: 'Dùng thử không gian demo' }).click()

  await expect(app.getByRole('list', { name: 'Tài khoản đang theo dõi' })).toContainText('Đang theo dõi', {
    timeout: 10_000,
  })
  const filter = app.getByRole('form', { name: 'Bộ lọc cuộc gọi' })
  await expect(filter.getByLabel('Chiều gọi')).toBeVisible()
  await expect(filter.getByRole('group', { name: 'Hàng đợi' }).getByRole('button').first()).toBeVisible({
    timeout: 20_000,
  })
  // A demo call rings within a minute: the table, its headers and the alerts are in Vietnamese too.
  const calls = app.getByRole('table', { name: 'Cuộc gọi đang đổ chuông và đang đàm thoại' })
  await expect(calls).toBeVisible({ timeout: 60_000 })
  await expect(calls.getByRole('columnheader', { name: 'Máy lẻ' })).toBeVisible()
  await expect(app.getByRole('heading', { name: 'Trạng thái nhân viên' })).toBeVisible()
  await expect(app.getByRole('heading', { name: 'Cảnh báo gần đây' })).toBeVisible()
  // The content area scrolls, not the page: a taller window shows the whole screen.
  await app.setViewportSize({ width: 1200, height: 1500 })
  await snapshot(app, 'live-vietnamese')

  await nav.getByRole('button', { name: 'Tài khoản' }).click()
  await app.getByRole('button', { name: 'Thêm tài khoản' }).click()
  const form = app.getByRole('form', { name: 'Thêm tài khoản' })
  await expect(form.getByLabel('Khóa API')).toBeVisible()
  await expect(form.getByRole('button', { name: 'Phát triển' })).toBeVisible()
  const alohub = app.getByRole('listitem', { name: 'Demo AloHub' })
  await expect(alohub).toContainText('Khóa demo có sẵn')
  await expect(alohub.getByRole('button', { name: 'Kiểm tra kết nối' })).toBeVisible()
  await snapshot(app, 'accounts-vietnamese')
})

test('a Tel4vn call shows the number receiving it, as the document defines destination, and an unreported direction as such', async ({
  app,
  harness,
}) => {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  await expect(app.getByRole('list', { name: 'Monitored accounts' })).toContainText('Watching', { timeout: 10_000 })
  const demo = harness.core.demo.current()
  demo?.sandbox.simulator.stop()
  const tel4vn = demo?.sandbox.apps.tel4vn
  const [first, second, third] = tel4vn?.extensions() ?? []
  const call = (callId: string, extension: string | undefined, direction: 'inbound' | 'outbound' | null) => ({
    callId,
    extension: extension ?? '',
    state: 'RINGING' as const,
    direction,
    destination: direction === 'inbound' ? '19006868' : '0899123456',
    startedAt: Date.now(),
  })
  // One at a time, so that each rings as a notification of its own rather than as a burst.
  tel4vn?.setCalls([call('e2e-in', first?.extension, 'inbound')])
  const recorded = () => harness.platform.recorded.notifications.map(({ title, body }) => `${title} | ${body}`)
  await expect
    .poll(recorded, { timeout: 15_000 })
    .toContain(`Call ringing on ${first?.extension} (${first?.agentName}) | To 19006868 · Demo Tel4vn`)
  tel4vn?.setCalls([...tel4vn.calls(), call('e2e-out', second?.extension, 'outbound')])
  await expect
    .poll(recorded, { timeout: 15_000 })
    .toContain(`Outbound call ringing from ${second?.extension} (${second?.agentName}) | To 0899123456 · Demo Tel4vn`)
  tel4vn?.setCalls([...tel4vn.calls(), call('e2e-unknown', third?.extension, null)])
  await expect
    .poll(recorded, { timeout: 15_000 })
    .toContain(
      `Call ringing on ${third?.extension} (${third?.agentName}) | To 0899123456 · direction not reported · Demo Tel4vn`,
    )
  expect(recorded().join('\n')).not.toContain('From ')

  const calls = app.getByRole('table', { name: 'Calls ringing and on call' })
  await expect(calls.getByRole('columnheader', { name: 'Number called' })).toBeVisible()
  const row = (callId: string) => calls.locator(`[data-call-id="${callId}"]`)
  await expect(row('e2e-in')).toContainText('19006868')
  await expect(row('e2e-in').getByRole('img', { name: 'Inbound' })).toBeVisible()
  await expect(row('e2e-out').getByRole('img', { name: 'Outbound' })).toBeVisible()
  await expect(row('e2e-unknown')).toContainText('0899123456')
  await expect(row('e2e-unknown')).toContainText('(direction not reported)')
  await expect(row('e2e-unknown').getByRole('img')).toHaveCount(0)
  const alerts = app.getByRole('region', { name: 'Recent alerts' })
  await expect(alerts).toContainText(`Rang on ${first?.extension} (${first?.agentName}) · to 19006868`)
  await snapshot(app, 'live-number-called')
})

test('while the Tel4vn monitor keeps failing, the Live screen and the tray say calls may be missed, in both languages', async ({
  app,
  harness,
}) => {
  await app.getByRole('button', { name: 'Try the demo workspace' }).click()
  const monitors = app.getByRole('list', { name: 'Monitored accounts' })
  const tel4vn = monitors.getByRole('listitem').filter({ hasText: 'Demo Tel4vn' })
  await expect(tel4vn).toContainText('Watching', { timeout: 10_000 })
  const served = harness.core.demo.current()?.sandbox.served.tel4vn
  served?.faults.inject({ kind: 'status', status: 500 }, 10_000)
  // More than two 2 s intervals of failures.
  await expect(tel4vn).toContainText(/Calls may be missed since \d{1,2}:\d{2}/, { timeout: 15_000 })
  expect(
    harness.platform.recorded.trayViews.some(
      (view) => view.icon !== 'idle' && /calls may be missed on Demo Tel4vn since/.test(view.tooltip),
    ),
  ).toBe(true)
  await snapshotOf(monitors, 'live-calls-may-be-missed')

  const nav = await chooseVietnamese(app)
  await nav.getByRole('button', { name: 'Trực tiếp' }).click()
  await expect(app.getByRole('list', { name: 'Tài khoản đang theo dõi' })).toContainText(
    /Có thể bỏ lỡ cuộc gọi từ \d{1,2}:\d{2}/,
  )
  await snapshotOf(app.getByRole('list', { name: 'Tài khoản đang theo dõi' }), 'live-calls-may-be-missed-vi')

  // Back: the next poll (at most 10 s away) is good and the line goes.
  served?.faults.clear()
  await expect(app.getByRole('list', { name: 'Tài khoản đang theo dõi' })).not.toContainText('Có thể bỏ lỡ', {
    timeout: 15_000,
  })
})
