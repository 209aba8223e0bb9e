import { desktopText } from '../../src/main/i18n/desktop-text'
import type { WatcherContext } from '../../src/main/monitor/watchers/watcher'
import { validateResponse } from '../../src/main/providers/http/response-validation'
import { tel4vnCallsWatcher } from '../../src/main/providers/tel4vn/monitor/tel4vn-calls-watcher'
import type { Tel4vnClient } from '../../src/main/providers/tel4vn/tel4vn-client'
import { rememberingLocalTimeToIso, VIETNAM_UTC_OFFSET_MINUTES } from '../../src/main/providers/tel4vn/tel4vn-mapping'
import { tel4vnMonitorCallsSchema } from '../../src/main/providers/tel4vn/tel4vn-monitor-answer'
import type { AccountView } from '../../src/shared/domain/accounts'
import { passesFilter, type LiveFilter } from '../../src/shared/domain/live-filter'

import { percentiles } from './bench-stats'

/** CPU time this process has used (all its threads), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** A Tel4vn monitor answer for `agents` extensions; `round` moves 5 % of them on. */
function monitorAnswer(agents: number, round: number): string {
  const data = Array.from({ length: agents }, (_unused, index) => {
    // Each round, one agent in twenty starts a new call that rings; the others talk on.
    const fresh = (index + round) % 20 === 0
    return {
      agent_name: `Agent ${index}`,
      call_id: fresh ? `call-${index}-${round}` : `call-${index}-${round - ((index + round) % 20)}`,
      call_state: fresh ? 'RINGING' : 'ONCALL',
      call_time: '2026-11-25 09:30:00',
      destination: `0899${String(index).padStart(6, '0')}`,
      direction: index % 3 === 0 ? 'outbound' : 'inbound',
      domain_id: '9eb34970-dec2-466d-98c7-9532439be7eb',
      domain_name: 'demo.tel4vn.com',
      extension: String(100_000 + index),
      extension_id: `ext-${index}`,
      network_ip: '10.0.0.15',
      server_host: '10.0.0.1',
      user_agent: 'MicroSIP/3.20.6',
      user_id: `user-${index}`,
      username: `agent${index}`,
    }
  })
  return JSON.stringify({ data, total: agents })
}

const supervisor: AccountView = {
  id: '6f1c0f52-7c3e-4e0b-9a59-1f1b2f0c1a11',
  provider: 'tel4vn',
  label: 'Bench',
  baseUrl: 'https://tel4vn.example',
  tenantId: null,
  role: { kind: 'supervisor' },
  polling: { enabled: true, intervalSeconds: null },
  createdAt: '2026-11-25T00:00:00.000Z',
  hasSecret: true,
  demo: false,
}

/**
 * From the body of an answer as it arrives to the notifications decided: JSON parse, schema
 * check, mapping, diff against the last snapshot, supervisor filter (queue lookups included),
 * dedupe and coalescing. The same watcher code the monitor runs; only HTTP is left out.
 */
export async function measureDecisionTime(agents: number, rounds = 60) {
  // What the Tel4vn client does with the body (provider-http's JSON.parse and check, with the
  // client's schema, which maps too): the same code, only HTTP left out.
  const schema = tel4vnMonitorCallsSchema(
    VIETNAM_UTC_OFFSET_MINUTES,
    rememberingLocalTimeToIso(VIETNAM_UTC_OFFSET_MINUTES),
  )
  const decode = (body: string) => validateResponse('tel4vn', schema, JSON.parse(body), 200)
  let decoded: ReturnType<typeof decode> = { calls: [], total: 0 }
  const client = { monitorCalls: async () => decoded } as unknown as Tel4vnClient
  const notified = new Set<string>()
  const queues = new Map(Array.from({ length: agents }, (_unused, index) => [String(100_000 + index), [index % 8]]))
  const filter: LiveFilter = { direction: 'inbound', agents: [], queues: [1, 2, 3] }
  let decided = 0
  const context: WatcherContext = {
    account: supervisor,
    now: () => new Date().toISOString(),
    text: () => desktopText('en'),
    wasNotified: (id) => notified.has(id),
    notify(requests) {
      const shown = new Set<string>()
      for (const request of requests) {
        for (const id of [request.id, ...(request.covers ?? [])]) {
          notified.add(id)
          shown.add(id)
        }
      }
      decided += requests.length
      return shown
    },
    alert: () => undefined,
    presence: () => undefined,
    queues: () => undefined,
    queuesOf: (extension) => queues.get(extension) ?? null,
    wanted: (subject) => passesFilter(filter, subject),
    changed: () => undefined,
  }
  const watcher = tel4vnCallsWatcher(client, context, 2000)
  const signal = new AbortController().signal
  const decide: number[] = []
  const whole: number[] = []
  const parseOnly: number[] = []
  const wholeCpu: number[] = []
  const parseOnlyCpu: number[] = []
  // The yardstick: JSON.parse alone of the same body, in the same round. Which of the two goes
  // first alternates, so the garbage one leaves for the collector weighs on both alike.
  let parsedRows = 0
  const timeParse = (body: string) => {
    const cpuAtStart = cpuMs()
    const started = performance.now()
    const parsed = JSON.parse(body) as { data: unknown[] }
    const took = performance.now() - started
    const cpu = cpuMs() - cpuAtStart
    parsedRows += parsed.data.length
    return { took, cpu }
  }
  for (let round = 0; round < rounds; round += 1) {
    const body = monitorAnswer(agents, round + 1)
    const parseFirst = round % 2 === 0 ? timeParse(body) : undefined
    const cpuAtStart = cpuMs()
    const received = performance.now()
    decoded = decode(body)
    const decodedAt = performance.now()
    await watcher.poll(signal)
    const decidedAt = performance.now()
    const cpu = cpuMs() - cpuAtStart
    const parse = parseFirst ?? timeParse(body)
    // The first rounds warm the JIT and fill the snapshot; they are not counted.
    if (round < 5) continue
    decide.push(decidedAt - decodedAt)
    whole.push(decidedAt - received)
    parseOnly.push(parse.took)
    wholeCpu.push(cpu)
    parseOnlyCpu.push(parse.cpu)
  }
  if (decided === 0) throw new Error('no notification was decided: the benchmark measured nothing')
  if (parsedRows === 0) throw new Error('JSON.parse was never timed')
  const withDecoding = percentiles(whole)
  const jsonParse = percentiles(parseOnly)
  return {
    agents,
    answerBytes: monitorAnswer(agents, 0).length,
    decide: percentiles(decide),
    withDecoding,
    jsonParse,
    // The whole path in units of JSON.parse of the same body: comparable across machines.
    ratioToParse: { p50: withDecoding.p50 / jsonParse.p50, p99: withDecoding.p99 / jsonParse.p99 },
    // The same in the process's CPU time, which time spent waiting for the CPU does not count:
    // steadier than the clock on a machine other work shares (the collector's threads count).
    cpuRatioToParse: { p50: percentiles(wholeCpu).p50 / percentiles(parseOnlyCpu).p50 },
    notificationsDecided: decided,
  }
}
