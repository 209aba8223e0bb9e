import type { HttpClock } from '../../src/main/providers/http/provider-http'

/** An HttpClock whose sleeps return at once but move virtual time, and are recorded. */
export function virtualHttpClock(start = 1_800_000_000_000): HttpClock & { sleeps: number[] } {
  let now = start
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason
      sleeps.push(ms)
      now += ms
    },
  }
}
