import { useEffect, useState } from 'react'

import type { Alert, LiveState } from '../../../../shared/domain/live'
import { useClient, useEvent } from '../../ipc/client-context'

/** The live board's state, pushed by the monitor. */
export function useLive(): LiveState | undefined {
  const client = useClient()
  const [live, setLive] = useState<LiveState>()
  useEffect(() => {
    let alive = true
    void client.call('live.getState').then((value) => alive && setLive(value))
    return () => {
      alive = false
    }
  }, [client])
  useEvent('live.changed', setLive)
  return live
}

/** The alert history, newest first. */
export function useAlerts(): { alerts: ReadonlyArray<Alert>; clear: () => void } {
  const client = useClient()
  const [alerts, setAlerts] = useState<ReadonlyArray<Alert>>([])
  useEffect(() => {
    let alive = true
    void client.call('alerts.list').then((value) => alive && setAlerts(value))
    return () => {
      alive = false
    }
  }, [client])
  useEvent('alerts.changed', setAlerts)
  return { alerts, clear: () => void client.call('alerts.clear') }
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
