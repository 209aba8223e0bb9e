import type { AlohubApp } from '../providers/alohub/sandbox/alohub-app'
import type { Tel4vnApp, Tel4vnCall } from '../providers/tel4vn/sandbox/tel4vn-app'
import type { VoipbinApp } from '../providers/voipbin/sandbox/voipbin-app'

import { seededRandom } from './seeded-random'

/** What happened to a call, for tests and the demo's log. */
export interface SimulatedCallEvent {
  readonly kind: 'rang' | 'answered' | 'missed' | 'ended'
  readonly callId: string
  readonly extension: string
  readonly at: number
}

/** How busy the simulated contact centre is. */
export interface CallSimulatorOptions {
  readonly seed: number
  readonly callsPerMinute: number
  /** Simulated start time, ms since epoch. */
  readonly startAt: number
  /** When the first call rings, so a demo shows one within the first minute. */
  readonly firstCallAfterMs?: number
  readonly tel4vn: Tel4vnApp
  readonly voipbin?: VoipbinApp
  readonly alohub?: AlohubApp
}

/** Deterministic call traffic: the same seed and steps give the same calls. */
export interface CallSimulator {
  /** Moves simulated time forward, in 250 ms steps. */
  advance(ms: number): void
  now(): number
  onEvent(listener: (event: SimulatedCallEvent) => void): () => void
  /** Runs on real time (the demo); stop() ends it. */
  start(tickMs?: number): void
  stop(): void
}

interface LiveCall {
  call: Tel4vnCall
  voipbinAgentId: string | undefined
  /** When the ring ends (answered or missed) or, once answered, when the call ends. */
  until: number
  willAnswer: boolean
}

const STEP_MS = 250

/** The number the simulated centre's customers call. */
export const SANDBOX_HOTLINE = '19006868'

/** Creates the simulator over the sandboxes it drives. */
export function createCallSimulator(options: CallSimulatorOptions): CallSimulator {
  const random = seededRandom(options.seed)
  const listeners = new Set<(event: SimulatedCallEvent) => void>()
  const live = new Map<string, LiveCall>()
  const extensions = options.tel4vn.extensions().map((entry) => entry.extension)
  const voipbinIds = options.voipbin?.agentIds() ?? []
  let time = options.startAt
  let nextCallAt = time + (options.firstCallAfterMs ?? 5_000)
  let serial = 0
  let timer: ReturnType<typeof setInterval> | undefined

  const emit = (kind: SimulatedCallEvent['kind'], entry: LiveCall) => {
    const event = { kind, callId: entry.call.callId, extension: entry.call.extension, at: time }
    for (const listener of listeners) listener(event)
  }
  const publish = () => options.tel4vn.setCalls([...live.values()].map((entry) => entry.call))
  const voipbinStatus = (entry: LiveCall, status: string) => {
    if (entry.voipbinAgentId) options.voipbin?.setAgentStatus(entry.voipbinAgentId, status)
  }

  const ring = () => {
    const busy = new Set([...live.values()].map((entry) => entry.call.extension))
    const free = extensions.filter((extension) => !busy.has(extension))
    if (free.length === 0) return
    const extension = random.pick(free)
    serial += 1
    // Drawn in this order so that a seed gives the same calls as before.
    const callId = `sim-${options.seed}-${serial}-${random.hex(8)}`
    const direction = random.chance(0.8) ? 'inbound' : 'outbound'
    const customer = `09${random.int(10_000_000, 99_999_999)}`
    const entry: LiveCall = {
      call: {
        callId,
        extension,
        state: 'RINGING',
        direction,
        // Tel4vn's destination is the number receiving the call: the centre's hotline for a
        // call coming in, the customer's number for one going out.
        destination: direction === 'inbound' ? SANDBOX_HOTLINE : customer,
        startedAt: time,
      },
      voipbinAgentId: voipbinIds[extensions.indexOf(extension) % Math.max(1, voipbinIds.length)],
      until: time + random.int(3_000, 12_000),
      willAnswer: random.chance(0.7),
    }
    live.set(entry.call.callId, entry)
    voipbinStatus(entry, 'ringing')
    emit('rang', entry)
  }

  const step = () => {
    time += STEP_MS
    for (const entry of [...live.values()]) {
      if (entry.until > time) continue
      if (entry.call.state === 'RINGING' && entry.willAnswer) {
        entry.call = { ...entry.call, state: 'ONCALL', startedAt: time }
        entry.until = time + random.int(20_000, 180_000)
        voipbinStatus(entry, 'busy')
        emit('answered', entry)
      } else {
        live.delete(entry.call.callId)
        voipbinStatus(entry, 'available')
        emit(entry.call.state === 'RINGING' ? 'missed' : 'ended', entry)
      }
    }
    if (time >= nextCallAt) {
      ring()
      // Exponential gaps: a Poisson stream at the configured rate.
      const meanGap = 60_000 / Math.max(0.01, options.callsPerMinute)
      nextCallAt = time + Math.max(STEP_MS, Math.round(-Math.log(1 - random.next()) * meanGap))
    }
    if (options.alohub && random.chance(0.01)) {
      const agent = random.pick(options.alohub.agents())
      const online = agent.userStatus !== 'AVAILABLE'
      options.alohub.setPresence(agent.agentId, {
        systemStatus: online ? 'AVAILABLE' : 'NOT AVAILABLE',
        userStatus: online ? 'AVAILABLE' : 'LOGOUT',
      })
    }
  }

  return {
    advance(ms) {
      const target = time + ms
      while (time + STEP_MS <= target) step()
      publish()
    },
    now: () => time,
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start(tickMs = 500) {
      if (timer) return
      let last = Date.now()
      timer = setInterval(() => {
        const current = Date.now()
        this.advance(current - last)
        last = current
      }, tickMs)
      timer.unref()
    },
    stop() {
      if (timer) clearInterval(timer)
      timer = undefined
    },
  }
}
