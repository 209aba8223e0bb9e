import { describe, expect, it } from 'vitest'

import type { Tel4vnCall } from '../../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import type { AccountDraft } from '../../../src/shared/domain/accounts'
import type { QueueThresholds } from '../../../src/shared/domain/queue-thresholds'
import { useMonitorSandbox } from '../../helpers/monitor-sandbox'
import { monitoredAccount } from '../../helpers/monitored-account'

const { sandbox, clientOptions, monitors } = useMonitorSandbox()

/** The sandbox names one domain for every call, as the document's rows carry one. */
const DOMAIN = 'demo.tel4vn.com'
const ALERT = `${DOMAIN} needs attention`
const NORMAL = `${DOMAIN} is back to normal`

const ringing = (count: number): Tel4vnCall[] =>
  Array.from({ length: count }, (_unused, index) => ({
    callId: `t-${index}`,
    extension: sandbox().apps.tel4vn.extensions()[index]?.extension ?? '',
    state: 'RINGING',
    direction: 'inbound',
    destination: '02873001234',
    startedAt: Date.now(),
  }))

const levels = (overrides: Partial<QueueThresholds> = {}): QueueThresholds => ({
  default: { ringing: { warn: 1, alert: 2 }, longestRingingSeconds: { warn: null, alert: null } },
  overrides: [],
  backToNormal: true,
  ...overrides,
})

async function watch(thresholds: QueueThresholds, role: AccountDraft['role'] = { kind: 'supervisor' }) {
  const watched = await monitoredAccount({
    sandbox: sandbox(),
    pools: clientOptions().pools,
    provider: 'tel4vn',
    monitors,
    role,
  })
  watched.settings.update({ queueThresholds: thresholds })
  const thresholdNotes = () => watched.notifications.filter((title) => title === ALERT || title === NORMAL)
  const step = async (calls: number) => {
    sandbox().apps.tel4vn.setCalls(ringing(calls))
    await watched.poll()
    return watched.live.at(-1)?.figures.find((group) => group.label === DOMAIN)?.level
  }
  /** The crossings in the alert history, oldest first: kind, subject, whether notified. */
  const history = () =>
    watched.monitor
      .alerts()
      .filter((alert) => alert.kind === 'queue_alert' || alert.kind === 'queue_normal')
      .map((alert) => `${alert.kind} ${alert.subject}${alert.notified ? '' : ' (not notified)'}`)
      .reverse()
  return { ...watched, thresholdNotes, step, history }
}

describe('queue thresholds through the live monitor against the Tel4vn sandbox', () => {
  it('alerts once per breach, stays quiet while it lasts, says back to normal once, and alerts again after', async () => {
    const watched = await watch(levels())
    await watched.poll(0)
    expect(await watched.step(1)).toBe('warn')
    expect(watched.thresholdNotes()).toEqual([])
    expect(watched.tray.at(-1)?.groupsInAlert).toEqual([])

    expect(await watched.step(2)).toBe('alert')
    expect(watched.thresholdNotes()).toEqual([ALERT])
    expect(watched.tray.at(-1)?.groupsInAlert).toEqual([DOMAIN])

    // Staying in alert, growing, or dropping to warn and climbing back is the same breach.
    expect(await watched.step(2)).toBe('alert')
    expect(await watched.step(3)).toBe('alert')
    expect(await watched.step(1)).toBe('warn')
    expect(watched.tray.at(-1)?.groupsInAlert).toEqual([])
    expect(await watched.step(2)).toBe('alert')
    expect(watched.thresholdNotes()).toEqual([ALERT])

    expect(await watched.step(0)).toBe('normal')
    expect(watched.thresholdNotes()).toEqual([ALERT, NORMAL])
    expect(await watched.step(0)).toBe('normal')
    expect(watched.thresholdNotes()).toEqual([ALERT, NORMAL])

    expect(await watched.step(2)).toBe('alert')
    expect(watched.thresholdNotes()).toEqual([ALERT, NORMAL, ALERT])
    // Each crossing is in the alert history too, with its figures and account.
    expect(watched.history()).toEqual([`queue_alert ${DOMAIN}`, `queue_normal ${DOMAIN}`, `queue_alert ${DOMAIN}`])
    expect(watched.monitor.alerts()[0]).toMatchObject({
      kind: 'queue_alert',
      accountId: watched.account.id,
      accountLabel: 'Hotline',
      detail: expect.stringMatching(/^2 calls ringing/),
    })
  })

  it('says nothing of a return to normal when the user did not ask for it', async () => {
    const watched = await watch(levels({ backToNormal: false }))
    await watched.poll(0)
    await watched.step(2)
    await watched.step(0)
    await watched.step(2)
    expect(watched.thresholdNotes()).toEqual([ALERT, ALERT])
    expect(watched.history()).toEqual([`queue_alert ${DOMAIN}`, `queue_alert ${DOMAIN}`])
  })

  it('crosses on time alone: a call that keeps ringing reaches the longest-ringing level with no other change', async () => {
    const watched = await watch(
      levels({ default: { ringing: { warn: null, alert: null }, longestRingingSeconds: { warn: 2, alert: 5 } } }),
    )
    sandbox().apps.tel4vn.setCalls(ringing(1))
    await watched.poll(0)
    const group = () => watched.live.at(-1)?.figures.find((entry) => entry.label === DOMAIN)
    expect(group()).toMatchObject({ ringing: 1, longestRingingSeconds: 0, level: 'normal' })
    await watched.poll()
    await watched.poll()
    await watched.poll()
    expect(group()?.longestRingingSeconds).toBeGreaterThanOrEqual(5)
    expect(group()?.level).toBe('alert')
    expect(watched.thresholdNotes()).toEqual([ALERT])
  })

  it('keeps a paused supervisor’s desktop quiet but the tray in attention, and says nothing late', async () => {
    const watched = await watch(levels())
    watched.settings.update({ notificationsPausedIndefinitely: true })
    await watched.poll(0)
    expect(await watched.step(2)).toBe('alert')
    expect(watched.notifications).toEqual([])
    expect(watched.tray.at(-1)?.groupsInAlert).toEqual([DOMAIN])
    // Resumed while still in alert: that breach is old news, and its end is not announced either.
    watched.settings.update({ notificationsPausedIndefinitely: false })
    await watched.step(3)
    await watched.step(0)
    expect(watched.thresholdNotes()).toEqual([])
    expect(await watched.step(2)).toBe('alert')
    expect(watched.thresholdNotes()).toEqual([ALERT])
    // The history keeps what the pause kept off the desktop, said as not notified.
    expect(watched.history()).toEqual([
      `queue_alert ${DOMAIN} (not notified)`,
      `queue_normal ${DOMAIN} (not notified)`,
      `queue_alert ${DOMAIN}`,
    ])
  })

  it('leaves an agent account out: the tile turns red, but queue alerts are a supervisor’s', async () => {
    const extension = sandbox().apps.tel4vn.extensions()[0]?.extension ?? ''
    const watched = await watch(levels(), { kind: 'agent', extension })
    await watched.poll(0)
    expect(await watched.step(2)).toBe('alert')
    expect(watched.thresholdNotes()).toEqual([])
    expect(watched.tray.at(-1)?.groupsInAlert).toEqual([])
    expect(watched.history()).toEqual([])
  })
})
