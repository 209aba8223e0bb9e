import { describe, expect, it } from 'vitest'

import { createRateLimitBudget } from '../../../../src/main/providers/http/rate-limit-budget'
import { redactSecrets, redactUrl } from '../../../../src/main/providers/http/redaction'
import { backoffDelayMs, defaultRetryPolicy, parseRetryAfterMs } from '../../../../src/main/providers/http/retry-policy'
import { transportError } from '../../../../src/main/providers/http/transport-errors'

describe('rate-limit budget', () => {
  const now = 1_000_000

  it('reads the IETF RateLimit header and plain RateLimit-* headers', () => {
    const budget = createRateLimitBudget(60_000)
    budget.observe({ ratelimit: 'limit=100, remaining=0, reset=7' }, 'GET /a', now)
    expect(budget.snapshot().scopes.default).toEqual({ limit: 100, remaining: 0, resetAt: now + 7000, observedAt: now })
    expect(budget.delayBeforeSendMs('GET /a', now + 2000)).toBe(5000)
    budget.observe({ 'ratelimit-limit': '10', 'ratelimit-remaining': '9', 'ratelimit-reset': '1' }, 'GET /a', now)
    expect(budget.delayBeforeSendMs('GET /a', now)).toBe(0)
  })

  it('keeps route scopes apart: one exhausted route does not stall another', () => {
    const budget = createRateLimitBudget(10_000)
    budget.observe({ 'x-ratelimit-limit-route': '5', 'x-ratelimit-remaining-route': '0' }, 'PUT /q', now)
    expect(budget.delayBeforeSendMs('PUT /q', now)).toBe(10_000)
    expect(budget.delayBeforeSendMs('GET /agents', now)).toBe(0)
  })

  it('sees a window restart when more is left than before, and never trusts an older reset estimate', () => {
    const budget = createRateLimitBudget(10_000)
    const route = (remaining: number, at: number) =>
      budget.observe(
        { 'x-ratelimit-limit-route': '50', 'x-ratelimit-remaining-route': String(remaining) },
        'PUT /q',
        at,
      )
    // First seen late in a window: the estimate (now + 10 s) is later than the real end.
    route(40, now)
    // The real window ended; the next answer has more left, so the estimate moves to this window.
    route(49, now + 2000)
    route(0, now + 3000)
    expect(budget.delayBeforeSendMs('PUT /q', now + 3000)).toBe(9000)
  })

  it('starts every inferred window afresh when told one rolled', () => {
    const budget = createRateLimitBudget(10_000)
    budget.observe({ 'x-ratelimit-limit-route': '50', 'x-ratelimit-remaining-route': '0' }, 'PUT /q', now)
    budget.observe({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' }, 'PUT /q', now)
    expect(budget.delayBeforeSendMs('PUT /q', now + 1000)).toBe(29_000)
    budget.windowRolled(now + 4000)
    // The route's inferred window starts again; the reset the provider announced still holds.
    expect(budget.snapshot().scopes['route:PUT /q']).toMatchObject({ limit: 50, resetAt: now + 14_000 })
    expect(budget.delayBeforeSendMs('PUT /q', now + 4000)).toBe(26_000)
  })

  it('reads a reset given as an epoch in seconds', () => {
    const budget = createRateLimitBudget(10_000)
    const wallClock = 1_800_000_000_000
    budget.observe(
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String((wallClock + 4000) / 1000) },
      'r',
      wallClock,
    )
    expect(budget.delayBeforeSendMs('r', wallClock)).toBe(4000)
  })

  it('honours a block after a 429 and ignores unrelated headers', () => {
    const budget = createRateLimitBudget(10_000)
    budget.observe({ 'content-type': 'application/json', 'x-ratelimit-remaining-tenant': 'lots' }, 'r', now)
    expect(budget.snapshot().scopes).toEqual({})
    budget.block(now + 3000)
    expect(budget.delayBeforeSendMs('r', now + 1000)).toBe(2000)
  })

  it("lets a 429's Retry-After decide the wait, not its own estimate of the window", () => {
    const budget = createRateLimitBudget(10_000)
    // Nothing left, no reset header: the budget's own estimate is a whole window (10 s).
    budget.observe({ 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0' }, 'GET /calls', now)
    expect(budget.delayBeforeSendMs('GET /calls', now)).toBe(10_000)
    budget.retryAfter(now + 7000, 'GET /calls')
    expect(budget.delayBeforeSendMs('GET /calls', now)).toBe(7000)
    expect(budget.delayBeforeSendMs('GET /calls', now + 7000)).toBe(0)

    // Nor shorter: a reset header said 2 s, the provider then asked for 5 s.
    const told = createRateLimitBudget(10_000)
    told.observe({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' }, 'GET /calls', now)
    told.retryAfter(now + 5000, 'GET /calls')
    expect(told.delayBeforeSendMs('GET /calls', now + 2000)).toBe(3000)
  })

  it('says whose word a wait is, and holds a request back on its own guess only as long as it is told', () => {
    const budget = createRateLimitBudget(60_000)
    budget.observe({ 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0' }, 'GET /calls', now)
    expect(budget.holdBeforeSend('GET /calls', now + 2000)).toEqual({ ms: 58_000, source: 'estimate' })
    // Capped 10 s after the answer the guess was drawn from; the pacer's full wait is unchanged.
    expect(budget.holdBeforeSend('GET /calls', now + 2000, 10_000)).toEqual({ ms: 8000, source: 'estimate' })
    expect(budget.holdBeforeSend('GET /calls', now + 10_000, 10_000).ms).toBe(0)
    expect(budget.delayBeforeSendMs('GET /calls', now + 10_000)).toBe(50_000)

    // A reset header is the provider's word: no cap.
    const told = createRateLimitBudget(60_000)
    told.observe({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' }, 'GET /calls', now)
    expect(told.holdBeforeSend('GET /calls', now, 10_000)).toEqual({ ms: 30_000, source: 'provider' })

    // A 429 without Retry-After blocks for the backoff we chose; a Retry-After then replaces it.
    const blocked = createRateLimitBudget(10_000)
    blocked.block(now + 8000)
    expect(blocked.holdBeforeSend('r', now)).toEqual({ ms: 8000, source: 'estimate' })
    blocked.retryAfter(now + 3000, 'r')
    expect(blocked.holdBeforeSend('r', now)).toEqual({ ms: 3000, source: 'provider' })
  })

  it("keeps another route's exhausted window when a 429 speaks of one route", () => {
    const budget = createRateLimitBudget(10_000)
    budget.observe({ 'x-ratelimit-remaining-route': '0' }, 'PUT /q', now)
    budget.observe({ 'x-ratelimit-remaining-route': '0' }, 'GET /calls', now)
    budget.retryAfter(now + 4000, 'GET /calls')
    expect(budget.delayBeforeSendMs('GET /calls', now + 4000)).toBe(0)
    expect(budget.delayBeforeSendMs('PUT /q', now + 4000)).toBe(6000)
  })
})

describe('retry policy', () => {
  it('grows exponentially with jitter inside [ceiling/2, ceiling]', () => {
    expect(backoffDelayMs(1, defaultRetryPolicy, () => 0)).toBe(125)
    expect(backoffDelayMs(3, defaultRetryPolicy, () => 1)).toBe(1000)
    expect(backoffDelayMs(20, defaultRetryPolicy, () => 1)).toBe(8000)
  })

  it('reads Retry-After in seconds or as a date', () => {
    expect(parseRetryAfterMs('2', 0)).toBe(2000)
    expect(parseRetryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:00 GMT'))).toBe(60_000)
    expect(parseRetryAfterMs('soon', 0)).toBeUndefined()
    expect(parseRetryAfterMs(undefined, 0)).toBeUndefined()
  })
})

describe('redaction', () => {
  it('removes secrets wherever they appear', () => {
    expect(redactSecrets('key sk_live_abc123 and again sk_live_abc123', ['sk_live_abc123', undefined, 'ab'])).toBe(
      'key [redacted] and again [redacted]',
    )
  })

  it('strips credentials from URLs', () => {
    expect(redactUrl('https://u:p@api.voipbin.net/v1.0/agents?token=abc&page_size=10')).toBe(
      'https://api.voipbin.net/v1.0/agents?token=%5Bredacted%5D&page_size=10',
    )
  })
})

describe('transport errors', () => {
  const target = { provider: 'tel4vn', host: 'h:443', account: 'Support desk' } as const
  it('tells timeouts, TLS problems and network failures apart, naming the provider and the account', () => {
    expect(transportError(target, { code: 'UND_ERR_CONNECT_TIMEOUT' }).message).toBe(
      'Timed out connecting to Tel4vn (Support desk).',
    )
    expect(transportError(target, { code: 'UND_ERR_HEADERS_TIMEOUT' }).message).toBe(
      'Timed out waiting for Tel4vn (Support desk) to answer.',
    )
    expect(transportError(target, { cause: { code: 'CERT_HAS_EXPIRED' } })).toMatchObject({ kind: 'tls' })
    expect(transportError(target, new Error('??'))).toMatchObject({
      kind: 'network',
      account: 'Support desk',
      message: 'Tel4vn (Support desk) could not be reached.',
    })
  })

  it('names the address only when the address is the problem (DNS), and the provider alone without an account', () => {
    expect(transportError({ provider: 'tel4vn', host: 'h:443' }, { code: 'ENOTFOUND' }).message).toBe(
      'Tel4vn could not be found at h:443 (DNS).',
    )
    expect(transportError({ provider: 'alohub', host: 'h:443' }, { code: 'ECONNRESET' }).message).toBe(
      'AloHub closed the connection unexpectedly.',
    )
  })
})
