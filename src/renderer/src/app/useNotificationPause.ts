import { useEffect, useState } from 'react'

import type { NotificationPause } from '../../../shared/domain/notifications'
import { useClient, useEvent } from '../ipc/client-context'

/** The current notification pause, kept in step with the tray and other windows. */
export function useNotificationPause(): NotificationPause | undefined {
  const client = useClient()
  const [pause, setPause] = useState<NotificationPause>()
  useEffect(() => {
    let alive = true
    void client.call('notifications.getPause').then((value) => alive && setPause(value))
    return () => {
      alive = false
    }
  }, [client])
  useEvent('notifications.pauseChanged', setPause)
  return pause
}

/** "Notifications on", "Paused until 10:42", "Paused until you resume". */
export function describePause(pause: NotificationPause | undefined): string {
  if (!pause) return 'Checking notifications…'
  if (!pause.paused) return 'Notifications on'
  if (pause.until === null) return 'Paused until you resume'
  return `Paused until ${new Date(pause.until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
}
