import type { Clock } from '../../src/main/core/clock'

/** A clock that moves only when told to, firing due timers in order. */
export function manualClock(start = Date.parse('2026-11-24T09:00:00Z')): Clock & {
  advance(ms: number): void
  pendingTimers(): number
} {
  let now = start
  let nextHandle = 1
  const timers = new Map<number, { at: number; callback: () => void }>()
  return {
    now: () => new Date(now),
    setTimeout(callback, ms) {
      const handle = nextHandle++
      timers.set(handle, { at: now + Math.max(0, ms), callback })
      return handle
    },
    clearTimeout(handle) {
      timers.delete(handle as number)
    },
    advance(ms) {
      const target = now + ms
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= target).sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        now = due[1].at
        due[1].callback()
      }
      now = target
    },
    pendingTimers: () => timers.size,
  }
}
