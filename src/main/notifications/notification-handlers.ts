import type { DesktopNotification } from '../../shared/domain/notifications'
import type { Clock } from '../core/clock'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'

import type { NotificationPauseService } from './notification-pause'

/** The furthest a chosen time may lie ahead: a longer silence is "until I resume". */
export const LONGEST_CHOSEN_PAUSE_MS = 7 * 24 * 3_600_000

/** Handlers for pausing notifications and for the test notification. */
export function createNotificationHandlers(
  pause: NotificationPauseService,
  showTest: () => DesktopNotification,
  clock: Clock,
): Pick<
  OperationHandlers,
  | 'notifications.getPause'
  | 'notifications.pause'
  | 'notifications.pauseUntil'
  | 'notifications.resume'
  | 'notifications.sendTest'
> {
  return {
    'notifications.getPause': async () => pause.current(),
    'notifications.pause': async ({ duration }) => pause.pause(duration),
    'notifications.pauseUntil': async ({ until }) => {
      const ahead = Date.parse(until) - clock.now().getTime()
      if (ahead <= 0) throw new OperationError('invalid_request', { code: 'problems:pause.untilPast' })
      if (ahead > LONGEST_CHOSEN_PAUSE_MS)
        throw new OperationError('invalid_request', { code: 'problems:pause.untilTooFar' })
      return pause.pauseUntil(new Date(Date.parse(until)).toISOString())
    },
    'notifications.resume': async () => pause.resume(),
    'notifications.sendTest': async () => showTest(),
  }
}
