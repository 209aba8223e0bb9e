import { afterEach, describe, expect, it } from 'vitest'

import type { LiveMonitor } from '../../../../../src/main/monitor/live-monitor'
import { NEVER } from '../../../../../src/main/providers/voipbin/sandbox/voipbin-data'
import {
  serveProviderApp,
  type RecordedRequest,
  type SandboxResponse,
} from '../../../../../src/main/sandbox/sandbox-http'
import type { AccountDraft } from '../../../../../src/shared/domain/accounts'
import { expectNoUnhandledRejections } from '../../../../helpers/no-unhandled-rejections'
import { recordedMonitor } from '../../../../helpers/recorded-monitor'
import { accountsOnManualClock } from '../../../../helpers/sandbox-account'
import { useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
// Every failure must end in the monitor's status, never as a rejection nobody handles.
expectNoUnhandledRejections()
const monitors: LiveMonitor[] = []
const gates: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  for (const monitor of monitors.splice(0)) monitor.dispose()
  await Promise.all(gates.splice(0).map((gate) => gate.close()))
  // One sandbox serves the file: no ring is left over for the next test's board.
  for (const agent of sandbox().apps.voipbin.agents()) {
    if (agent.status === 'ringing') sandbox().apps.voipbin.setAgentStatus(agent.id, 'available')
  }
})

/** Which of the sandbox's VoIPbin secrets the account holds. */
type Secret = 'token' | 'legacyToken' | 'accessKey'

/** Where the account sends its requests: the sandbox itself unless a test puts a gate before it. */
interface Route {
  readonly baseUrl: string
  readonly requests: () => ReadonlyArray<RecordedRequest>
}

async function setUp(
  options: { role?: AccountDraft['role']; secret?: Secret; voipbinCustomerId?: string | null; via?: Route } = {},
) {
  const route: Route = options.via ?? {
    baseUrl: sandbox().baseUrls.voipbin,
    requests: () => sandbox().served.voipbin.requests,
  }
  const { pools } = clientOptions()
  const { clock, settings, accounts } = accountsOnManualClock(pools)
  const draft: AccountDraft = {
    provider: 'voipbin',
    label: 'Hotline',
    baseUrl: route.baseUrl,
    tenantId: null,
    role: options.role ?? { kind: 'supervisor' },
    polling: { enabled: true, intervalSeconds: 2 },
    ...(options.voipbinCustomerId !== undefined ? { voipbinCustomerId: options.voipbinCustomerId } : {}),
  }
  await accounts.create(draft, sandbox().credentials.voipbin[options.secret ?? 'token'])
  const { monitor, notifications, live, tray } = recordedMonitor({ accounts, settings, pools, clock })
  monitors.push(monitor)
  monitor.sync(await accounts.list())
  /**
   * Moves the clock up to `ms` in steps, stopping once a request reaches the sandbox, then
   * waits for the real HTTP answer to be handled.
   */
  const poll = async (ms = 2000) => {
    const before = live.length
    const requests = () => route.requests().length
    const sent = requests()
    for (let moved = 0; moved === 0 || moved < ms; moved += 1000) {
      clock.advance(Math.min(1000, ms - moved))
      for (let i = 0; i < 4 && requests() === sent; i += 1) await new Promise((resolve) => setTimeout(resolve, 5))
      if (requests() > sent) break
    }
    await waitFor(() => live.length > before || (route.requests().at(-1)?.outcome ?? 0) !== 0)
    await new Promise((resolve) => setTimeout(resolve, 60))
  }
  const status = () => live.at(-1)?.monitors[0]
  return { monitor, notifications, live, tray, poll, clock, status }
}

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 300 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10))
}

/** Agents set to a known status first, so each test starts from its own baseline. */
function agents(from: number, count: number): string[] {
  const ids = sandbox()
    .apps.voipbin.agentIds()
    .slice(from, from + count)
  for (const id of ids) sandbox().apps.voipbin.setAgentStatus(id, 'available')
  return ids
}

/**
 * The sandbox's VoIPbin behind a gate: while held, an agent list the sandbox has already read
 * waits there, so a push can overtake it. `undated` takes tm_update out of listed agents.
 */
