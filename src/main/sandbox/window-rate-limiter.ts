/** Fixed-window counters, as AloHub's gateway keeps them per tenant and per route. */
export interface WindowRateLimiter {
  /** Counts a request; answers whether it is allowed and what is left. */
  take(key: string, limit: number, now: number): { allowed: boolean; remaining: number; resetInMs: number }
}

/** Creates counters over windows of windowMs. */
export function createWindowRateLimiter(windowMs: number): WindowRateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    take(key, limit, now) {
      let window = windows.get(key)
      if (!window || now - window.start >= windowMs) {
        window = { start: now - (now % windowMs), count: 0 }
        windows.set(key, window)
      }
      const resetInMs = window.start + windowMs - now
      if (window.count >= limit) return { allowed: false, remaining: 0, resetInMs }
      window.count += 1
      return { allowed: true, remaining: limit - window.count, resetInMs }
    },
  }
}
