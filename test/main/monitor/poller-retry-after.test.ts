import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { englishText } from '../../../src/main/i18n/catalog'
import { RING_WATCH_MAX_BACKOFF_MS } from '../../../src/main/monitor/monitor-status'
import { createPoller, pollRetryPolicy, type PollerStatus } from '../../../src/main/monitor/poller'
import { createPoolRegistry } from '../../../src/main/providers/http/pool-registry'
import { createProviderHttp, type HttpClock } from '../../../src/main/providers/http/provider-http'
import { createTel4vnApp } from '../../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import { createTel4vnClient } from '../../../src/main/providers/tel4vn/tel4vn-client'
import { serveProviderApp, type SandboxResponse } from '../../../src/main/sandbox/sandbox-http'
import { manualClock } from '../../helpers/manual-clock'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((thing) => thing.close()))
})

const settle = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5))
}

describe('poller and HTTP layer on one clock', () => {
  it("polls again exactly when a 429's Retry-After says, not when the budget guesses the window ends", async () => {
    const answers: SandboxResponse[] = [
      {
        status: 429,
        json: { message: 'slow down' },
        headers: { 'Retry-After': '7', 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '0' },
      },
    ]
    const served = await serveProviderApp({
      provider: 'tel4vn',
      handle: () => answers.shift() ?? { status: 200, json: { ok: true } },
    })
    open.push(served)
    const pools = createPoolRegistry({ connectTimeoutMs: 2000, connectionsPerOrigin: 1, keepAliveMs: 10_000 })
    open.push(pools)
    const clock = manualClock()
    // The HTTP layer waits on the poller's clock, so the test sees every wait of either.
    const httpClock: HttpClock = {
      now: () => clock.now().getTime(),
      sleep: (ms) => new Promise((resolve) => clock.setTimeout(resolve, ms)),
    }
    const http = createProviderHttp({
      provider: 'tel4vn',
      baseUrl: served.origin,
      pools,
      authenticate: async () => ({}),
      secrets: () => [],
      readError: () => undefined,
      retry: pollRetryPolicy,
      // No reset header: the budget estimates a whole 10 s window from the 429's "0 left".
      rateLimitWindowMs: 10_000,
      clock: httpClock,
    })
    const statuses: PollerStatus[] = []
    const poller = createPoller({
      fetch: (signal) => http.request({ method: 'GET', path: '/calls', schema: z.looseObject({}), signal }),
      onResult: () => undefined,
      onStatus: (status) => statuses.push(status),
      intervalMs: 2000,
      clock,
      random: () => 0.5,
    })
    poller.start()
    clock.advance(0)
    await settle(() => statuses.length > 1)
    expect(englishText(statuses.at(-1)?.lastError ?? { code: 'problems:invalidValue' })).toMatch(/slow down/)
    clock.advance(6999)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(served.requests).toHaveLength(1)
    clock.advance(1)
    await settle(() => served.requests.length > 1)
    expect(served.requests.map((request) => request.outcome)).toEqual([429, 200])
    poller.stop()
  })

  it("asks a call monitor's provider again within 10 s when only AgentDesk's estimate says the budget is spent; Retry-After still wins", async () => {
    const clock = manualClock()
    const token = 'tel4vn-token'
    const app = createTel4vnApp({ seed: 7, token })
    // Other desktops of the tenant spent the budget: 0 left, no reset header, no Retry-After.
    const spent = { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0' }
    const asked: number[] = []
    const refusals: SandboxResponse[] = []
    const served = await serveProviderApp({
      provider: 'tel4vn',
      async handle(request) {
        asked.push(clock.now().getTime())
        const refusal = refusals.shift()
        if (refusal) return refusal
        const answer = await app.handle(request)
        return { ...answer, headers: { ...answer.headers, ...spent } }
      },
    })
    open.push(served)
    const pools = createPoolRegistry({ connectTimeoutMs: 2000, connectionsPerOrigin: 1, keepAliveMs: 10_000 })
    open.push(pools)
    // The account's own client, as the monitor builds it (Tel4vn names no window: the budget guesses a minute).
    const client = createTel4vnClient({
      baseUrl: served.origin,
      pools,
      secret: async () => token,
      retry: pollRetryPolicy,
      clock: { now: () => clock.now().getTime(), sleep: (ms) => new Promise((done) => clock.setTimeout(done, ms)) },
    })
    let inFlight = 0
    const statuses: PollerStatus[] = []
    const poller = createPoller({
      fetch: async (signal) => {
        inFlight += 1
        try {
          return await client.monitorCalls(signal)
        } finally {
          inFlight -= 1
        }
      },
      onResult: () => undefined,
      onStatus: (status) => statuses.push(status),
      intervalMs: 2000,
      maxBackoffMs: RING_WATCH_MAX_BACKOFF_MS,
      clock,
      random: () => 0.5,
    })
    /** Moves the clock in 100 ms steps, letting each poll that starts finish on real time first. */
    const run = async (ms: number) => {
      for (let moved = 0; moved < ms; moved += 100) {
        clock.advance(100)
        await settle(() => inFlight === 0)
      }
    }
    poller.start()
    clock.advance(0)
    await settle(() => inFlight === 0 && asked.length === 1)
    await run(12_000)
    const sinceFirst = () => asked.map((at) => at - (asked[0] ?? 0))
    // Asked again 10 s after the answer the estimate came from, not a minute later.
    expect(sinceFirst()).toEqual([0, 10_000])
    // The poll 1.9 s in was held back by the estimate alone, and said so.
    expect(statuses.some((status) => /estimate/.test(status.lastError ? englishText(status.lastError) : ''))).toBe(true)

    // The provider's own Retry-After, longer than the ceiling, is obeyed to the millisecond.
    refusals.push({ status: 429, json: { code: 429, message: 'slow down' }, headers: { 'Retry-After': '25' } })
    await run(40_000)
    expect(sinceFirst()).toEqual([0, 10_000, 20_000, 45_000])
    poller.stop()
  })
})
