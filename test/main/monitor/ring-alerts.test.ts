import { afterEach, describe, expect, it } from 'vitest'

import { createAccountClients } from '../../../src/main/accounts/account-clients'
import type { NotificationRequest } from '../../../src/main/core/ports'
import { createLiveMonitor, type LiveMonitor } from '../../../src/main/monitor/live-monitor'
import { createRingAlerts, type RingingCall } from '../../../src/main/monitor/ring-alerts'
import { createNotificationPause } from '../../../src/main/notifications/notification-pause'
import type { AccountDraft } from '../../../src/shared/domain/accounts'
import { defaultRingSettings, type RingSettings, type RingState } from '../../../src/shared/domain/ring'
import { recordingLogger } from '../../helpers/recording-logger'
import { accountsOnManualClock } from '../../helpers/sandbox-account'
import { useSandbox } from '../../helpers/sandbox-fixture'

const call = (callId: string, agentAccount = true): RingingCall => ({
  callId,
  accountId: 'acc',
  accountLabel: 'Hotline',
  extension: '101',
  agentName: 'Nguyễn Văn An',
  destination: '0899123456',
  direction: 'inbound',
  queueIds: null,
  seenAt: '2026-01-05T09:00:00.000Z',
  agentAccount,
})

function rings(settings: Partial<RingSettings> = {}) {
  const closed: string[] = []
  const states: RingState[] = []
  let paused = false
  const alerts = createRingAlerts({
    closeNotification: (id) => closed.push(id),
    paused: () => paused,
    settings: () => ({ ...defaultRingSettings, ...settings }),
    onChange: (state) => states.push(state),
  })
  return { alerts, closed, states, pause: (value: boolean) => (paused = value) }
}

describe('ring alerts', () => {
  it('keeps a ring until the call stops ringing, then closes its notification', () => {
    const { alerts, closed, states } = rings()
    alerts.shown('call-1', ['call-1'])
    alerts.sync([call('call-1')])
    expect(alerts.state()).toMatchObject({ rings: [{ callId: 'call-1', destination: '0899123456' }], window: true })
    alerts.sync([call('call-1')])
    expect(closed).toEqual([])
    // Answered or ended: it is no longer on the board as ringing.
    alerts.sync([])
    expect(closed).toEqual(['call-1'])
    expect(states.map((state) => state.rings.length)).toEqual([1, 0])
  })

  it('closes a burst notification only when none of its calls rings any more', () => {
    const { alerts, closed } = rings()
    alerts.shown('a+b', ['a', 'b'])
    alerts.sync([call('a'), call('b')])
    alerts.sync([call('b')])
    expect(closed).toEqual([])
    alerts.dismiss('b')
    expect(closed).toEqual(['a+b'])
    expect(alerts.state().rings).toEqual([])
  })

  it('falls silent while paused and rings again on resume if the call still rings', () => {
    const { alerts, closed, pause } = rings()
    alerts.shown('call-1', ['call-1'])
    alerts.sync([call('call-1')])
    pause(true)
    alerts.refresh()
    expect(alerts.state().rings).toEqual([])
    expect(closed).toEqual(['call-1'])
    pause(false)
    alerts.refresh()
    expect(alerts.state().rings.map((ring) => ring.callId)).toEqual(['call-1'])
  })

  it('forgets a dismissal once that ring is over', () => {
    const { alerts } = rings()
    alerts.sync([call('call-1')])
    alerts.dismiss()
    expect(alerts.state().rings).toEqual([])
    alerts.sync([])
    alerts.sync([call('call-1')])
    expect(alerts.state().rings).toHaveLength(1)
  })

  it('wants the incoming-call window for agent accounts by default, always or never as set', () => {
    expect(rings().alerts.state().window).toBe(false)
    const supervisor = rings()
    supervisor.alerts.sync([call('x', false)])
    expect(supervisor.alerts.state().window).toBe(false)
    const always = rings({ incomingWindow: 'always' })
    always.alerts.sync([call('x', false)])
    expect(always.alerts.state().window).toBe(true)
    const never = rings({ incomingWindow: 'never' })
    never.alerts.sync([call('x')])
    expect(never.alerts.state()).toMatchObject({ window: false, rings: [{ callId: 'x' }] })
  })
})

