import { RELAY_USER } from '../../src/main/relay-protocol/relay-permissions'

import { percentiles, settledMemory } from './bench-stats'
import { startRelayedDesk, type RelayedDesk } from './relay-desks'
import { startRelayProcess, type RelaySample } from './relay-process'
import { startCallTraffic } from './relay-traffic'
import { agentUser, DESK_PASSWORD, startRelayWorld, SUPERVISOR_USER, TENANT, TOKEN } from './relay-world'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
/** Desks connected one after another first: the time of one connect when nothing else connects. */
const ONE_BY_ONE = 10

/**
 * Through the relay: `agents` desks (the app's desk code, one NATS user each) and one supervisor
 * on a real nats-server, the relay in its own process polling the Tel4vn sandbox. Rings at random
 * moments for `intervals` intervals; measured: provider requests and bytes per interval, ring →
 * notification decided (and poll answer → decided), bytes each desk received, relay CPU and memory.
 */
export async function measureRelayFanOut(agents: number, intervals: number, intervalSeconds = 2) {
  const intervalMs = intervalSeconds * 1000
  const world = await startRelayWorld(agents)
  const traffic = startCallTraffic(world.tel4vn, { busyShare: 0.4, intervalMs })
  world.onAnswer((at) => traffic.answered(at))
  const notifiedAt = new Map<string, number>()
  const relay = await startRelayProcess({
    tel4vnUrl: world.served.origin,
    token: TOKEN,
    natsUrl: world.nats.url,
    user: RELAY_USER,
    password: DESK_PASSWORD,
    tenant: TENANT,
    intervalSeconds,
  })
  const desks: RelayedDesk[] = []
  try {
    const deskMemoryBefore = settledMemory()
    const start = async (extension: string | null) => {
      const began = performance.now()
      const desk = await startRelayedDesk({
        natsUrl: world.nats.url,
        tel4vnUrl: world.served.origin,
        user: extension === null ? SUPERVISOR_USER : agentUser(extension),
        role: extension === null ? { kind: 'supervisor' } : { kind: 'agent', extension },
        onNotification: (id, at) => {
          if (extension !== null && !id.startsWith('missed:') && !notifiedAt.has(id)) notifiedAt.set(id, at)
        },
      })
      desks.push(desk)
      return (await desk.connectedAt) - began
    }
    const oneByOne: number[] = []
    for (const extension of world.extensions.slice(0, ONE_BY_ONE)) oneByOne.push(await start(extension))
    const parallelBegan = performance.now()
    const parallel = await Promise.all([...world.extensions.slice(ONE_BY_ONE).map(start), start(null)])
    const parallelWallMs = performance.now() - parallelBegan
    const deskMemoryAfter = settledMemory()
    const atConnect = await world.sentPerUser()

    // Ring phase: everything from here on is what the relay and each desk spend on rings.
    await pause(intervalMs)
    const relayBefore = await relay.sample()
    world.meter.reset()
    const began = performance.now()
    await traffic.ring(intervals, 4)
    const elapsedMs = performance.now() - began
    const relayAfter = await relay.sample()
    const requests = world.meter.requests
    const bytes = world.meter.bytes
    // The last rings are decided within an interval or two.
    const deadline = performance.now() + intervalMs * 3
    while ([...traffic.rings.keys()].some((id) => !notifiedAt.has(id)) && performance.now() < deadline) {
      await pause(50)
    }
    const afterRings = await world.sentPerUser()

    const ringToDecided: number[] = []
    const pollToDecided: number[] = []
    for (const [callId, ring] of traffic.rings) {
      const decided = notifiedAt.get(callId)
      if (decided === undefined) continue
      ringToDecided.push(decided - ring.rangAt)
      if (ring.polledAt !== null) pollToDecided.push(decided - ring.polledAt)
    }
    const perInterval = elapsedMs / intervalMs
    return {
      agents,
      intervalMs,
      intervals: round(perInterval),
      busyCalls: traffic.busyCalls,
      rings: traffic.rings.size,
      ringsNotDecided: traffic.rings.size - ringToDecided.length,
      requestsPerInterval: round(requests / perInterval, 2),
      bytesPerInterval: Math.round(bytes / perInterval),
      ringToDecided: percentiles(ringToDecided),
      pollToDecided: percentiles(pollToDecided),
      connect: {
        oneByOne: percentiles(oneByOne),
        parallel: percentiles(parallel),
        parallelDesks: parallel.length,
        parallelWallMs: Math.round(parallelWallMs),
        // The desk waits 5 s for its first read before it says the relay is unreachable.
        parallelWithin5s: parallel.filter((ms) => ms <= 5_000).length,
        saidUnreachableFirst: desks.filter((desk) => desk.saidUnreachable()).length,
        deskHeapMb: round((deskMemoryAfter.heapMb - deskMemoryBefore.heapMb) / desks.length, 2),
      },
      wire: wireFigures(world.extensions, traffic.rings, atConnect, afterRings),
      relay: relayFigures(relayBefore, relayAfter, elapsedMs, requests),
    }
  } finally {
    traffic.stop()
    await Promise.all(desks.map((desk) => desk.dispose()))
    await relay.stop()
    await world.close()
  }
}

