import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

import type { Alert } from '../../../../shared/domain/live'
import type { LiveSnapshot } from '../../../../shared/domain/live-update'
import { useClient } from '../../ipc/client-context'
import { useServiceValue } from '../../ipc/useServiceValue'

import { followLiveBoard } from './live-board'

/**
 * The live board, read whole once and then kept in step by main's updates (live-board.ts). Calls
 * an update does not touch stay the same objects, so their rows do not render again.
 */
export function useLive(): LiveSnapshot | undefined {
  const client = useClient()
  const [board, setBoard] = useState<LiveSnapshot>()
  useEffect(() => {
    // Rendered in the task the update arrived in: left to React's scheduler, the render waited
    // behind whatever the page queued meanwhile (the next message, a frame), a few ms per update.
    const show = (next: LiveSnapshot) => flushSync(() => setBoard(next))
    const follower = followLiveBoard(() => client.call('live.getState'), show)
    // Listening before reading: an update sent while the read is on its way is not lost.
    const unsubscribe = client.on('live.changed', follower.receive)
    follower.start()
    return () => {
      unsubscribe()
      follower.stop()
    }
  }, [client])
  return board
}

const noAlerts: ReadonlyArray<Alert> = []

/** The alert history, newest first. */
export function useAlerts(): { alerts: ReadonlyArray<Alert>; clear: () => void; markSeen: () => void } {
  const client = useClient()
  const [alerts] = useServiceValue('alerts.list', 'alerts.changed')
  const markSeen = useCallback(() => void client.call('alerts.markSeen'), [client])
  // Stable while nothing changes, so the memoised history does not render on each board update.
  const clear = useCallback(() => void client.call('alerts.clear'), [client])
  return { alerts: alerts ?? noAlerts, clear, markSeen }
}

/**
 * The current time, ticking once a second, for durations. One timer for every caller: each
 * visible row's duration reads it, and a timer per row would wake the page once per row.
 */
export function useNow(): number {
  return useSyncExternalStore(subscribeToSeconds, currentSecond)
}

const secondListeners = new Set<() => void>()
let second = Date.now()
let secondTimer: ReturnType<typeof setInterval> | undefined

function subscribeToSeconds(listener: () => void): () => void {
  secondListeners.add(listener)
  if (!secondTimer) {
    second = Date.now()
    secondTimer = setInterval(() => {
      second = Date.now()
      for (const notify of secondListeners) notify()
    }, 1000)
  }
  return () => {
    secondListeners.delete(listener)
    if (secondListeners.size === 0 && secondTimer) {
      clearInterval(secondTimer)
      secondTimer = undefined
    }
  }
}

/** The last tick; without a timer running, the time as it is (kept for a second, as React reads it twice). */
function currentSecond(): number {
  if (!secondTimer && Date.now() - second >= 1000) second = Date.now()
  return second
}
