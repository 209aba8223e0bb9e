import type { RetryAfterSource } from './provider-error'

/** What one rate-limit scope (tenant, route, minute, ...) last told us. */
export interface RateLimitScope {
  readonly limit?: number
  readonly remaining?: number
  /** When the window restarts (ms since epoch), when the provider said or we can infer it. */
  readonly resetAt?: number
  /** The provider did not say when the window restarts; resetAt is our safe upper bound. */
  readonly resetInferred?: boolean
  readonly observedAt: number
}

/** A read-only view of an account's budget, for callers that pace bulk work. */
export interface RateLimitSnapshot {
  /** Scopes keyed by name; route scopes are keyed `route:<routeKey>`. */
  readonly scopes: Readonly<Record<string, RateLimitScope>>
  /** Set after a 429: nothing should be sent before this time. */
  readonly blockedUntil?: number
}

/** How long the budget holds a request back, and whose word that is (the longest wait's). */
export interface RateLimitHold {
  readonly ms: number
  readonly source: RetryAfterSource
}

/** The per-account budget announced by rate-limit headers. */
export interface RateLimitBudget {
  /** Records what a response's headers said. routeKey identifies the route (e.g. "GET /v1/agents"). */
  observe(headers: Readonly<Record<string, string | undefined>>, routeKey: string, now: number): void
  /** Records a 429 without Retry-After and how long we chose to wait. */
  block(untilMs: number): void
  /**
   * Records a 429's Retry-After. The provider's own word replaces our estimate of when the
   * exhausted windows of this route restart, whether that estimate was later or sooner.
   */
  retryAfter(untilMs: number, routeKey: string): void
  /**
   * Someone saw a window restart (a scope's remaining grew): windows without a reset header are
   * assumed to share the provider's clock, so every such scope starts afresh.
   */
  windowRolled(now: number): void
  /** How long to wait before sending on this route so as not to be refused; 0 = go. */
  delayBeforeSendMs(routeKey: string, now: number): number
  /**
   * The same wait, saying whose word it is. An inferred window end holds a request back at most
   * maxEstimatedWaitMs after the answer it was inferred from (a call monitor must ask again soon).
   */
  holdBeforeSend(routeKey: string, now: number, maxEstimatedWaitMs?: number): RateLimitHold
  snapshot(): RateLimitSnapshot
}

const HEADER = /^(?:x-)?ratelimit-(limit|remaining|reset)(?:-(.+))?$/

/**
 * Creates a budget. windowMs is the provider's documented window, used to infer the reset
 * time when headers do not carry one (AloHub: 10 s windows, no reset header).
 */
export function createRateLimitBudget(windowMs: number): RateLimitBudget {
  const scopes = new Map<string, RateLimitScope>()
  /** Set by a 429's Retry-After: the provider's word. */
  let toldUntil: number | undefined
  /** Set by a 429 without one: a wait we chose. */
  let guessedUntil: number | undefined

  /** Route scopes concern their own route only; every other scope concerns them all. */
  const appliesTo = (key: string, routeKey: string) => !key.startsWith('route:') || key === `route:${routeKey}`

  const scopeKey = (suffix: string | undefined, routeKey: string) => {
    const name = (suffix ?? 'default').toLowerCase()
    return name === 'route' ? `route:${routeKey}` : name
  }

  const hold = (routeKey: string, now: number, maxEstimatedWaitMs = Number.POSITIVE_INFINITY): RateLimitHold => {
    let told = toldUntil ?? now
    let guessed = guessedUntil ?? now
    for (const [key, scope] of scopes) {
      if (!appliesTo(key, routeKey)) continue
      if (scope.remaining === undefined || scope.remaining > 0 || scope.resetAt === undefined) continue
      if (!scope.resetInferred) told = Math.max(told, scope.resetAt)
      else guessed = Math.max(guessed, Math.min(scope.resetAt, scope.observedAt + maxEstimatedWaitMs))
    }
    const ms = Math.max(0, told - now, guessed - now)
    return { ms, source: ms > 0 && told - now >= ms ? 'provider' : 'estimate' }
  }

  return {
    observe(headers, routeKey, now) {
      const seen = new Map<string, { limit?: number; remaining?: number; resetAt?: number }>()
      const field = (key: string) => {
        let entry = seen.get(key)
        if (!entry) seen.set(key, (entry = {}))
        return entry
      }
      for (const [rawName, rawValue] of Object.entries(headers)) {
        if (rawValue === undefined) continue
        const name = rawName.toLowerCase()
        if (name === 'ratelimit') {
          // The IETF structured form: "limit=100, remaining=40, reset=7".
          const parts = Object.fromEntries(
            rawValue.split(/[,;]/).map((part) => part.trim().split('=') as [string, string]),
          )
          const entry = field('default')
          if (parts.limit !== undefined) entry.limit = Number(parts.limit)
          if (parts.remaining !== undefined) entry.remaining = Number(parts.remaining)
          if (parts.reset !== undefined) entry.resetAt = now + Number(parts.reset) * 1000
          continue
        }
        const match = HEADER.exec(name)
        if (!match) continue
        const value = Number(rawValue.split(',')[0])
        if (!Number.isFinite(value)) continue
        const entry = field(scopeKey(match[2], routeKey))
        if (match[1] === 'limit') entry.limit = value
        else if (match[1] === 'remaining') entry.remaining = value
        // Reset is either seconds to wait or an epoch in seconds; a value beyond a year is an epoch.
        else entry.resetAt = value > 31_536_000 ? value * 1000 : now + value * 1000
      }
      for (const [key, entry] of seen) {
        if (entry.resetAt !== undefined) {
          scopes.set(key, { ...entry, observedAt: now })
          continue
        }
        const previous = scopes.get(key)
        // More left than last time: a new window began since then, so it ends within windowMs of now.
        const rolled =
          previous?.remaining !== undefined && entry.remaining !== undefined && entry.remaining > previous.remaining
        const sameWindow = !rolled && previous?.resetAt !== undefined && previous.resetAt > now
        const resetAt = sameWindow ? previous.resetAt : now + windowMs
        scopes.set(key, { ...entry, resetAt, resetInferred: true, observedAt: now })
      }
    },
    windowRolled(now) {
      for (const [key, scope] of scopes) {
        if (!scope.resetInferred) continue
        scopes.set(key, {
          ...(scope.limit !== undefined ? { limit: scope.limit } : {}),
          resetAt: now + windowMs,
          resetInferred: true,
          observedAt: now,
        })
      }
    },
    block(untilMs) {
      guessedUntil = Math.max(guessedUntil ?? 0, untilMs)
    },
    retryAfter(untilMs, routeKey) {
      // Another request's 429 may still block longer (requests run side by side): keep the later.
      toldUntil = Math.max(toldUntil ?? 0, untilMs)
      // The provider's word replaces the wait we chose ourselves.
      guessedUntil = undefined
      for (const [key, scope] of scopes) {
        if (!appliesTo(key, routeKey) || scope.remaining === undefined || scope.remaining > 0) continue
        scopes.set(key, { ...scope, resetAt: untilMs })
      }
    },
    delayBeforeSendMs: (routeKey, now) => hold(routeKey, now).ms,
    holdBeforeSend: hold,
    snapshot() {
      const blockedUntil = Math.max(toldUntil ?? 0, guessedUntil ?? 0)
      return {
        scopes: Object.fromEntries(scopes),
        ...(blockedUntil > 0 ? { blockedUntil } : {}),
      }
    },
  }
}
