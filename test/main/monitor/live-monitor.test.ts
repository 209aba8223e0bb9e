import { afterEach, describe, expect, it } from 'vitest'

import { englishText } from '../../../src/main/i18n/catalog'
import type { LiveMonitor } from '../../../src/main/monitor/live-monitor'
import type { SettingsBackend } from '../../../src/main/settings/settings-repository'
import type { AccountDraft, AccountView } from '../../../src/shared/domain/accounts'
import type { MonitorStatus } from '../../../src/shared/domain/live'
import { expectNoUnhandledRejections } from '../../helpers/no-unhandled-rejections'
import { recordedMonitor } from '../../helpers/recorded-monitor'
import { accountsOnManualClock } from '../../helpers/sandbox-account'
import { useSandbox } from '../../helpers/sandbox-fixture'

/** A monitor line's problem in English, as the log would say it. */
const statusWords = (status: MonitorStatus | undefined) => (status?.problem ? englishText(status.problem) : null)

const { sandbox, clientOptions } = useSandbox()
// Every failure must end in the monitor's status, never as a rejection nobody handles.
expectNoUnhandledRejections()
const monitors: LiveMonitor[] = []
afterEach(() => {
  for (const monitor of monitors.splice(0)) monitor.dispose()
  sandbox().served.tel4vn.faults.clear()
  sandbox().apps.tel4vn.setCalls([])
})

async function setUp(
  backend: SettingsBackend = { store: {} },
  role: AccountDraft['role'] = { kind: 'supervisor' },
  provider: 'tel4vn' | 'alohub' | 'voipbin' | 'agenthub' = 'tel4vn',
  /** A second account watched beside the first (AloHub, for queue membership). */
  also?: 'alohub',
) {
  const { pools } = clientOptions()
  const { clock, settings, accounts } = accountsOnManualClock(pools, backend)
  const keys = {
    tel4vn: sandbox().credentials.tel4vn.token,
    alohub: sandbox().credentials.alohub.apiKey,
    voipbin: sandbox().credentials.voipbin.token,
    agenthub: sandbox().credentials.agenthub.token,
  }
  const draft = (of: typeof provider, label: string): AccountDraft => ({
    provider: of,
    label,
    baseUrl: sandbox().baseUrls[of],
    tenantId: null,
    role,
    polling: { enabled: true, intervalSeconds: 2 },
  })
  const account = await accounts.create(draft(provider, 'Hotline'), keys[provider])
  if (also) await accounts.create(draft(also, 'Queues'), keys[also])
  const { monitor, notifications, live, tray } = recordedMonitor({ accounts, settings, pools, clock })
  monitors.push(monitor)
  monitor.sync(await accounts.list())
  /** One poll: fire the timer, then wait for the real HTTP answer(s) to be handled. */
  /**
   * Moves the clock up to `ms` in steps, stopping once a request reaches the sandbox, so the
   * poll's own deadline (20 s on the same clock) never fires just because time jumped.
   */
  const poll = async (ms = 2000) => {
    const before = live.length
    const requests = () => sandbox().served[provider].requests.length
    const sent = requests()
    for (let moved = 0; moved === 0 || moved < ms; moved += 1000) {
      clock.advance(Math.min(1000, ms - moved))
      for (let i = 0; i < 4 && requests() === sent; i += 1) await new Promise((resolve) => setTimeout(resolve, 5))
      if (requests() > sent) break
    }
    await waitFor(() => live.length > before || (sandbox().served[provider].requests.at(-1)?.outcome ?? 0) !== 0)
    await new Promise((resolve) => setTimeout(resolve, 60))
  }
  return { monitor, settings, notifications, live, tray, poll, clock, backend, account: account as AccountView }
}

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 300 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10))
}

/** The sandbox's Tel4vn extensions are AloHub agent ids ("082018"...). */
const extension = (index: number) => sandbox().apps.tel4vn.extensions()[index]?.extension ?? ''

const ringing = (callId: string, on = extension(0)) => ({
  callId,
  extension: on,
  state: 'RINGING' as const,
  direction: 'inbound' as const,
  destination: '0899123456',
  startedAt: Date.now(),
})

