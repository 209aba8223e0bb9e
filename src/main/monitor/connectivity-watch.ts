import type { Clock } from '../core/clock'

/** Watches whether the computer is online and reports each change once. */
export interface ConnectivityWatch {
  dispose(): void
}

/**
 * Asks `isOnline` every few seconds (Electron's `net.isOnline()` has no change event in the
 * main process) and calls `onChange` only when the answer flips.
 */
export function watchConnectivity(options: {
  readonly isOnline: () => boolean
  readonly onChange: (online: boolean) => void
  readonly clock: Clock
  readonly everyMs?: number
}): ConnectivityWatch {
  const everyMs = options.everyMs ?? 5_000
  let online = true
  let disposed = false
  let timer: unknown
  const check = () => {
    if (disposed) return
    const now = safeIsOnline(options.isOnline)
    if (now !== online) {
      online = now
      options.onChange(now)
    }
    timer = options.clock.setTimeout(check, everyMs)
  }
  check()
  return {
    dispose() {
      disposed = true
      if (timer !== undefined) options.clock.clearTimeout(timer)
    },
  }
}

/** A failing probe must not stop the monitor: treat it as online and let the polls tell. */
function safeIsOnline(isOnline: () => boolean): boolean {
  try {
    return isOnline()
  } catch {
    return true
  }
}
