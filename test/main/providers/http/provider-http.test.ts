import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { createPoolRegistry, type PoolRegistry } from '../../../../src/main/providers/http/pool-registry'
import type { ProviderError } from '../../../../src/main/providers/http/provider-error'
import { createProviderHttp, type ProviderHttpOptions } from '../../../../src/main/providers/http/provider-http'
import {
  serveProviderApp,
  type ProviderApp,
  type SandboxResponse,
  type ServedApp,
} from '../../../../src/main/sandbox/sandbox-http'
import { virtualHttpClock } from '../../../helpers/virtual-http-clock'

const SECRET = 'sk_live_0123456789abcdef'
const itemSchema = z.looseObject({ id: z.string(), count: z.number() })

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((thing) => thing.close()))
})

/** A tiny provider whose answers each test scripts. */
async function serve(answer: (path: string, method: string, headers: Record<string, unknown>) => SandboxResponse) {
  const app: ProviderApp = {
    provider: 'alohub',
    handle: (request) => answer(request.path, request.method, request.headers),
  }
  const served = await serveProviderApp(app)
  open.push(served)
  return served
}

function client(served: Pick<ServedApp, 'origin'>, overrides: Partial<ProviderHttpOptions> = {}) {
  const pools: PoolRegistry = createPoolRegistry({
    connectTimeoutMs: 2000,
    connectionsPerOrigin: 2,
    keepAliveMs: 10_000,
  })
  open.push(pools)
  const clock = virtualHttpClock()
  const http = createProviderHttp({
    provider: 'alohub',
    baseUrl: served.origin,
    pools,
    authenticate: async () => ({ 'x-api-key': SECRET }),
    secrets: () => [SECRET],
    readError: (_status, body) => {
      const envelope = body as { error_code?: string; error_message?: string } | undefined
      if (!envelope?.error_code) return undefined
      return { code: envelope.error_code, ...(envelope.error_message ? { message: envelope.error_message } : {}) }
    },
    clock,
    random: () => 0.5,
    ...overrides,
  })
  return { http, clock }
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise
  } catch (error) {
    return error as ProviderError
  }
  throw new Error('expected the request to fail')
}

const get = { method: 'GET' as const, path: '/v1/item', schema: itemSchema }