const { sandbox, clientOptions } = useSandbox()
const monitors: LiveMonitor[] = []
afterEach(() => {
  for (const monitor of monitors.splice(0)) monitor.dispose()
  sandbox().apps.tel4vn.setCalls([])
})

describe('ring alerts fed by the live monitor (Tel4vn sandbox)', () => {
  async function setUp() {
    const { pools } = clientOptions()
    const { clock, settings, accounts } = accountsOnManualClock(pools)
    const extension = sandbox().apps.tel4vn.extensions()[0]?.extension ?? ''
    const draft: AccountDraft = {
      provider: 'tel4vn',
      label: 'Hotline',
      baseUrl: sandbox().baseUrls.tel4vn,
      tenantId: null,
      role: { kind: 'agent', extension },
      polling: { enabled: true, intervalSeconds: 2 },
    }
    await accounts.create(draft, sandbox().credentials.tel4vn.token)
    const shown: NotificationRequest[] = []
    const closed: string[] = []
    const ringStates: RingState[] = []
    const pause = createNotificationPause(settings, clock, () => monitor.rings.refresh())
    const monitor = createLiveMonitor({
      accounts,
      settings,
      pause,
      notifier: { show: (request) => shown.push(request), close: (id) => closed.push(id) },
      clients: createAccountClients({ accounts, pools }),
      clock,
      logger: recordingLogger(),
      random: () => 0.5,
      onLiveChanged: () => undefined,
      onAlertsChanged: () => undefined,
      onTray: () => undefined,
      openLive: () => undefined,
      onRingChanged: (state) => ringStates.push(state),
    })
    monitors.push(monitor)
    monitor.sync(await accounts.list())
    const poll = async () => {
      const sent = sandbox().served.tel4vn.requests.length
      clock.advance(2000)
      for (let i = 0; i < 300 && sandbox().served.tel4vn.requests.length === sent; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      await new Promise((resolve) => setTimeout(resolve, 80))
    }
    const ringing = (callId: string, state: 'RINGING' | 'ONCALL' = 'RINGING') => ({
      callId,
      extension,
      state,
      direction: 'inbound' as const,
      destination: '0899123456',
      startedAt: Date.now(),
    })
    return { monitor, shown, closed, ringStates, poll, ringing, pause }
  }

  it('shows a persistent alert while the call rings and closes it once answered', async () => {
    const { monitor, shown, closed, poll, ringing } = await setUp()
    sandbox().apps.tel4vn.setCalls([ringing('call-1')])
    await poll()
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatchObject({ id: 'call-1', persistent: true })
    expect(monitor.rings.state()).toMatchObject({
      rings: [{ callId: 'call-1', destination: '0899123456', accountLabel: 'Hotline' }],
      window: true,
    })
    await poll()
    expect(closed).toEqual([])
    sandbox().apps.tel4vn.setCalls([ringing('call-1', 'ONCALL')])
    await poll()
    expect(closed).toEqual(['call-1'])
    expect(monitor.rings.state().rings).toEqual([])
  })

  it('closes the alert when the call ends unanswered, when dismissed, and when paused', async () => {
    const { monitor, shown, closed, poll, ringing, pause } = await setUp()
    sandbox().apps.tel4vn.setCalls([ringing('call-2')])
    await poll()
    sandbox().apps.tel4vn.setCalls([])
    await poll()
    expect(closed).toEqual(['call-2'])

    sandbox().apps.tel4vn.setCalls([ringing('call-3')])
    await poll()
    monitor.rings.dismiss('call-3')
    expect(closed).toEqual(['call-2', 'call-3'])

    sandbox().apps.tel4vn.setCalls([ringing('call-4')])
    await poll()
    expect(monitor.rings.state().rings.map((ring) => ring.callId)).toEqual(['call-4'])
    pause.pause('15m')
    expect(closed).toEqual(['call-2', 'call-3', 'call-4'])
    expect(monitor.rings.state().rings).toEqual([])
    // The user closing the toast dismisses the ring as well.
    pause.resume()
    sandbox().apps.tel4vn.setCalls([ringing('call-4'), ringing('call-5')])
    await poll()
    const five = shown.find((request) => request.id === 'call-5')
    five?.onDismiss?.()
    expect(monitor.rings.state().rings.map((ring) => ring.callId)).toEqual(['call-4'])
  })
})
