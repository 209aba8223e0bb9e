/** How many times, and how patiently, a failed request is tried again. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  /** A provider asking for a longer wait than this is not waited for: the caller decides. */
  readonly maxRetryAfterMs: number
  /**
   * How long after the answer it was drawn from the rate-limit budget's own guess of a window's
   * end (no reset header, no Retry-After) may hold a request back; absent: as long as the guess
   * says. The provider's word holds as long as it says, whatever this is.
   */
  readonly maxEstimatedWaitMs?: number
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
}

/**
 * Exponential backoff with equal jitter (between half and all of the step): many desktops of one
 * tenant failing together must not come back together, and none retries at once.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/** Reads Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}
