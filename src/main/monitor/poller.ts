import type { Problem } from '../../shared/i18n/problem'
import type { Clock } from '../core/clock'
import { problemOf } from '../ipc/problem-of'
import { ProviderError } from '../providers/http/provider-error'
import { withRequestScope } from '../providers/http/request-scope'
import type { RetryPolicy } from '../providers/http/retry-policy'

import { RING_WATCH_MAX_BACKOFF_MS } from './monitor-status'

/**
 * The HTTP layer's retries for a poll. The poller backs off between polls; within one poll, one
 * quick retry is enough. A provider's Retry-After is never waited out inside a poll: the poller
 * schedules the next one after it. The rate-limit budget's own guess of a window's end holds a
 * poll back no longer than a call monitor may go without asking: a poll sent too early costs one
 * refused request, a ring unseen costs a call.
 */
export const pollRetryPolicy: RetryPolicy = {
  maxAttempts: 2,
  baseDelayMs: 200,
  maxDelayMs: 400,
  maxRetryAfterMs: 0,
  maxEstimatedWaitMs: RING_WATCH_MAX_BACKOFF_MS,
}

/** What a poller reports about itself, for the UI and the tray. */
export interface PollerStatus {
  readonly running: boolean
  readonly paused: boolean
  readonly lastSuccessAt: number | null
  /** Why the last poll failed, as a problem the Live screen words. */
  readonly lastError: Problem | null
  readonly consecutiveFailures: number
  /** When the current run of failures began (ms since epoch); null after a good poll. */
  readonly failingSince: number | null
  /** The interval it polls at now, after the minimum. */
  readonly intervalMs: number
}

/** How one poller fetches and how patient it is. */
export interface PollerOptions<T> {
  readonly fetch: (signal: AbortSignal) => Promise<T>
  readonly onResult: (value: T) => void
  readonly onStatus?: (status: PollerStatus) => void
  /** A function when the interval changes with circumstances (push up: poll less). */
  readonly intervalMs: number | (() => number)
  /** Never poll more often than this, whatever the account says. */
  readonly minIntervalMs?: number
  /**
   * The longest wait after failures, jitter included, unless the interval is longer still. Only
   * the provider's own Retry-After may ask for longer; AgentDesk's estimate of a rate-limit
   * window may lengthen a wait up to this, no further.
   */
  readonly maxBackoffMs?: number
  /** A poll that has not finished by then is abandoned and counts as a failure. */
  readonly timeoutMs?: number
  /**
   * Fraction of the interval taken off at random, so desktops of one tenant do not poll in
   * step. Only ever earlier: a ring is never noticed later than one interval after it began.
   */
  readonly jitter?: number
  readonly clock: Clock
  readonly random?: () => number
}

/** One account's poll of one endpoint. */
export interface Poller {
  start(): void
  stop(): void
  /** Stops polling without forgetting state (system asleep, network down). */
  pause(): void
  /** Resumes and polls at once. */
  resume(): void
  /** Polls now (or right after the poll in flight). */
  refreshNow(): void
  status(): PollerStatus
}

/**
 * A chained-timeout poller: never two requests in flight, jitter on every wait, exponential
 * backoff on errors, the provider's Retry-After on 429, and a stop check after every await.
 * Errors are recorded and reported, never thrown into the void.
 */
