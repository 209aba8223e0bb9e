import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

import type { Dispatcher } from 'undici'
import type { z } from 'zod'

import type { ProviderId } from '../../../shared/domain/providers'
import { followedBy, type Problem } from '../../../shared/i18n/problem'

import type { PoolRegistry } from './pool-registry'
import { kindForStatus, ProviderError, type ProviderErrorKind } from './provider-error'
import { isProxyAuthRequired, proxyRefusedError } from './proxy/proxy-refusal'
import { createRateLimitBudget, type RateLimitBudget, type RateLimitHold } from './rate-limit-budget'
import { redactProblem, redactSecrets } from './redaction'
import { currentRequestScope } from './request-scope'
import { validateResponse } from './response-validation'
import { backoffDelayMs, defaultRetryPolicy, parseRetryAfterMs, type RetryPolicy } from './retry-policy'
import { parseBaseUrl } from './secure-url'
import { transportError } from './transport-errors'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
type QueryValue = string | number | boolean | undefined | null

/** What a provider's error envelope said, when it said anything. */
export interface ErrorDetails {
  readonly code?: string
  /** The provider's own words (quoted to the user as the provider's). */
  readonly message?: string
  /** Our words about the answer, said after the failure (an HTML page, a failure without a reason). */
  readonly note?: Problem
  readonly requestId?: string
  /** Overrides the kind the HTTP status implies (e.g. a 400 that means a tenant mismatch). */
  readonly kind?: ProviderErrorKind
}

/** One request, as a client describes it. */
export interface RequestSpec<S extends z.ZodType> {
  readonly method: HttpMethod
  /** Path under the base URL, starting with '/'. */
  readonly path: string
  readonly query?: Readonly<Record<string, QueryValue | ReadonlyArray<string>>>
  readonly body?: unknown
  readonly schema: S
  /** Identifies the route for per-route rate limits, e.g. "PUT /v1/agents/{id}/queues". */
  readonly routeKey?: string
  readonly signal?: AbortSignal
  readonly headers?: Readonly<Record<string, string>>
  /** Sent without the account's credentials (e.g. the call that obtains a token). */
  readonly anonymous?: boolean
}

/** Time, injected so tests can be exact. */
export interface HttpClock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/** Everything one account's HTTP client needs. */
export interface ProviderHttpOptions {
  readonly provider: ProviderId
  /** The label of the account this client serves, so that a failure names it (not an address). */
  readonly account?: string | undefined
  readonly baseUrl: string
  readonly pools: PoolRegistry
  /** Headers that authenticate a request (read from the keychain-backed credentials). */
  readonly authenticate: () => Promise<Readonly<Record<string, string>>>
  /** Called once on a 401; resolving true means credentials were renewed and the request is sent again. */
  readonly renewCredentials?: () => Promise<boolean>
  /** Every secret this client may have used, so that none leaks into an error message. */
  readonly secrets: () => Iterable<string | undefined>
  /** Reads the provider's error envelope. */
  readonly readError: (status: number, body: unknown) => ErrorDetails | undefined
  /** Reads a 2xx body that may still report failure (AloHub's success "0"). */
  readonly readSuccessFailure?: (body: unknown) => ErrorDetails | undefined
  readonly headersTimeoutMs?: number
  readonly bodyTimeoutMs?: number
  readonly maxBodyBytes?: number
  readonly retry?: RetryPolicy
  /** The provider's rate-limit window, for budgets whose headers carry no reset time. */
  readonly rateLimitWindowMs?: number
  /** The budget to share (one per tenant and origin); absent: the client keeps its own. */
  readonly budgetFor?: (windowMs: number) => RateLimitBudget
  readonly clock?: HttpClock
  readonly random?: () => number
}

/** A provider's HTTP client: one per account. */
export interface ProviderHttp {
  readonly provider: ProviderId
  readonly budget: RateLimitBudget
  request<S extends z.ZodType>(spec: RequestSpec<S>): Promise<z.output<S>>
}

/** Prompts in a row for one request: a user who keeps typing a wrong password is not kept there forever. */
const MAX_PROXY_ASKS = 5
const RETRYABLE_STATUSES = new Set([500, 502, 503, 504])
const IDEMPOTENT = new Set<HttpMethod>(['GET'])

export const systemHttpClock: HttpClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = () => {
        clearTimeout(timer)
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
}

/**
 * Creates an account's client: timeouts, retries with backoff and jitter for reads, Retry-After
 * on 429, the rate-limit budget, response validation, and one error type with no secrets in it.
 */
