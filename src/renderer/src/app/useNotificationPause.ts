import type { TFunction } from 'i18next'

import type { NotificationPause } from '../../../shared/domain/notifications'
import { currentLocale } from '../i18n/i18n'
import { useServiceValue } from '../ipc/useServiceValue'

/** The current notification pause, kept in step with the tray and other windows. */
export function useNotificationPause(): NotificationPause | undefined {
  return useServiceValue('notifications.getPause', 'notifications.pauseChanged')[0]
}

/** "Notifications on", "Paused until 10:42", "Paused until you resume". */
export function describePause(pause: NotificationPause | undefined, t: TFunction): string {
  if (!pause) return t('status.checking')
  if (!pause.paused) return t('status.on')
  if (pause.until === null) return t('status.pausedIndefinitely')
  const time = new Date(pause.until).toLocaleTimeString(currentLocale(), { hour: '2-digit', minute: '2-digit' })
  return t('status.pausedUntil', { time })
}
