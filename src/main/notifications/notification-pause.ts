import type { NotificationPause, PauseDuration } from '../../shared/domain/notifications'
import type { Clock } from '../core/clock'
import type { SettingsRepository } from '../settings/settings-repository'

const durationsMs: Readonly<Record<Exclude<PauseDuration, 'until-resumed'>, number>> = {
  '15m': 15 * 60_000,
  '1h': 60 * 60_000,
}

/** Pausing and resuming notifications; the pause survives restarts and ends by itself. */
export interface NotificationPauseService {
  current(): NotificationPause
  pause(duration: PauseDuration): NotificationPause
  resume(): NotificationPause
  dispose(): void
}

/**
 * Creates the service. onChange fires after every change, including the moment a timed
 * pause runs out, so the tray and the renderer never show a pause that has ended.
 */
export function createNotificationPause(
  settings: SettingsRepository,
  clock: Clock,
  onChange: (pause: NotificationPause) => void,
): NotificationPauseService {
  let expiryTimer: unknown

  const current = (): NotificationPause => {
    const { notificationsPausedIndefinitely, notificationsPausedUntil } = settings.read()
    if (notificationsPausedIndefinitely) return { paused: true, until: null }
    if (notificationsPausedUntil && Date.parse(notificationsPausedUntil) > clock.now().getTime()) {
      return { paused: true, until: notificationsPausedUntil }
    }
    return { paused: false }
  }

  const scheduleExpiry = () => {
    if (expiryTimer !== undefined) clock.clearTimeout(expiryTimer)
    expiryTimer = undefined
    const pause = current()
    if (!pause.paused || pause.until === null) return
    const remaining = Date.parse(pause.until) - clock.now().getTime()
    expiryTimer = clock.setTimeout(() => {
      expiryTimer = undefined
      settings.update({ notificationsPausedUntil: null })
      onChange(current())
    }, remaining)
  }

  const change = (patch: Parameters<SettingsRepository['update']>[0]) => {
    settings.update(patch)
    scheduleExpiry()
    const pause = current()
    onChange(pause)
    return pause
  }

  scheduleExpiry()
  return {
    current,
    pause(duration) {
      if (duration === 'until-resumed') {
        return change({ notificationsPausedIndefinitely: true, notificationsPausedUntil: null })
      }
      const until = new Date(clock.now().getTime() + durationsMs[duration]).toISOString()
      return change({ notificationsPausedIndefinitely: false, notificationsPausedUntil: until })
    },
    resume: () => change({ notificationsPausedIndefinitely: false, notificationsPausedUntil: null }),
    dispose() {
      if (expiryTimer !== undefined) clock.clearTimeout(expiryTimer)
      expiryTimer = undefined
    },
  }
}