export function createProviderHttp(options: ProviderHttpOptions): ProviderHttp {
  const { provider } = options
  const base = parseBaseUrl(provider, options.baseUrl)
  const basePath = base.pathname.replace(/\/+$/, '')
  const clientRetry = options.retry ?? defaultRetryPolicy
  const clock = options.clock ?? systemHttpClock
  const random = options.random ?? Math.random
  const windowMs = options.rateLimitWindowMs ?? 60_000
  const budget = options.budgetFor?.(windowMs) ?? createRateLimitBudget(windowMs)
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024 * 1024

  const clean = (error: ProviderError) =>
    new ProviderError({
      ...error.toData(),
      ...(options.account ? { account: options.account } : {}),
      problem: redactProblem(error.problem, options.secrets()),
      ...(error.providerMessage ? { providerMessage: redactSecrets(error.providerMessage, options.secrets()) } : {}),
    })

  async function send<S extends z.ZodType>(requested: RequestSpec<S>): Promise<z.output<S>> {
    const spec = withScopeSignal(requested)
    const routeKey = spec.routeKey ?? `${spec.method} ${spec.path}`
    const idempotent = IDEMPOTENT.has(spec.method)
    let renewed = false
    let proxyAsks = 0
    const retry = currentRequestScope().retry ?? clientRetry
    for (let attempt = 1; ; attempt += 1) {
      const hold = budget.holdBeforeSend(routeKey, clock.now(), retry.maxEstimatedWaitMs)
      if (hold.ms > retry.maxRetryAfterMs) {
        throw new ProviderError({
          provider,
          kind: 'rate_limited',
          retryAfterMs: hold.ms,
          retryAfterSource: hold.source,
          problem: {
            code: hold.source === 'provider' ? 'problems:rateLimit.usedUp' : 'problems:rateLimit.usedUpEstimate',
            params: { waitMs: hold.ms },
          },
        })
      }
      if (hold.ms > 0) await clock.sleep(hold.ms, spec.signal)

      let response: { status: number; headers: Record<string, string | undefined>; text: string }
      // The lane is read per request: the monitor and the screens share the client, not connections.
      const dispatcher = await options.pools.forOrigin(base.origin, currentRequestScope().lane)
      try {
        response = await exchange(spec, dispatcher)
      } catch (error) {
        if (spec.signal?.aborted) throw spec.signal.reason
        if (error instanceof ProviderError) throw error
        if (isProxyAuthRequired(error)) {
          // The proxy, not the provider, refused: nothing reached the provider, so even a write is resent.
          const refusal = await options.pools.proxyRefused(dispatcher)
          if (refusal.retry && (proxyAsks += 1) <= MAX_PROXY_ASKS) {
            attempt -= 1
            continue
          }
          throw proxyRefusedError(provider, refusal.retry ? '' : refusal.proxy)
        }
        const mapped = transportError({ provider, host: base.host, account: options.account }, error)
        if (idempotent && mapped.kind !== 'tls' && attempt < retry.maxAttempts) {
          await clock.sleep(backoffDelayMs(attempt, retry, random), spec.signal)
          continue
        }
        throw mapped
      }

      budget.observe(response.headers, routeKey, clock.now())
      const { status } = response
      if (status >= 200 && status < 300) {
        const body = decodeJson(response.text, status)
        const failure = options.readSuccessFailure?.(body)
        if (failure) throw statusError(status, failure, response.headers)
        return validateResponse(provider, spec.schema, body, status)
      }
      if (status === 401 && options.renewCredentials && !renewed && !spec.anonymous) {
        renewed = true
        if (await options.renewCredentials()) {
          attempt -= 1
          continue
        }
      }
      if (status === 429) {
        const retryAfterMs = parseRetryAfterMs(response.headers['retry-after'], clock.now())
        const waitMs = retryAfterMs ?? backoffDelayMs(attempt, retry, random)
        // The provider's Retry-After wins over what the budget estimated from the headers.
        if (retryAfterMs === undefined) budget.block(clock.now() + waitMs)
        else budget.retryAfter(clock.now() + waitMs, routeKey)
        // A 429 was not processed, so even a write may be sent again.
        if (attempt < retry.maxAttempts && waitMs <= retry.maxRetryAfterMs) continue
        throw statusError(status, readErrorSafely(status, response.text), response.headers, {
          ms: waitMs,
          source: retryAfterMs === undefined ? 'estimate' : 'provider',
        })
      }
      if (idempotent && RETRYABLE_STATUSES.has(status) && attempt < retry.maxAttempts) {
        await clock.sleep(backoffDelayMs(attempt, retry, random), spec.signal)
        continue
      }
      throw statusError(status, readErrorSafely(status, response.text), response.headers)
    }
  }

  async function exchange(spec: RequestSpec<z.ZodType>, dispatcher: Dispatcher) {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': 'AgentDesk',
      ...spec.headers,
      ...(spec.anonymous ? {} : await options.authenticate()),
    }
    let body: string | undefined
    if (spec.body !== undefined) {
      body = JSON.stringify(spec.body)
      headers['content-type'] = 'application/json'
    }
    // The origin is said on every request: a proxy's dispatcher serves any origin, a pool ignores it.
    const answer = await dispatcher.request({
      origin: base.origin,
      method: spec.method,
      path: `${basePath}${spec.path}${queryString(spec.query)}`,
      headers,
      ...(body === undefined ? {} : { body }),
      ...(spec.signal ? { signal: spec.signal } : {}),
      headersTimeout: options.headersTimeoutMs ?? 15_000,
      bodyTimeout: options.bodyTimeoutMs ?? 30_000,
    })
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of answer.body) {
      size += (chunk as Buffer).length
      if (size > maxBodyBytes) {
        answer.body.destroy()
        throw new ProviderError({
          provider,
          kind: 'bad_response',
          status: answer.statusCode,
          problem: { code: 'problems:answer.tooLarge', params: { megabytes: Math.round(maxBodyBytes / 1048576) } },
        })
      }
      chunks.push(chunk as Buffer)
    }
    const flat: Record<string, string | undefined> = {}
    for (const [key, value] of Object.entries(answer.headers)) {
      flat[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
    }
    const text = decompress(Buffer.concat(chunks), flat['content-encoding'], maxBodyBytes, answer.statusCode)
    return { status: answer.statusCode, headers: flat, text }
  }

  // undici's decompress interceptor is still experimental; node:zlib is not.
  function decompress(body: Buffer, encoding: string | undefined, limit: number, status: number): string {
    const coding = encoding?.trim().toLowerCase()
    if (!coding || coding === 'identity' || body.length === 0) return body.toString('utf8')
    const options = { maxOutputLength: limit }
    try {
      if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(body, options).toString('utf8')
      if (coding === 'deflate') return inflateSync(body, options).toString('utf8')
      if (coding === 'br') return brotliDecompressSync(body, options).toString('utf8')
    } catch {
      throw new ProviderError({
        provider,
        kind: 'bad_response',
        status,
        problem: { code: 'problems:answer.notDecompressed', params: { coding } },
      })
    }
    throw new ProviderError({
      provider,
      kind: 'bad_response',
      status,
      problem: { code: 'problems:answer.unknownEncoding', params: { coding } },
    })
  }

  function decodeJson(text: string, status: number): unknown {
    if (text.trim() === '') return undefined
    try {
      return JSON.parse(text)
    } catch {
      throw new ProviderError({
        provider,
        kind: 'bad_response',
        status,
        problem: { code: looksLikeHtml(text) ? 'problems:answer.notJsonHtml' : 'problems:answer.notJson' },
      })
    }
  }

  function readErrorSafely(status: number, text: string): ErrorDetails {
    let body: unknown
    try {
      body = text.trim() === '' ? undefined : JSON.parse(text)
    } catch {
      return looksLikeHtml(text) ? { note: { code: 'problems:http.htmlPage' } } : { message: text.trim().slice(0, 200) }
    }
    try {
      return options.readError(status, body) ?? {}
    } catch {
      return {}
    }
  }

  function statusError(
    status: number,
    details: ErrorDetails,
    headers: Record<string, string | undefined>,
    wait?: RateLimitHold,
  ): ProviderError {
    const kind = details.kind ?? kindForStatus(status)
    const requestId = details.requestId ?? headers['x-request-id']
    const http = `HTTP ${status}${details.code && details.code !== String(status) ? ` ${details.code}` : ''}`
    // The provider's words are quoted as they came, but for the full stop the sentence adds.
    const said = details.message?.replace(/\.$/, '')
    const after: Problem[] = [
      ...(details.note ? [details.note] : []),
      ...(wait ? [{ code: 'problems:http.tryAgainIn' as const, params: { waitMs: wait.ms } }] : []),
    ]
    return clean(
      new ProviderError({
        provider,
        kind,
        status,
        problem: followedBy({ code: `problems:http.${kind}`, params: { http, ...(said ? { said } : {}) } }, ...after),
        ...(details.code ? { code: details.code } : {}),
        ...(details.message ? { providerMessage: details.message } : {}),
        ...(requestId ? { requestId } : {}),
        ...(wait ? { retryAfterMs: wait.ms, retryAfterSource: wait.source } : {}),
      }),
    )
  }

  return {
    provider,
    budget,
    async request(spec) {
      try {
        return await send(spec)
      } catch (error) {
        throw error instanceof ProviderError ? clean(error) : error
      }
    },
  }
}

/** The request with the caller's cancel (a cancelled IPC read, request-scope.ts) joined to its own signal. */
function withScopeSignal<S extends z.ZodType>(spec: RequestSpec<S>): RequestSpec<S> {
  const cancel = currentRequestScope().signal
  // A sign-in (sent without credentials) may be shared by every caller waiting for a token: one
  // caller's cancel must not cut it off for the others.
  if (!cancel || spec.anonymous) return spec
  return { ...spec, signal: spec.signal ? AbortSignal.any([spec.signal, cancel]) : cancel }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype|html|head|body)/i.test(text)
}

function queryString(query: RequestSpec<z.ZodType>['query']): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item))
    else params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