describe('live monitor against the Tel4vn sandbox', () => {
  it('notifies once per ringing call across polls and restarts, and records a missed call', async () => {
    const first = await setUp()
    sandbox().apps.tel4vn.setCalls([ringing('call-1')])
    await first.poll(0)
    await first.poll()
    await first.poll()
    expect(first.notifications).toEqual([
      `Call ringing on ${extension(0)} (${sandbox().apps.tel4vn.extensions()[0]?.agentName})`,
    ])
    expect(first.live.at(-1)?.calls.map((call) => call.callId)).toEqual(['call-1'])
    expect(first.tray.at(-1)).toMatchObject({ ringingCalls: 1, missedCalls: 0, problems: 0, callsMayBeMissed: [] })
    first.monitor.dispose()

    // A restart with the same settings file: the call still rings, nobody is told twice.
    const second = await setUp(first.backend)
    await second.poll(0)
    expect(second.notifications).toEqual([])
    // Nor is the call's alert kept twice: the list holds one alert per id.
    expect(second.monitor.alerts().filter((alert) => alert.id === 'ringing:call-1')).toHaveLength(1)
    sandbox().apps.tel4vn.setCalls([])
    await second.poll()
    const alerts = second.monitor.alerts()
    expect(alerts[0]).toMatchObject({
      id: 'missed:call-1',
      kind: 'missed',
      accountLabel: 'Hotline',
      detail: null,
      calledNumber: '0899123456',
    })
    expect(second.tray.at(-1)).toMatchObject({ ringingCalls: 0, missedCalls: 1, problems: 0, callsMayBeMissed: [] })
  })

  it('coalesces a burst, and an agent hears only their own extension', async () => {
    const supervisor = await setUp()
    sandbox().apps.tel4vn.setCalls([
      ringing('b-1', extension(0)),
      ringing('b-2', extension(1)),
      ringing('b-3', extension(2)),
    ])
    await supervisor.poll(0)
    expect(supervisor.notifications).toEqual(['3 calls ringing in Hotline'])
    supervisor.monitor.dispose()

    const agent = await setUp({ store: {} }, { kind: 'agent', extension: extension(1) })
    sandbox().apps.tel4vn.setCalls([ringing('c-1', extension(0)), ringing('c-2', extension(1))])
    await agent.poll(0)
    expect(agent.notifications).toHaveLength(1)
    expect(agent.notifications[0]).toMatch(new RegExp(`^Call ringing on ${extension(1)}`))
    expect(agent.tray.at(-1)).toMatchObject({ ringingCalls: 1, missedCalls: 0, problems: 0, callsMayBeMissed: [] })
  })

  it('keeps running through a 5xx storm and malformed JSON, shows the error, and does not notify twice after', async () => {
    const { poll, notifications, live, tray } = await setUp()
    sandbox().apps.tel4vn.setCalls([ringing('storm-1')])
    await poll(0)
    expect(notifications).toHaveLength(1)
    sandbox().served.tel4vn.faults.inject({ kind: 'status', status: 503 }, 8)
    await poll()
    await waitFor(() => live.at(-1)?.monitors[0]?.state === 'error')
    expect(live.at(-1)?.monitors[0]).toMatchObject({ state: 'error' })
    expect(statusWords(live.at(-1)?.monitors[0])).toMatch(/HTTP 503/)
    expect(tray.at(-1)?.problems).toBe(1)
    sandbox().served.tel4vn.faults.clear()
    sandbox().served.tel4vn.faults.inject({ kind: 'malformed' })
    await poll(60_000)
    await waitFor(() => /not valid JSON/.test(statusWords(live.at(-1)?.monitors[0]) ?? ''))
    expect(statusWords(live.at(-1)?.monitors[0])).toMatch(/not valid JSON/)
    await poll(60_000)
    await waitFor(() => live.at(-1)?.monitors[0]?.state === 'ok')
    expect(live.at(-1)?.monitors[0]).toMatchObject({ state: 'ok', problem: null })
    expect(notifications).toHaveLength(1)
  })

  it('notifies a supervisor only of calls that pass the filter: direction, agent, and queue via AloHub', async () => {
    const { poll, notifications, monitor, live } = await setUp(
      { store: {} },
      { kind: 'supervisor' },
      'tel4vn',
      'alohub',
    )
    await poll(0)
    await waitFor(() => (live.at(-1)?.queues.length ?? 0) > 0)
    const agents = sandbox().apps.alohub.agents()
    const inQueue = agents.slice(0, 24).find((agent) => agent.callinQueueIds.length > 0)
    const queue = inQueue?.callinQueueIds[0] ?? -1
    const outside = agents.slice(0, 24).find((agent) => !agent.callinQueueIds.includes(queue))
    expect(live.at(-1)?.queues.map((known) => known.id)).toContain(queue)

    monitor.setFilter({ direction: 'inbound', agents: [], queues: [queue] })
    sandbox().apps.tel4vn.setCalls([
      ringing('q-in', inQueue?.agentId),
      ringing('q-out', outside?.agentId),
      { ...ringing('q-outbound', inQueue?.agentId), direction: 'outbound' as const },
    ])
    await poll()
    await waitFor(() => notifications.length > 0)
    expect(notifications).toEqual([expect.stringMatching(new RegExp(`^Call ringing on ${inQueue?.agentId}`))])
    const board = live.at(-1)?.calls ?? []
    expect(board.map((call) => [call.callId, call.concerned]).sort()).toEqual([
      ['q-in', true],
      ['q-out', false],
      ['q-outbound', false],
    ])
    expect(board.find((call) => call.callId === 'q-in')?.queueIds).toContain(queue)

    // By agent name, without regard to case; the queue filter off.
    const named = sandbox().apps.tel4vn.extensions()[5]
    monitor.setFilter({ direction: 'any', agents: [named?.agentName.toUpperCase() ?? ''], queues: [] })
    sandbox().apps.tel4vn.setCalls([ringing('n-1', named?.extension), ringing('n-2', extension(6))])
    await poll()
    await waitFor(() => notifications.length > 1)
    expect(notifications).toHaveLength(2)
    expect(notifications[1]).toContain(named?.extension)
  })

  it('stops asking while asleep or offline, says why, and polls at once when both are over', async () => {
    const { poll, live, monitor } = await setUp()
    await poll(0)
    const served = () => sandbox().served.tel4vn.requests.length
    monitor.pause('offline')
    monitor.pause('asleep')
    expect(live.at(-1)?.monitors[0]).toMatchObject({ state: 'paused', problem: { code: 'problems:monitor.asleep' } })
    const before = served()
    await poll(60_000)
    expect(served()).toBe(before)
    monitor.resume('asleep')
    expect(live.at(-1)?.monitors[0]).toMatchObject({ state: 'paused', problem: { code: 'problems:monitor.offline' } })
    await poll(60_000)
    expect(served()).toBe(before)
    monitor.resume('offline')
    await poll(0)
    await waitFor(() => served() > before)
    expect(served()).toBe(before + 1)
    expect(live.at(-1)?.monitors[0]).toMatchObject({ state: 'ok', problem: null })
  })

  it('gives up on a server that never answers, says so, and recovers without notifying twice', async () => {
    const { poll, clock, notifications, live } = await setUp()
    sandbox().apps.tel4vn.setCalls([ringing('hang-1')])
    await poll(0)
    expect(notifications).toHaveLength(1)
    sandbox().served.tel4vn.faults.inject({ kind: 'hang' }, 2)
    await poll()
    clock.advance(20_000)
    await waitFor(() => live.at(-1)?.monitors[0]?.state === 'error')
    expect(statusWords(live.at(-1)?.monitors[0])).toBe('No answer within 20 s.')
    sandbox().served.tel4vn.faults.clear()
    await poll(60_000)
    await waitFor(() => live.at(-1)?.monitors[0]?.state === 'ok')
    expect(live.at(-1)?.monitors[0]).toMatchObject({ state: 'ok', problem: null })
    expect(notifications).toHaveLength(1)
  })

  it('reports a connection reset and polls on', async () => {
    const { poll, live } = await setUp()
    await poll(0)
    sandbox().served.tel4vn.faults.inject({ kind: 'reset' }, 4)
    await poll()
    await waitFor(() => live.at(-1)?.monitors[0]?.state === 'error')
    expect(statusWords(live.at(-1)?.monitors[0])).toMatch(/connection|reset|closed/i)
    sandbox().served.tel4vn.faults.clear()
    await poll(60_000)
    await waitFor(() => live.at(-1)?.monitors[0]?.state === 'ok')
    expect(live.at(-1)?.monitors[0]?.state).toBe('ok')
  })

  it('waits as long as a 429 asks before asking again', async () => {
    const { poll, clock, live } = await setUp()
    await poll(0)
    sandbox().served.tel4vn.faults.inject({ kind: 'rate_limit', retryAfter: '1' })
    await poll()
    await waitFor(() => live.at(-1)?.monitors[0]?.state === 'error')
    expect(statusWords(live.at(-1)?.monitors[0])).toMatch(/rate limit|too many/i)
    const asked = sandbox().served.tel4vn.requests.length
    clock.advance(500)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(sandbox().served.tel4vn.requests.length).toBe(asked)
    // The HTTP layer keeps the same wait on the real clock (its rate-limit budget): let it pass.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await poll(600)
    await waitFor(() => live.at(-1)?.monitors[0]?.state === 'ok')
    expect(sandbox().served.tel4vn.requests.length).toBe(asked + 1)
  })

  it('says plainly that the token was refused or expired and where to paste a new one, then carries on', async () => {
    const { poll, live, notifications } = await setUp()
    await poll(0)
    sandbox().apps.tel4vn.expireTokens()
    try {
      sandbox().apps.tel4vn.setCalls([ringing('after-expiry')])
      await poll()
      await waitFor(() => live.at(-1)?.monitors[0]?.state === 'error')
      expect(statusWords(live.at(-1)?.monitors[0])).toMatch(
        /^Tel4vn refused the token, or it has expired\. Paste a new token on Accounts: edit this account and replace the token\./,
      )
      expect(notifications).toEqual([])
    } finally {
      // As a new token pasted on Accounts: the next poll reads it from the keychain.
      sandbox().apps.tel4vn.reinstateToken()
    }
    await poll(60_000)
    await waitFor(() => live.at(-1)?.monitors[0]?.state === 'ok')
    expect(live.at(-1)?.calls.map((call) => call.callId)).toEqual(['after-expiry'])
    expect(notifications).toHaveLength(1)
  })
})

