import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { createPoller, pollRetryPolicy, type PollerStatus } from '../../../src/main/monitor/poller'
import { createPoolRegistry } from '../../../src/main/providers/http/pool-registry'
import { createProviderHttp, type HttpClock } from '../../../src/main/providers/http/provider-http'
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
    expect(statuses.at(-1)?.lastError).toMatch(/slow down/)
    clock.advance(6999)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(served.requests).toHaveLength(1)
    clock.advance(1)
    await settle(() => served.requests.length > 1)
    expect(served.requests.map((request) => request.outcome)).toEqual([429, 200])
    poller.stop()
  })
})
