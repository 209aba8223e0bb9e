import { useCallback, useEffect, useState } from 'react'

import type { Alert, LiveState } from '../../../../shared/domain/live'
import { useClient } from '../../ipc/client-context'
import { useServiceValue } from '../../ipc/useServiceValue'

/** The live board's state, pushed by the monitor. */
export function useLive(): LiveState | undefined {
  return useServiceValue('live.getState', 'live.changed')[0]
}

/** The alert history, newest first. */
export function useAlerts(): { alerts: ReadonlyArray<Alert>; clear: () => void; markSeen: () => void } {
  const client = useClient()
  const [alerts] = useServiceValue('alerts.list', 'alerts.changed')
  const markSeen = useCallback(() => void client.call('alerts.markSeen'), [client])
  return { alerts: alerts ?? [], clear: () => void client.call('alerts.clear'), markSeen }
}

/** The current time, ticking once a second, for durations. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}
