import type { Notification, NotificationConstructorOptions } from 'electron'

import type { NotifierPort } from '../core/ports'

/** The part of Electron the notifier uses; injected so the adapter is tested with a fake. */
export interface NotifierElectron {
  isSupported(): boolean
  create(options: NotificationConstructorOptions): Notification
}

/**
 * Shows desktop notifications. A reference to each is kept until it closes: a notification
 * that is garbage-collected loses its click handler on some platforms.
 */
export function createNotifierAdapter(
  electron: NotifierElectron,
  onUnsupported: () => void,
): NotifierPort & { readonly open: number } {
  const open = new Set<Notification>()
  return {
    get open() {
      return open.size
    },
    show({ title, body, onClick, persistent }) {
      if (!electron.isSupported()) {
        onUnsupported()
        return
      }
      // 'never' keeps it on Windows and Linux until acted on; macOS follows the user's alert style.
      const notification = electron.create({
        title,
        body,
        silent: false,
        ...(persistent ? { timeoutType: 'never' } : {}),
      })
      open.add(notification)
      const forget = () => open.delete(notification)
      notification.on('click', () => {
        forget()
        onClick?.()
      })
      notification.on('close', forget)
      notification.on('failed', forget)
      notification.show()
    },
  }
}