describe('live monitor: presence and AI executions', () => {
  it('reports AloHub presence changes after the first poll, with counts', async () => {
    const { poll, live } = await setUp({ store: {} }, { kind: 'supervisor' }, 'alohub')
    await poll(0)
    await waitFor(() => (live.at(-1)?.agentCounts.length ?? 0) > 0)
    expect(live.at(-1)?.agentCounts[0]).toMatchObject({ accountLabel: 'Hotline', total: 120 })
    expect(live.at(-1)?.presence).toEqual([])
    const agent = sandbox().apps.alohub.agents()[0]
    const wasOnline = agent?.userStatus === 'AVAILABLE'
    sandbox().apps.alohub.setPresence(agent?.agentId ?? '', {
      systemStatus: wasOnline ? 'NOT AVAILABLE' : 'AVAILABLE',
      userStatus: wasOnline ? 'LOGOUT' : 'AVAILABLE',
    })
    await poll(2000)
    await waitFor(() => (live.at(-1)?.presence.length ?? 0) > 0)
    expect(live.at(-1)?.presence[0]).toMatchObject({
      agentId: agent?.agentId,
      to: wasOnline ? 'logged out' : 'available',
    })
  })

  it('turns a new failed AgentHub execution into an alert, but not the old ones', async () => {
    const { poll, notifications, monitor } = await setUp({ store: {} }, { kind: 'supervisor' }, 'agenthub')
    await poll(0)
    expect(notifications).toEqual([])
    sandbox().apps.agenthub.addExecution({
      agentName: 'billingHelper',
      status: 'timeout',
      error: 'Execution exceeded 30000 ms',
    })
    await poll(2000)
    await waitFor(() => notifications.length > 0)
    expect(notifications).toEqual(['AI agent billingHelper timed out'])
    expect(monitor.alerts()[0]).toMatchObject({
      kind: 'ai_failed',
      subject: 'billingHelper',
      detail: 'Execution exceeded 30000 ms',
    })
  })
})
