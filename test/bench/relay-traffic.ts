import type { Tel4vnApp, Tel4vnCall } from '../../src/main/providers/tel4vn/sandbox/tel4vn-app'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** When each ring began, when the provider first answered with it, and the extension it rang on. */
export interface RingTimes {
  readonly extension: string
  readonly rangAt: number
  polledAt: number | null
}

/**
 * The call centre's traffic on the Tel4vn sandbox: a share of the agents on calls the whole time
 * (the rows every monitor answer carries), and rings on idle extensions at random moments (so
 * each ring's phase against the poll is random). A ring is answered one to two intervals later
 * and ends two intervals after that, so its desk hears ring, answer and end.
 */
export function startCallTraffic(app: Tel4vnApp, options: { readonly busyShare: number; readonly intervalMs: number }) {
  const extensions = app.extensions().map((entry) => entry.extension)
  const busy = extensions.slice(0, Math.round(extensions.length * options.busyShare))
  const calls = new Map<string, Tel4vnCall>()
  const inUse = new Set(busy)
  const rings = new Map<string, RingTimes>()
  const waitingForPoll = new Set<string>()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let next = 0
  const publish = () => app.setCalls([...calls.values()])
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      run()
    }, ms)
    timers.add(timer)
  }
  const call = (callId: string, extension: string, state: Tel4vnCall['state']): Tel4vnCall => ({
    callId,
    extension,
    state,
    direction: 'inbound',
    destination: '0899123456',
    startedAt: Date.now(),
  })
  for (const extension of busy) calls.set(`busy-${extension}`, call(`busy-${extension}`, extension, 'ONCALL'))
  publish()

  const ringOnce = () => {
    const idle = extensions.filter((extension) => !inUse.has(extension))
    const extension = idle[Math.floor(Math.random() * idle.length)]
    if (extension === undefined) return
    const callId = `ring-${(next += 1)}`
    inUse.add(extension)
    calls.set(callId, call(callId, extension, 'RINGING'))
    publish()
    rings.set(callId, { extension, rangAt: performance.now(), polledAt: null })
    waitingForPoll.add(callId)
    later(options.intervalMs * (1 + Math.random()), () => {
      calls.set(callId, { ...call(callId, extension, 'ONCALL'), startedAt: calls.get(callId)?.startedAt ?? Date.now() })
      publish()
      later(options.intervalMs * 2, () => {
        calls.delete(callId)
        inUse.delete(extension)
        publish()
      })
    })
  }

  return {
    rings,
    busyCalls: busy.length,
    /** The provider answered a poll (with every call set so far). */
    answered(at: number): void {
      for (const callId of waitingForPoll) {
        const ring = rings.get(callId)
        if (ring) ring.polledAt = at
      }
      waitingForPoll.clear()
    },
    /** Rings `perInterval` times per interval on average, for `intervals` intervals. */
    async ring(intervals: number, perInterval: number): Promise<void> {
      const until = performance.now() + intervals * options.intervalMs
      while (performance.now() < until) {
        await pause(Math.random() * 2 * (options.intervalMs / perInterval))
        ringOnce()
      }
    },
    stop(): void {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    },
  }
}
