import type { NotificationPause } from '../../../shared/domain/notifications'
import { useServiceValue } from '../ipc/useServiceValue'

/** The current notification pause, kept in step with the tray and other windows. */
export function useNotificationPause(): NotificationPause | undefined {
  return useServiceValue('notifications.getPause', 'notifications.pauseChanged')[0]
}

/** "Notifications on", "Paused until 10:42", "Paused until you resume". */
export function describePause(pause: NotificationPause | undefined): string {
  if (!pause) return 'Checking notifications…'
  if (!pause.paused) return 'Notifications on'
  if (pause.until === null) return 'Paused until you resume'
  return `Paused until ${new Date(pause.until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
}
