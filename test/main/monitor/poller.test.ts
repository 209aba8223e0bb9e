import { describe, expect, it } from 'vitest'

import { createPoller, type PollerStatus } from '../../../src/main/monitor/poller'
import { ProviderError, type RetryAfterSource } from '../../../src/main/providers/http/provider-error'
import { manualClock } from '../../helpers/manual-clock'

/** A fetch the test settles by hand, counting calls and concurrency. */
function scriptedFetch() {
  const pending: Array<{ resolve: (value: number) => void; reject: (error: unknown) => void }> = []
  let calls = 0
  let inFlight = 0
  let maxInFlight = 0
  return {
    fetch: () =>
      new Promise<number>((resolve, reject) => {
        calls += 1
        inFlight += 1
        maxInFlight = Math.max(maxInFlight, inFlight)
        pending.push({
          resolve: (value) => ((inFlight -= 1), resolve(value)),
          reject: (error) => ((inFlight -= 1), reject(error)),
        })
      }),
    next: () => pending.shift(),
    calls: () => calls,
    maxInFlight: () => maxInFlight,
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('poller', () => {
  it('polls at once, then every interval with jitter, never two at a time', async () => {
    const clock = manualClock()
    const script = scriptedFetch()
    const results: number[] = []
    const poller = createPoller({
      fetch: script.fetch,
      onResult: (value) => results.push(value),
      intervalMs: 2000,
      clock,
      random: () => 1,
    })
    poller.start()
    clock.advance(0)
    expect(script.calls()).toBe(1)
    poller.refreshNow()
    clock.advance(10_000)
    expect(script.calls()).toBe(1)
    script.next()?.resolve(7)
    await flush()
    // The refresh asked for during the poll runs right after it.
    clock.advance(0)
    expect(script.calls()).toBe(2)
    script.next()?.resolve(8)
    await flush()
    // Jitter only ever polls earlier than the interval (here the most: 10 % of 2 s).
    clock.advance(1799)
    expect(script.calls()).toBe(2)
    clock.advance(1)
    expect(script.calls()).toBe(3)
    expect(results).toEqual([7, 8])
    expect(script.maxInFlight()).toBe(1)
    poller.stop()
  })

  it('backs off on errors, honours Retry-After, and reports its status', async () => {
    const clock = manualClock()
    const script = scriptedFetch()
    const statuses: PollerStatus[] = []
    const poller = createPoller({
      fetch: script.fetch,
      onResult: () => undefined,
      onStatus: (status) => statuses.push(status),
      intervalMs: 1000,
      clock,
      random: () => 0.5,
    })
    poller.start()
    clock.advance(0)
    script.next()?.reject(new Error('boom'))
    await flush()
    expect(statuses.at(-1)).toMatchObject({
      lastError: { code: 'problems:unexpected', params: { detail: 'boom' } },
      consecutiveFailures: 1,
      failingSince: clock.now().getTime(),
    })
    clock.advance(1999)
    expect(script.calls()).toBe(1)
    clock.advance(1)
    expect(script.calls()).toBe(2)
    script.next()?.reject(
      new ProviderError({
        provider: 'tel4vn',
        kind: 'rate_limited',
        problem: { code: 'problems:http.rate_limited', params: { http: 'HTTP 429' } },
        retryAfterMs: 30_000,
        retryAfterSource: 'provider',
      }),
    )
    await flush()
    clock.advance(29_999)
    expect(script.calls()).toBe(2)
    clock.advance(1)
    expect(script.calls()).toBe(3)
    script.next()?.resolve(1)
    await flush()
    expect(statuses.at(-1)).toMatchObject({ lastError: null, consecutiveFailures: 0, failingSince: null })
    poller.stop()
  })

  it('never waits longer than its ceiling after failures, spread included, unless Retry-After asks', async () => {
    /** The waits after each of `failures` failed polls (the last one a 429 when retryAfterMs is given). */
    const waits = async (
      random: number,
      failures: number,
      retryAfterMs?: number,
      intervalMs = 2000,
      retryAfterSource: RetryAfterSource = 'provider',
    ) => {
      const clock = manualClock()
      const script = scriptedFetch()
      const starts: number[] = []
      const failedAt: number[] = []
      const poller = createPoller({
        fetch: () => (starts.push(clock.now().getTime()), script.fetch()),
        onResult: () => undefined,
        intervalMs,
        maxBackoffMs: 10_000,
        clock,
        random: () => random,
      })
      poller.start()
      clock.advance(0)
      for (let failure = 1; failure <= failures; failure += 1) {
        const asked = failure === failures ? retryAfterMs : undefined
        failedAt.push(clock.now().getTime())
        script.next()?.reject(
          asked === undefined
            ? new Error('HTTP 500')
            : new ProviderError({
                provider: 'tel4vn',
                kind: 'rate_limited',
                problem: { code: 'problems:http.rate_limited', params: { http: 'HTTP 429' } },
                retryAfterMs: asked,
                retryAfterSource,
              }),
        )
        await flush()
        clock.advance(60_000)
      }
      poller.stop()
      return failedAt.map((at, index) => (starts[index + 1] ?? Number.NaN) - at)
    }
    // Spread both ways below the ceiling, and wholly below it once there.
    expect(await waits(1, 5)).toEqual([4400, 8800, 10_000, 10_000, 10_000])
    expect(await waits(0, 5)).toEqual([3600, 7200, 8000, 8000, 8000])
    expect(await waits(0.5, 4)).toEqual([4000, 8000, 9000, 9000])
    // The provider asked for longer than the ceiling: it wins.
    expect(await waits(0.5, 4, 25_000)).toEqual([4000, 8000, 9000, 25_000])
    // AgentDesk's own estimate of the window lengthens the wait up to the ceiling, never past it,
    // and never shortens the backoff (a 429 without Retry-After, our 300 ms retry).
    expect(await waits(0.5, 4, 25_000, 2000, 'estimate')).toEqual([4000, 8000, 9000, 10_000])
    expect(await waits(0.5, 2, 6000, 2000, 'estimate')).toEqual([4000, 8000])
    expect(await waits(0.5, 1, 6000, 2000, 'estimate')).toEqual([6000])
    expect(await waits(0.5, 2, 300, 2000, 'estimate')).toEqual([4000, 8000])
    // An interval longer than the ceiling: failing never polls more often than working.
    expect(await waits(1, 2, undefined, 15_000)).toEqual([15_000, 15_000])
  })

  it('pauses without polling and polls at once on resume; a stopped poller drops late answers', async () => {
    const clock = manualClock()
    const script = scriptedFetch()
    const results: number[] = []
    const poller = createPoller({
      fetch: script.fetch,
      onResult: (value) => results.push(value),
      intervalMs: 1000,
      clock,
    })
    poller.start()
    clock.advance(0)
    poller.pause()
    script.next()?.resolve(1)
    await flush()
    clock.advance(60_000)
    expect(script.calls()).toBe(1)
    expect(results).toEqual([])
    poller.resume()
    clock.advance(0)
    expect(script.calls()).toBe(2)
    poller.stop()
    script.next()?.resolve(2)
    await flush()
    clock.advance(60_000)
    expect(results).toEqual([])
    expect(script.calls()).toBe(2)
  })

  it('never polls faster than the minimum interval', async () => {
    const clock = manualClock()
    const script = scriptedFetch()
    const poller = createPoller({
      fetch: script.fetch,
      onResult: () => undefined,
      intervalMs: 10,
      minIntervalMs: 1000,
      clock,
      jitter: 0,
    })
    poller.start()
    clock.advance(0)
    script.next()?.resolve(1)
    await flush()
    clock.advance(999)
    expect(script.calls()).toBe(1)
    clock.advance(1)
    expect(script.calls()).toBe(2)
    poller.stop()
  })

  it('abandons a poll that never ends, counts it as a failure and polls again', async () => {
    const clock = manualClock()
    const signals: AbortSignal[] = []
    let calls = 0
    const statuses: PollerStatus[] = []
    const poller = createPoller({
      fetch: (signal) => {
        calls += 1
        signals.push(signal)
        return new Promise<number>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)))
      },
      onResult: () => undefined,
      onStatus: (status) => statuses.push(status),
      intervalMs: 2000,
      timeoutMs: 5000,
      clock,
      jitter: 0,
    })
    poller.start()
    clock.advance(0)
    clock.advance(4999)
    expect(signals[0]?.aborted).toBe(false)
    clock.advance(1)
    expect(signals[0]?.aborted).toBe(true)
    await flush()
    expect(statuses.at(-1)).toMatchObject({
      lastError: { code: 'problems:monitor.noAnswerWithin', params: { seconds: 5 } },
      consecutiveFailures: 1,
    })
    // Backoff after one failure: twice the interval.
    clock.advance(4000)
    expect(calls).toBe(2)
    poller.stop()
  })
})
