import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Locator, Page } from '@playwright/test'

import type { Harness } from '../../src/harness/harness-server'
import { INCOMING_WINDOW_SIZE } from '../../src/main/platform/incoming-window'

import { expect, test } from './harness-fixture'

/**
 * The screens issue 15 added, in both languages and both themes: each state is saved as
 * test-results/screenshots/ring-<state>-<language>-<theme>.png for a person to look at, its words
 * are checked, and axe scans it (no serious or critical finding).
 */

type Language = 'en' | 'vi'

/** What each state says, in each language: the test checks it is on screen. */
const words = {
  en: {
    incomingTitle: /^Call ringing on \d+/,
    queue: 'Queues',
    more: '1 more call ringing',
    open: 'Open',
    dismiss: 'Dismiss',
    ringTitle: 'Ring',
    ringTone: 'Ringtone',
    notificationsTitle: 'Notifications',
    paused: /Paused until \d{1,2}:\d{2}/,
    resume: 'Resume notifications',
    hoursTitle: 'Working hours',
    hoursTime: 'Enter a time as HH:MM, for example 08:00 or 17:30.',
    addAccount: 'Add account',
    provider: 'Provider',
    name: 'Name',
    baseUrl: 'Base URL',
    screenPop: 'Screen pop address',
    schemeRefused: 'Only https: addresses can open (javascript: cannot)',
    failingSince: /Failing since \d{1,2}:\d{2}/,
    monitors: 'Monitored accounts',
    alerts: 'Recent alerts',
    newBadge: 'New',
  },
  vi: {
    incomingTitle: /^Cuộc gọi đang đổ chuông ở \d+/,
    queue: 'Hàng đợi',
    more: 'Còn 1 cuộc gọi khác đang đổ chuông',
    open: 'Mở',
    dismiss: 'Bỏ qua',
    ringTitle: 'Chuông',
    ringTone: 'Nhạc chuông',
    notificationsTitle: 'Thông báo',
    paused: /Tạm dừng đến \d{1,2}:\d{2}/,
    resume: 'Bật lại thông báo',
    hoursTitle: 'Giờ làm việc',
    hoursTime: 'Nhập giờ theo dạng HH:MM, ví dụ 08:00 hoặc 17:30.',
    addAccount: 'Thêm tài khoản',
    provider: 'Nhà cung cấp',
    name: 'Tên',
    baseUrl: 'URL gốc',
    screenPop: 'Địa chỉ mở hồ sơ',
    schemeRefused: 'Chỉ mở được địa chỉ https: (không mở được javascript:)',
    failingSince: /Đang lỗi từ \d{1,2}:\d{2}/,
    monitors: 'Tài khoản đang theo dõi',
    alerts: 'Cảnh báo gần đây',
    newBadge: 'Mới',
  },
} as const satisfies Record<Language, Record<string, string | RegExp>>

/** Serious and critical axe findings on the page as it is now, described for a failure message. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      where: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }))
}

function demo(harness: Harness) {
  const sandbox = harness.core.demo.current()?.sandbox
  if (!sandbox) throw new Error('the demo workspace is not running')
  return sandbox
}

/** Two calls ring on Tel4vn, on extensions that sit in AloHub queues, so the window shows a queue and "1 more". */
function ringTwoCalls(harness: Harness) {
  const sandbox = demo(harness)
  sandbox.simulator.stop()
  // An AloHub agent id is the extension its calls ring on.
  const queued = new Set(
    sandbox.apps.alohub
      .agents()
      .filter((agent) => agent.callinQueueIds.length > 0)
      .map((agent) => agent.agentId),
  )
  const [first, second] = sandbox.apps.tel4vn.extensions().filter((extension) => queued.has(extension.extension))
  const call = (callId: string, extension: string | undefined) => ({
    callId,
    extension: extension ?? '',
    state: 'RINGING' as const,
    direction: 'inbound' as const,
    destination: '19006868',
    startedAt: Date.now(),
  })
  sandbox.apps.tel4vn.setCalls([call('shot-1', first?.extension), call('shot-2', second?.extension)])
}

async function incomingPage(context: BrowserContext, harness: Harness): Promise<Page> {
  const page = await context.newPage()
  // The size of the frameless window main opens: what does not fit here, the agent never sees.
  await page.setViewportSize(INCOMING_WINDOW_SIZE)
  await page.goto(`${harness.origin}/?view=incoming#token=${harness.token}`)
  return page
}

/** Whether a part of the page is wholly inside the viewport (not cut off by the window's edge). */
async function wholeInView(part: Locator): Promise<boolean> {
  const box = await part.boundingBox()
  const viewport = part.page().viewportSize()
  if (!box || !viewport) return false
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height
}

const leftEdge = async (part: Locator) => Math.round((await part.boundingBox())?.x ?? -1)

const shot = (part: Locator | Page, name: string) => part.screenshot({ path: `test-results/screenshots/${name}.png` })