describe('provider HTTP layer over real loopback HTTP', () => {
  it('sends the credentials, validates the answer and tolerates unknown fields', async () => {
    const served = await serve((_path, _method, headers) => ({
      status: 200,
      json: { id: 'a', count: 2, addedLater: true, seenKey: headers['x-api-key'] === SECRET },
    }))
    const { http } = client(served)
    expect(await http.request(get)).toEqual({ id: 'a', count: 2, addedLater: true, seenKey: true })
  })

  it('names the field when the provider sends a wrong type', async () => {
    const served = await serve(() => ({ status: 200, json: { id: 'a', count: '2' } }))
    const error = await failure(client(served).http.request(get))
    expect(error.kind).toBe('bad_response')
    expect(error.message).toMatch(/^AloHub sent an unexpected answer: count: .*expected number/i)
  })

  it('turns a body that is not JSON into bad_response', async () => {
    const served = await serve(() => ({ status: 200, json: {} }))
    served.faults.inject({ kind: 'malformed' })
    const error = await failure(client(served).http.request(get))
    expect([error.kind, error.message]).toEqual(['bad_response', 'AloHub sent an answer that is not valid JSON.'])
  })

  it('maps the provider envelope and keeps the key out of the message', async () => {
    const served = await serve(() => ({
      status: 401,
      json: { success: '0', error_code: 'UNAUTHORIZED', error_message: `Invalid key ${SECRET}` },
    }))
    const error = await failure(client(served).http.request(get))
    expect(error.toData()).toEqual({
      provider: 'alohub',
      kind: 'auth',
      status: 401,
      code: 'UNAUTHORIZED',
      // A code and its values for the screen; the provider's words among them, scrubbed.
      problem: {
        code: 'problems:http.auth',
        params: { providerId: 'alohub', http: 'HTTP 401 UNAUTHORIZED', said: 'Invalid key [redacted]' },
      },
    })
    expect(error.message).toBe('AloHub rejected the credentials (HTTP 401 UNAUTHORIZED): Invalid key [redacted].')
    // The provider's own words, for a screen that quotes them, are scrubbed just the same.
    expect(error.providerMessage).toBe('Invalid key [redacted]')
  })

  it('retries a read after a 5xx HTML page from a proxy, with backoff', async () => {
    const served = await serve(() => ({ status: 200, json: { id: 'a', count: 1 } }))
    served.faults.inject({ kind: 'status', status: 502 }, 2)
    const { http, clock } = client(served)
    expect(await http.request(get)).toMatchObject({ id: 'a' })
    expect(served.requests.map((request) => request.outcome)).toEqual([502, 502, 200])
    expect(clock.sleeps).toEqual([188, 375])
  })

  it('gives up after the last attempt and says what the proxy did', async () => {
    const served = await serve(() => ({ status: 200, json: {} }))
    served.faults.inject({ kind: 'status', status: 503 }, 10)
    const error = await failure(client(served).http.request(get))
    expect(served.requests).toHaveLength(4)
    expect(error.kind).toBe('server')
    expect(error.message).toBe(
      'AloHub had a problem of its own (HTTP 503). It answered with an HTML page instead of JSON, probably from a proxy or gateway.',
    )
  })

  it('never retries a write after a 5xx', async () => {
    const served = await serve(() => ({ status: 200, json: {} }))
    served.faults.inject({
      kind: 'status',
      status: 500,
      body: '{"error_code":"FAIL"}',
      contentType: 'application/json',
    })
    const error = await failure(client(served).http.request({ ...get, method: 'PUT', body: { a: 1 } }))
    expect(served.requests).toHaveLength(1)
    expect([error.kind, error.code]).toEqual(['server', 'FAIL'])
  })

  it('waits the Retry-After seconds on 429, for writes too', async () => {
    const served = await serve(() => ({ status: 200, json: { id: 'a', count: 1 } }))
    served.faults.inject({ kind: 'rate_limit', retryAfter: '3' })
    const { http, clock } = client(served)
    await http.request({ ...get, method: 'PUT', body: {} })
    expect(clock.sleeps).toEqual([3000])
    expect(served.requests).toHaveLength(2)
  })

  it('reads Retry-After as an HTTP date, and backs off when it is absent', async () => {
    const served = await serve(() => ({ status: 200, json: { id: 'a', count: 1 } }))
    const { http, clock } = client(served)
    served.faults.inject({ kind: 'rate_limit', retryAfter: new Date(clock.now() + 5000).toUTCString() })
    served.faults.inject({ kind: 'rate_limit' })
    await http.request(get)
    expect(clock.sleeps[0]).toBeGreaterThan(4000)
    expect(clock.sleeps[0]).toBeLessThanOrEqual(5000)
    expect(clock.sleeps[1]).toBe(375)
  })

  it('waits exactly the Retry-After of a 429 even when the rate-limit headers say nothing is left', async () => {
    let answered = 0
    const served = await serve(() =>
      (answered += 1) === 1
        ? {
            status: 429,
            json: { message: 'slow down' },
            headers: { 'Retry-After': '7', 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '0' },
          }
        : { status: 200, json: { id: 'a', count: 1 } },
    )
    // The budget alone would wait for the whole 10 s window it estimates.
    const { http, clock } = client(served, { rateLimitWindowMs: 10_000 })
    await http.request(get)
    expect(clock.sleeps).toEqual([7000])
    expect(served.requests.map((request) => request.outcome)).toEqual([429, 200])
  })

  it('does not wait out a long Retry-After: the caller gets rate_limited with the wait', async () => {
    const served = await serve(() => ({ status: 200, json: {} }))
    served.faults.inject({ kind: 'rate_limit', retryAfter: '120' })
    const error = await failure(client(served).http.request(get))
    expect([error.kind, error.retryAfterMs, error.retryAfterSource, served.requests.length]).toEqual([
      'rate_limited',
      120_000,
      'provider',
      1,
    ])
    // The wait is said, not only "slow down"; and said again while the budget still blocks.
    expect(error.message).toMatch(/asked us to slow down \(HTTP 429\).*Try again in 2 min\.$/)
  })

  it('says how long a used-up budget still blocks', async () => {
    const served = await serve(() => ({ status: 200, json: {} }))
    served.faults.inject({ kind: 'rate_limit', retryAfter: '120' })
    const { http, clock } = client(served)
    await failure(http.request(get))
    await clock.sleep(76_000)
    const error = await failure(http.request(get))
    expect([error.kind, error.retryAfterMs, error.message]).toEqual([
      'rate_limited',
      44_000,
      "AloHub's rate limit is used up: try again in 44 s.",
    ])
    expect(served.requests).toHaveLength(1)
  })

  it('says when a wait is only its own estimate, and lets such an estimate hold a poll back 10 s at most', async () => {
    const served = await serve(() => ({
      status: 200,
      json: { id: 'a', count: 1 },
      headers: { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0' },
    }))
    const retry = { maxAttempts: 1, baseDelayMs: 200, maxDelayMs: 400, maxRetryAfterMs: 0, maxEstimatedWaitMs: 10_000 }
    // No reset header, no window documented: the budget guesses a whole minute.
    const { http, clock } = client(served, { retry })
    await http.request(get)
    expect(http.budget.delayBeforeSendMs('GET /v1/item', clock.now())).toBe(60_000)
    await clock.sleep(2000)
    const held = await failure(http.request(get))
    expect([held.kind, held.retryAfterMs, held.retryAfterSource, served.requests.length]).toEqual([
      'rate_limited',
      8000,
      'estimate',
      1,
    ])
    expect(held.message).toBe("AloHub's rate limit is used up, by AgentDesk's estimate: try again in up to 8 s.")
    await clock.sleep(8000)
    await http.request(get)
    expect(served.requests).toHaveLength(2)

    // A 429 without Retry-After: the wait is the backoff AgentDesk chose.
    served.faults.inject({ kind: 'rate_limit' })
    await clock.sleep(10_000)
    const refused = await failure(http.request(get))
    expect([refused.status, refused.retryAfterSource]).toEqual([429, 'estimate'])
  })

  it('retries a read after a connection reset, then reports a network error', async () => {
    const served = await serve(() => ({ status: 200, json: { id: 'a', count: 1 } }))
    served.faults.inject({ kind: 'reset' })
    expect(await client(served).http.request(get)).toMatchObject({ id: 'a' })
    served.faults.inject({ kind: 'reset' }, 10)
    const error = await failure(client(served, { account: 'Support desk' }).http.request(get))
    expect([error.kind, error.account]).toEqual(['network', 'Support desk'])
    expect(error.message).toBe('AloHub (Support desk) closed the connection unexpectedly.')
  })

  it('times out a hanging server', async () => {
    const served = await serve(() => ({ status: 200, json: {} }))
    served.faults.inject({ kind: 'hang' }, 10)
    const error = await failure(
      client(served, {
        headersTimeoutMs: 200,
        retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 },
      }).http.request(get),
    )
    // The provider and the account, never 127.0.0.1:53122: that is not what the user knows it by.
    expect([error.kind, error.message]).toEqual(['timeout', 'Timed out waiting for AloHub to answer.'])
    expect(served.requests).toHaveLength(2)
  })

  it('stops at once when the caller aborts', async () => {
    const served = await serve(() => ({ status: 200, json: {} }))
    served.faults.inject({ kind: 'hang' })
    const controller = new AbortController()
    const pending = client(served).http.request({ ...get, signal: controller.signal })
    setTimeout(() => controller.abort(new Error('user cancelled')), 50)
    await expect(pending).rejects.toThrow('user cancelled')
    expect(served.requests).toHaveLength(1)
  })

  it('renews credentials once on 401 and sends the request again', async () => {
    let token = 'old'
    const served = await serve((_path, _method, headers) =>
      headers.authorization === 'Bearer new' ? { status: 200, json: { id: 'a', count: 1 } } : { status: 401, json: {} },
    )
    let renewals = 0
    const { http } = client(served, {
      authenticate: async () => ({ authorization: `Bearer ${token}` }),
      renewCredentials: async () => {
        renewals += 1
        if (renewals > 1) return false
        token = 'new'
        return true
      },
    })
    expect(await http.request(get)).toMatchObject({ id: 'a' })
    token = 'revoked'
    const error = await failure(http.request(get))
    expect([error.kind, renewals]).toEqual(['auth', 2])
  })

  it('keeps the rate-limit budget and waits for the window when it is used up', async () => {
    let remaining = 2
    const served = await serve(() => ({
      status: 200,
      json: { id: 'a', count: 1 },
      headers: {
        'X-RateLimit-Limit-Tenant': '100',
        'X-RateLimit-Remaining-Tenant': String((remaining -= 1)),
        'X-RateLimit-Limit-Route': '50',
        'X-RateLimit-Remaining-Route': '49',
      },
    }))
    const { http, clock } = client(served, { rateLimitWindowMs: 10_000 })
    await http.request(get)
    expect(http.budget.snapshot().scopes).toMatchObject({
      tenant: { limit: 100, remaining: 1 },
      'route:GET /v1/item': { limit: 50, remaining: 49 },
    })
    await http.request(get)
    expect(clock.sleeps).toEqual([])
    await http.request(get)
    expect(clock.sleeps).toEqual([10_000])
  })

  it('reuses one keep-alive connection for polls', async () => {
    const served = await serve(() => ({ status: 200, json: { id: 'a', count: 1 } }))
    const { http } = client(served)
    // Polls are seconds apart; back-to-back requests may use a second pooled connection.
    for (let i = 0; i < 25; i += 1) {
      await http.request(get)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    expect(served.connectionsOpened).toBe(1)
  })

  it('refuses plain http to anything but this computer', () => {
    expect(() => client({ origin: 'http://api.example.com' })).toThrow(/only connects to api\.example\.com over https/)
    expect(() => client({ origin: 'ftp://x.example' })).toThrow(/must start with https/)
    expect(() => client({ origin: 'https://user:pw@x.example' })).toThrow(/user name or password/)
    expect(() => client({ origin: 'https://xapi.alohub.vn' })).not.toThrow()
  })

  it('accepts gzip-compressed answers', async () => {
    const server = createServer((request, response) => {
      const gzip = String(request.headers['accept-encoding']).includes('gzip')
      response.writeHead(200, { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
      const body = JSON.stringify({ id: 'zipped', count: 7 })
      response.end(gzip ? gzipSync(body) : body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    open.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) })
    const { http } = client({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
    expect(await http.request(get)).toEqual({ id: 'zipped', count: 7 })
  })
})