async function gatedVoipbin(options: { undated?: boolean } = {}) {
  const app = sandbox().apps.voipbin
  let holding = false
  const held: Array<() => void> = []
  const served = await serveProviderApp({
    provider: 'voipbin',
    async handle(request) {
      let answer: SandboxResponse = await app.handle(request)
      const listing = request.method === 'GET' && request.path === '/v1.0/agents'
      if (listing && options.undated) {
        const body = answer.json as { result: Array<Record<string, unknown>> }
        answer = { ...answer, json: { ...body, result: body.result.map((agent) => ({ ...agent, tm_update: NEVER })) } }
      }
      if (listing && holding) await new Promise<void>((resolve) => held.push(resolve))
      return answer
    },
    upgrade: (request, socket, head) => app.upgrade?.(request, socket, head),
  })
  gates.push(served)
  return {
    route: { baseUrl: `${served.origin}/v1.0`, requests: () => served.requests },
    hold: () => (holding = true),
    heldCount: () => held.length,
    release() {
      holding = false
      for (const resolve of held.splice(0)) resolve()
    },
  }
}

const agentRecord = (id: string) =>
  sandbox()
    .apps.voipbin.agents()
    .find((agent) => agent.id === id)

describe('live monitor against the VoIPbin sandbox', () => {
  it('notifies once when an agent starts ringing, shows the ring on the board until it is answered', async () => {
    const [id = ''] = agents(0, 1)
    const { poll, notifications, monitor, live, tray } = await setUp({ secret: 'accessKey' })
    await poll(0)
    sandbox().apps.voipbin.setAgentStatus(id, 'ringing')
    await poll()
    await waitFor(() => notifications.length > 0)
    await poll()
    expect(notifications).toHaveLength(1)
    expect(notifications[0]).toMatch(/is ringing$/)
    const record = agentRecord(id)
    const [call] = live.at(-1)?.calls ?? []
    const alert = monitor.alerts()[0]
    expect(alert).toMatchObject({ kind: 'agent_ringing', notified: true })
    // The board's entry and the alert name the same ring: a click on the notification finds it.
    expect(call).toMatchObject({
      callId: alert?.id,
      state: 'ringing',
      direction: null,
      destination: null,
      extension: record?.username,
      agentName: record?.name,
      concerned: true,
      accountLabel: 'Hotline',
    })
    expect(call?.callId).toMatch(new RegExp(`^voipbin-ring:${id}:`))
    expect(call?.startedAt).toBe(`${record?.tm_update.replace(' ', 'T').slice(0, 23)}Z`)
    expect(tray.at(-1)).toMatchObject({ ringingCalls: 1, missedCalls: 0, problems: 0, callsMayBeMissed: [] })

    // Answered: the agent is busy, the ring leaves the board.
    sandbox().apps.voipbin.setAgentStatus(id, 'busy')
    await poll()
    await waitFor(() => live.at(-1)?.calls.length === 0)
    expect(live.at(-1)?.calls).toEqual([])
    expect(tray.at(-1)).toMatchObject({ ringingCalls: 0, missedCalls: 0, problems: 0, callsMayBeMissed: [] })
  })

  it('hears a ring by push without waiting for a poll, and polls fast while push is down', async () => {
    const [first = '', second = ''] = agents(5, 2)
    const { poll, clock, notifications, live, monitor, status } = await setUp()
    await poll(0)
    await waitFor(() => status()?.push === 'connected')
    expect(status()).toMatchObject({ state: 'ok', push: 'connected', pushReason: null, pollSeconds: 15 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const requestsBefore = sandbox().served.voipbin.requests.length
    sandbox().apps.voipbin.setAgentStatus(first, 'ringing')
    await waitFor(() => notifications.length > 0)
    // No clock moved, so no poll ran: the push brought it, and the board shows it.
    expect(notifications).toHaveLength(1)
    expect(sandbox().served.voipbin.requests.length).toBe(requestsBefore)
    expect(live.at(-1)?.calls.map((call) => call.userId)).toEqual([first])

    sandbox().apps.voipbin.dropSockets()
    await waitFor(() => status()?.push === 'down')
    expect(status()).toMatchObject({ push: 'down', pushReason: 'dropped', pollSeconds: 2, problem: null })
    sandbox().apps.voipbin.setAgentStatus(second, 'ringing')
    // While push is down the account is polled at the calls interval (2 s), not every 15 s.
    await poll(2000)
    await waitFor(() => notifications.length > 1)
    expect(notifications).toHaveLength(2)
    await poll(2000)
    expect(notifications).toHaveLength(2)
    // Push comes back (its retry runs on the same clock, within a second) and asks for a poll,
    // which sees both rings again: nothing new is told.
    clock.advance(1000)
    await waitFor(() => status()?.push === 'connected')
    expect(status()?.push).toBe('connected')
    await poll(0)
    expect(notifications).toHaveLength(2)
    expect(monitor.alerts().filter((alert) => alert.kind === 'agent_ringing')).toHaveLength(2)
  })

  it('opens push with an older login token too (the customer as a JSON string)', async () => {
    const { poll, status } = await setUp({ secret: 'legacyToken' })
    await poll(0)
    await waitFor(() => status()?.push === 'connected')
    expect(status()).toMatchObject({ push: 'connected', pushReason: null })
  })

  it('keeps push off with an access key, says why, and turns it on with the account customer id', async () => {
    // The earlier tests' monitors are gone; so are their sockets, once the sandbox saw them close.
    await waitFor(() => sandbox().apps.voipbin.socketCount() === 0)
    const keyOnly = await setUp({ secret: 'accessKey' })
    await keyOnly.poll(0)
    await waitFor(() => keyOnly.status()?.pushReason === 'no_customer_id')
    expect(keyOnly.status()).toMatchObject({
      state: 'ok',
      push: 'down',
      pushReason: 'no_customer_id',
      pollSeconds: 2,
    })
    expect(sandbox().apps.voipbin.socketCount()).toBe(0)
    await keyOnly.poll()
    expect(keyOnly.status()?.pushReason).toBe('no_customer_id')
    keyOnly.monitor.dispose()

    const withId = await setUp({ secret: 'accessKey', voipbinCustomerId: sandbox().apps.voipbin.customerId })
    await withId.poll(0)
    await waitFor(() => withId.status()?.push === 'connected')
    expect(withId.status()).toMatchObject({ push: 'connected', pushReason: null, pollSeconds: 15 })
    expect(sandbox().apps.voipbin.socketCount()).toBe(1)
  })

  it('tells an agent only of their own ring, and shows others as not for them', async () => {
    const [own = '', other = ''] = agents(10, 2)
    const username = agentRecord(own)?.username ?? ''
    const { poll, notifications, live, tray } = await setUp({ role: { kind: 'agent', extension: username } })
    await poll(0)
    sandbox().apps.voipbin.setAgentStatus(other, 'ringing')
    sandbox().apps.voipbin.setAgentStatus(own, 'ringing')
    await poll()
    await waitFor(() => (live.at(-1)?.calls.length ?? 0) === 2)
    expect(live.at(-1)?.calls).toHaveLength(2)
    expect(notifications).toHaveLength(1)
    const calls = live.at(-1)?.calls ?? []
    expect(calls.find((call) => call.userId === own)?.concerned).toBe(true)
    expect(calls.find((call) => call.userId === other)?.concerned).toBe(false)
    expect(tray.at(-1)?.ringingCalls).toBe(1)
  })

  it.each([
    ['VoIPbin dates both', {}],
    ['the list carries no tm_update', { undated: true }],
  ])(
    'keeps a push heard while a poll is in flight over the older list (%s): the answered ring stays off the board',
    async (_case, gateOptions) => {
      const [id = ''] = agents(15, 1)
      const gate = await gatedVoipbin(gateOptions)
      const { poll, clock, notifications, live, monitor, status } = await setUp({ via: gate.route })
      await poll(0)
      await waitFor(() => status()?.push === 'connected')
      expect(status()?.push).toBe('connected')
      sandbox().apps.voipbin.setAgentStatus(id, 'ringing')
      await waitFor(() => live.at(-1)?.calls.length === 1)
      expect(live.at(-1)?.calls.map((call) => call.userId)).toEqual([id])

      // The reconciling poll reads the list while the agent still rings; its answer is held.
      gate.hold()
      const requests = gate.route.requests().length
      clock.advance(15_000)
      await waitFor(() => gate.heldCount() === 1)
      expect(gate.heldCount()).toBe(1)
      // Answered meanwhile (a few ms later, so VoIPbin's change time moves): push says busy.
      await new Promise((resolve) => setTimeout(resolve, 5))
      sandbox().apps.voipbin.setAgentStatus(id, 'busy')
      await waitFor(() => live.at(-1)?.calls.length === 0)
      expect(live.at(-1)?.calls).toEqual([])
      gate.release()
      await waitFor(() => gate.route.requests().length > requests)
      await new Promise((resolve) => setTimeout(resolve, 60))

      expect(gate.route.requests().length).toBe(requests + 1)
      // The board changes only as updates (none when the poll changed nothing): both say no call.
      expect(monitor.state().calls).toEqual([])
      expect(live.at(-1)?.calls).toEqual([])
      expect(notifications).toHaveLength(1)
      expect(monitor.alerts().filter((alert) => alert.kind === 'agent_ringing')).toHaveLength(1)
    },
  )
})
