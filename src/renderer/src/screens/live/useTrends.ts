import { useCallback, useEffect, useState } from 'react'

import type { QueueTrends } from '../../../../shared/domain/queue-trends'
import { useClient } from '../../ipc/client-context'

const MINUTE_MS = 60_000

/**
 * The queue trends, read when the panel shows and again just after each minute turns. Asked for
 * rather than pushed: a push each minute would send every group's hour (200 groups: about 100 KB)
 * to a window that spends most of the day hidden in the tray; asking costs nothing while the
 * Live screen is closed and one small call a minute while it is open.
 */
export function useTrends(): { trends: QueueTrends | undefined; keep: (keep: boolean) => void; failed: unknown } {
  const client = useClient()
  const [trends, setTrends] = useState<QueueTrends>()
  const [failed, setFailed] = useState<unknown>()
  useEffect(() => {
    let alive = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const read = () => {
      client.call('live.getTrends').then(
        (answer) => {
          if (!alive) return
          setTrends(answer)
          setFailed(undefined)
          // Main's minute, not this window's: the next read lands just after main starts a new one.
          const next = Date.parse(answer.until) + MINUTE_MS + 1000 - Date.now()
          timer = setTimeout(read, Math.min(MINUTE_MS, Math.max(5000, next)))
        },
        (error: unknown) => {
          if (!alive) return
          setFailed(error)
          timer = setTimeout(read, MINUTE_MS)
        },
      )
    }
    read()
    return () => {
      alive = false
      clearTimeout(timer)
    }
  }, [client])
  const keep = useCallback(
    (value: boolean) =>
      void client.call('live.keepTrends', { keep: value }).then(setTrends, (error: unknown) => setFailed(error)),
    [client],
  )
  return { trends, keep, failed }
}
