import type { Notification, NotificationConstructorOptions } from 'electron'

import type { NotificationRequest, NotifierPort } from '../core/ports'

/** The part of Electron the notifier uses; injected so the adapter is tested with a fake. */
export interface NotifierElectron {
  readonly platform: NodeJS.Platform
  isSupported(): boolean
  create(options: NotificationConstructorOptions): Notification
  /** Windows files a toast under the app's user model id; one that is not set loses its clicks. */
  setAppUserModelId(id: string): void
}

/**
 * What each OS needs for an alert that stays until the app closes it. Windows: a toast that never
 * times out (it would otherwise slide into the Action Center after a few seconds). Linux: critical
 * urgency, which notification daemons keep on screen until closed. macOS has no option for it: the
 * user must set AgentDesk's alerts to the "Alerts" style (Settings says so).
 */
export function persistentOptions(platform: NodeJS.Platform): Partial<NotificationConstructorOptions> {
  if (platform === 'win32') return { timeoutType: 'never' }
  if (platform === 'linux') return { timeoutType: 'never', urgency: 'critical' }
  return {}
}

/**
 * Shows desktop notifications. A reference to each is kept until it closes: a notification
 * that is garbage-collected loses its click handler on some platforms.
 */
export function createNotifierAdapter(
  electron: NotifierElectron,
  onUnsupported: () => void,
  appUserModelId: string,
): Required<NotifierPort> & { readonly open: number } {
  const open = new Map<string, Notification>()
  /** Notifications the app itself closed: their 'close' is not the user's dismissal. */
  const closing = new WeakSet<Notification>()
  if (electron.platform === 'win32') electron.setAppUserModelId(appUserModelId)
  return {
    get open() {
      return open.size
    },
    show({ id, title, body, onClick, persistent, onDismiss }: NotificationRequest) {
      if (!electron.isSupported()) {
        onUnsupported()
        return
      }
      const notification = electron.create({
        title,
        body,
        silent: false,
        ...(persistent ? persistentOptions(electron.platform) : {}),
      })
      open.set(id, notification)
      const forget = () => {
        if (open.get(id) === notification) open.delete(id)
      }
      notification.on('click', () => {
        forget()
        onClick?.()
      })
      notification.on('close', () => {
        forget()
        if (!closing.has(notification)) onDismiss?.()
      })
      notification.on('failed', forget)
      notification.show()
    },
    close(id) {
      const notification = open.get(id)
      if (!notification) return
      open.delete(id)
      closing.add(notification)
      notification.close()
    },
  }
}
