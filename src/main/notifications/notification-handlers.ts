import type { DesktopNotification } from '../../shared/domain/notifications'
import type { OperationHandlers } from '../ipc/dispatch'

import type { NotificationPauseService } from './notification-pause'

/** Handlers for pausing notifications and for the test notification. */
export function createNotificationHandlers(
  pause: NotificationPauseService,
  showTest: () => DesktopNotification,
): Pick<
  OperationHandlers,
  'notifications.getPause' | 'notifications.pause' | 'notifications.resume' | 'notifications.sendTest'
> {
  return {
    'notifications.getPause': async () => pause.current(),
    'notifications.pause': async ({ duration }) => pause.pause(duration),
    'notifications.resume': async () => pause.resume(),
    'notifications.sendTest': async () => showTest(),
  }
}
