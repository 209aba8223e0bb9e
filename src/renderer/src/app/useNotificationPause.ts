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
  if (pause.outsideWorkingHours) {
    return pause.until === null ? t('status.outsideHours') : t('status.outsideHoursUntil', { time: when(pause.until) })
  }
  if (pause.until === null) return t('status.pausedIndefinitely')
  return t('status.pausedUntil', { time: when(pause.until) })
}

/** 14:30 today; "Mon 08:00" on another day. */
function when(iso: string): string {
  const at = new Date(iso)
  const time = at.toLocaleTimeString(currentLocale(), { hour: '2-digit', minute: '2-digit' })
  if (at.toDateString() === new Date().toDateString()) return time
  return `${at.toLocaleDateString(currentLocale(), { weekday: 'short' })} ${time}`
}
