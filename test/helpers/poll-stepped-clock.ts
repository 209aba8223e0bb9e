import { manualClock } from './manual-clock'

/** The poller gives every poll this deadline on the clock: while it is set, a poll is in flight. */
const POLL_DEADLINE_MS = 20_000

/**
 * A manual clock for pollers whose HTTP runs on real time: it knows which polls are in flight (by
 * their deadline timer), so a test moves it only while none is, and a poll takes no time on it.
 * The times a test sees are then the pollers' own. Poll starts are recorded with the clock's time.
 */
export function pollSteppedClock(start = Date.now()) {
  const base = manualClock(start)
  const inFlight = new Set<unknown>()
  const pollStarts: number[] = []
  const clock: typeof base = {
    ...base,
    setTimeout(callback, ms) {
      if (ms !== POLL_DEADLINE_MS) return base.setTimeout(callback, ms)
      pollStarts.push(base.now().getTime())
      const handle = base.setTimeout(() => {
        inFlight.delete(handle)
        callback()
      }, ms)
      inFlight.add(handle)
      return handle
    },
    clearTimeout(handle) {
      inFlight.delete(handle)
      base.clearTimeout(handle)
    },
  }
  /** Waits (real time) until no poll is in flight. */
  const settled = async () => {
    for (let i = 0; i < 600 && inFlight.size > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 5))
    if (inFlight.size > 0) throw new Error('a poll did not finish within 3 s')
  }
  /** Moves the clock in `step` ms steps, letting every poll that starts finish before the next step. */
  const run = async (
    ms: number,
    until: () => boolean = () => false,
    step = 100,
    afterStep: () => void = () => undefined,
  ) => {
    for (let moved = 0; moved < ms && !until(); moved += step) {
      clock.advance(Math.min(step, ms - moved))
      await settled()
      afterStep()
    }
  }
  return { clock, settled, run, pollStarts }
}
