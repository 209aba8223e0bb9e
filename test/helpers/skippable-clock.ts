import type { Clock } from '../../src/main/core/clock'

/**
 * Real time and real timers, with a test's leap forward: `skip(ms)` moves the clock on at once
 * and fires every timer that is then due, so an app that runs against real servers can be shown
 * a minute passing without the test waiting for it.
 */
export function skippableClock(): Clock & { skip(ms: number): void } {
  let offset = 0
  let nextHandle = 1
  const timers = new Map<number, { at: number; callback: () => void; real: ReturnType<typeof setTimeout> }>()
  const now = () => Date.now() + offset
  return {
    now: () => new Date(now()),
    setTimeout(callback, ms) {
      const handle = nextHandle++
      const real = setTimeout(() => {
        timers.delete(handle)
        callback()
      }, ms)
      timers.set(handle, { at: now() + Math.max(0, ms), callback, real })
      return handle
    },
    clearTimeout(handle) {
      const timer = timers.get(handle as number)
      if (!timer) return
      clearTimeout(timer.real)
      timers.delete(handle as number)
    },
    skip(ms) {
      offset += ms
      const due = [...timers.entries()].filter(([, timer]) => timer.at <= now()).sort((a, b) => a[1].at - b[1].at)
      for (const [handle, timer] of due) {
        // An earlier callback may have cleared it.
        if (!timers.has(handle)) continue
        clearTimeout(timer.real)
        timers.delete(handle)
        timer.callback()
      }
    },
  }
}