for (const language of ['en', 'vi'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`ring screens in ${language}, ${theme}: words on screen, screenshots, no serious axe finding`, async ({
      app,
      harness,
      context,
    }) => {
      test.setTimeout(120_000)
      const say = words[language]
      const name = (state: string) => `ring-${state}-${language}-${theme}`
      const findings: Record<string, unknown> = {}
      const scan = async (page: Page, state: string) => {
        const found = await seriousViolations(page)
        if (found.length > 0) findings[state] = found
      }
      harness.core.settings.update({ theme, language })
      await app.reload()
      await expect(app.locator('html')).toHaveAttribute('data-theme', theme)
      await expect(app.locator('html')).toHaveAttribute('lang', language)
      await app
        .getByRole('button', { name: language === 'en' ? 'Try the demo workspace' : 'Dùng thử không gian demo' })
        .click()
      await expect(app.getByRole('list', { name: say.monitors })).toBeVisible()

      // The incoming-call window: two calls ring, the first in a queue.
      const incoming = await incomingPage(context, harness)
      await expect(incoming.locator('html')).toHaveAttribute('data-theme', theme)
      ringTwoCalls(harness)
      const title = incoming.getByRole('heading', { level: 1 })
      await expect(title).toHaveText(say.incomingTitle, { timeout: 15_000 })
      await expect(incoming.getByText(say.queue, { exact: true })).toBeVisible()
      await expect(incoming.getByText(say.more)).toBeVisible()
      const open = incoming.getByRole('button', { name: say.open, exact: true })
      const dismiss = incoming.getByRole('button', { name: say.dismiss, exact: true })
      // Everything, the buttons above all, fits the window: it cannot be scrolled or resized.
      for (const part of [title, open, dismiss]) expect(await wholeInView(part)).toBe(true)
      await shot(incoming, name('incoming'))
      await scan(incoming, 'incoming window')
      // Reachable by keyboard (the window never takes focus by itself; the agent clicks or Tabs in).
      await incoming.keyboard.press('Tab')
      await expect(open).toBeFocused()
      await incoming.keyboard.press('Tab')
      await expect(dismiss).toBeFocused()
      demo(harness).apps.tel4vn.setCalls([])

      // Settings: pause controls while paused, working hours with a refused time, the ring section.
      harness.core.notificationPause.pause('1h')
      harness.core.openScreen('settings')
      const notifications = app.getByRole('region', { name: say.notificationsTitle })
      await expect(notifications).toContainText(say.paused)
      await expect(notifications.getByRole('button', { name: say.resume })).toBeVisible()
      await shot(notifications, name('pause'))

      const hours = app.getByRole('region', { name: say.hoursTitle })
      await hours.getByRole('checkbox').first().check()
      await hours.locator('#hours-mon-start').fill('')
      await hours.getByRole('button').last().click()
      await expect(hours.getByText(say.hoursTime)).toBeVisible()
      // The refused row's other time stays in line with the rows below (the message goes under the row).
      expect(await leftEdge(hours.locator('#hours-mon-end'))).toBe(await leftEdge(hours.locator('#hours-tue-end')))
      await shot(hours, name('working-hours'))

      const ring = app.getByRole('region', { name: say.ringTitle, exact: true })
      await expect(ring.getByLabel(say.ringTone)).toBeVisible()
      // Every control in the one column beside its label.
      const controls = await ring.locator('select').all()
      const edges = await Promise.all(controls.map(leftEdge))
      expect(new Set(edges).size).toBe(1)
      await shot(ring, name('settings-ring'))
      await scan(app, 'settings')

      // The account form's screen pop, with a refused template.
      harness.core.openScreen('accounts')
      await app.getByRole('button', { name: say.addAccount }).click()
      const form = app.getByRole('form', { name: say.addAccount })
      await form.getByLabel(say.provider).selectOption('tel4vn')
      // Everything else is valid: the one problem shown is the screen pop's.
      await form.getByLabel(say.name, { exact: true }).fill('Hotline')
      await form.getByLabel(say.baseUrl).fill('https://api.tel4vn.example')
      await form.getByLabel('Token', { exact: true }).fill('tel4vn_e2e_token')
      await form.getByLabel(say.screenPop).fill('javascript:alert(1)')
      await form.getByRole('button', { name: say.addAccount }).click()
      await expect(form.getByText(say.schemeRefused)).toBeVisible()
      await expect(form.locator('.field-error')).toHaveCount(1)
      // Tall enough for the whole form, so the shot is not cut by the content area's scrolling.
      await app.setViewportSize({ width: 1200, height: 1400 })
      await shot(form, name('screen-pop'))
      await scan(app, 'account form, screen pop refused')
      await form.getByRole('button').last().click()
      await app.setViewportSize({ width: 1200, height: 780 })

      // One account failing since HH:MM: on Accounts and on Live.
      demo(harness).served.tel4vn.faults.inject({ kind: 'status', status: 500 }, 10_000)
      const card = app.getByRole('listitem', { name: 'Demo Tel4vn' })
      await expect(card).toContainText(say.failingSince, { timeout: 15_000 })
      await shot(card, name('health-accounts'))
      await scan(app, 'accounts, failing')
      harness.core.openScreen('live')
      const monitors = app.getByRole('list', { name: say.monitors })
      await expect(monitors).toContainText(say.failingSince, { timeout: 15_000 })
      await shot(monitors, name('health-live'))
      // The two calls that rang above went unanswered: missed, marked as new on the Live screen.
      const alerts = app.getByRole('region', { name: say.alerts })
      await expect(alerts.locator('.badge.new').first()).toHaveText(say.newBadge)
      await shot(alerts, name('missed-new'))
      await scan(app, 'live, failing')
      demo(harness).served.tel4vn.faults.clear()

      expect(findings).toEqual({})
    })
  }
}