type Sent = Map<string, { bytes: number; msgs: number }>

/**
 * What nats-server sent each desk (payload and headers, as /connz counts them): at connect (the
 * first read), and per ring afterwards. A desk whose extension never rang shows what every desk
 * gets anyway (the relay's status heartbeat); the rest, over the rings, is what one ring costs its desk.
 */
function wireFigures(
  extensions: ReadonlyArray<string>,
  rings: ReadonlyMap<string, { extension: string }>,
  atConnect: Sent,
  after: Sent,
) {
  const ringsOf = new Map<string, number>()
  for (const { extension } of rings.values()) ringsOf.set(extension, (ringsOf.get(extension) ?? 0) + 1)
  const delta = (user: string) => {
    const end = after.get(user) ?? { bytes: 0, msgs: 0 }
    const begin = atConnect.get(user) ?? { bytes: 0, msgs: 0 }
    return { bytes: end.bytes - begin.bytes, msgs: end.msgs - begin.msgs }
  }
  const quiet = extensions
    .filter((extension) => !ringsOf.has(extension))
    .map((extension) => delta(agentUser(extension)))
  const quietBytes = quiet.reduce((sum, sent) => sum + sent.bytes, 0) / Math.max(1, quiet.length)
  const quietMsgs = quiet.reduce((sum, sent) => sum + sent.msgs, 0) / Math.max(1, quiet.length)
  let ringBytes = 0
  let ringMsgs = 0
  for (const extension of ringsOf.keys()) {
    const sent = delta(agentUser(extension))
    ringBytes += sent.bytes - quietBytes
    ringMsgs += sent.msgs - quietMsgs
  }
  const supervisor = delta(SUPERVISOR_USER)
  const connectBytes = extensions.map((extension) => atConnect.get(agentUser(extension))?.bytes ?? 0)
  return {
    agentConnectBytes: percentiles(connectBytes).p50,
    supervisorConnectBytes: atConnect.get(SUPERVISOR_USER)?.bytes ?? 0,
    agentBytesPerRing: Math.round(ringBytes / Math.max(1, rings.size)),
    agentMsgsPerRing: round(ringMsgs / Math.max(1, rings.size), 2),
    quietAgentBytes: Math.round(quietBytes),
    supervisorBytesPerRing: Math.round(supervisor.bytes / Math.max(1, rings.size)),
    supervisorMsgsPerRing: round(supervisor.msgs / Math.max(1, rings.size), 2),
  }
}

function relayFigures(before: RelaySample, after: RelaySample, elapsedMs: number, polls: number) {
  const cpuMs = after.userMs + after.systemMs - before.userMs - before.systemMs
  return {
    polls,
    cpuMsPerPoll: round(cpuMs / Math.max(1, polls), 2),
    cpuPercentOfOneCore: round((cpuMs / elapsedMs) * 100, 2),
    heapMb: round(after.heapMb),
    rssMb: round(after.rssMb),
  }
}