export function createPoller<T>(options: PollerOptions<T>): Poller {
  const random = options.random ?? Math.random
  const interval = () =>
    Math.max(
      options.minIntervalMs ?? 1000,
      typeof options.intervalMs === 'function' ? options.intervalMs() : options.intervalMs,
    )
  const maxBackoff = options.maxBackoffMs ?? 60_000
  const jitter = options.jitter ?? 0.1
  const timeoutMs = options.timeoutMs ?? 20_000
  let running = false
  let paused = false
  let inFlight: AbortController | undefined
  let timer: unknown
  let refreshQueued = false
  let lastSuccessAt: number | null = null
  let lastError: Problem | null = null
  let failures = 0
  let failingSince: number | null = null
  // After an await, read through calls: stop() or pause() may have run meanwhile, which narrowing cannot see.
  const stopped = () => !running
  const idle = () => !running || paused

  const status = (): PollerStatus => ({
    running,
    paused,
    lastSuccessAt,
    lastError,
    consecutiveFailures: failures,
    failingSince,
    intervalMs: interval(),
  })
  const report = () => options.onStatus?.(status())
  const early = (ms: number) => Math.round(ms * (1 - jitter * random()))
  // Failing never polls more often than working does (VoIPbin with push up polls every 15 s).
  const ceiling = () => Math.max(maxBackoff, interval())
  /**
   * Backoff spreads both ways, so desktops that failed together do not return together; at the
   * ceiling the spread lies wholly below it, so the ceiling is never passed.
   */
  const backoff = () => {
    const base = Math.min(ceiling(), interval() * 2 ** failures)
    const top = Math.min(ceiling(), base * (1 + jitter))
    return Math.round(top - 2 * jitter * base * (1 - random()))
  }
  /** The wait after a failed poll: the provider's Retry-After wins; an estimate only up to the ceiling. */
  const waitAfter = (error: unknown) => {
    if (!(error instanceof ProviderError) || error.retryAfterMs === undefined) return backoff()
    if (error.retryAfterSource === 'provider') return error.retryAfterMs
    return Math.max(backoff(), Math.min(error.retryAfterMs, ceiling()))
  }

  const schedule = (delay: number) => {
    if (timer !== undefined) options.clock.clearTimeout(timer)
    timer = options.clock.setTimeout(() => {
      timer = undefined
      void tick()
    }, delay)
  }

  const tick = async () => {
    if (idle() || inFlight) return
    const controller = new AbortController()
    inFlight = controller
    const startedAt = options.clock.now().getTime()
    let next = early(interval())
    // A server that accepts and never answers must not hold the poller: give up on our clock.
    const timeout = { hit: false }
    const deadline = options.clock.setTimeout(() => {
      timeout.hit = true
      controller.abort()
    }, timeoutMs)
    try {
      // The account's client is shared with the screens: a poll asks for the poll's patience and
      // travels on the monitor's own connections, so a screen's hung request never holds it up.
      const value = await withRequestScope({ retry: pollRetryPolicy, lane: 'monitor' }, () =>
        options.fetch(controller.signal),
      )
      if (stopped() || controller.signal.aborted) return
      failures = 0
      failingSince = null
      lastError = null
      lastSuccessAt = options.clock.now().getTime()
      options.onResult(value)
    } catch (error) {
      if (stopped() || (controller.signal.aborted && !timeout.hit)) return
      failures += 1
      failingSince ??= startedAt
      lastError = timeout.hit
        ? { code: 'problems:monitor.noAnswerWithin', params: { seconds: Math.round(timeoutMs / 1000) } }
        : problemOf(error)
      next = waitAfter(error)
    } finally {
      options.clock.clearTimeout(deadline)
      if (inFlight === controller) inFlight = undefined
    }
    report()
    if (idle()) return
    if (refreshQueued) {
      refreshQueued = false
      next = 0
    }
    schedule(next)
  }

  /** Drops the poll in flight and the one scheduled. */
  const halt = () => {
    inFlight?.abort()
    inFlight = undefined
    if (timer !== undefined) options.clock.clearTimeout(timer)
    timer = undefined
    report()
  }

  return {
    start() {
      if (running) return
      running = true
      paused = false
      schedule(0)
      report()
    },
    stop() {
      running = false
      halt()
    },
    pause() {
      if (!running || paused) return
      paused = true
      halt()
    },
    resume() {
      if (!running || !paused) return
      paused = false
      schedule(0)
      report()
    },
    refreshNow() {
      if (!running || paused) return
      if (inFlight) refreshQueued = true
      else schedule(0)
    },
    status,
  }
}
