import { Bell, X } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { DesktopNotification } from '../../../shared/domain/notifications'
import { useClient, useEvent } from '../ipc/client-context'

const toastLifetimeMs = 8000

/** In the browser harness, desktop notifications are shown in the page instead. */
export function HarnessNotifications() {
  const client = useClient()
  const { t } = useTranslation('live')
  const [shown, setShown] = useState<ReadonlyArray<DesktopNotification>>([])
  useEvent('notifications.shown', (notification) => setShown((list) => [...list.slice(-3), notification]))
  // The app took it away (its call stopped ringing), as it closes the desktop notification.
  useEvent('notifications.closed', ({ id }) => setShown((list) => list.filter((item) => item.id !== id)))
  const oldest = shown[0]
  // Desktop notifications leave by themselves after a few seconds; so do these, oldest first.
  useEffect(() => {
    if (!oldest) return
    const timer = setTimeout(() => setShown((list) => list.filter((item) => item.id !== oldest.id)), toastLifetimeMs)
    return () => clearTimeout(timer)
  }, [oldest])
  if (shown.length === 0) return null
  return (
    <ol className="toasts" aria-label={t('notifications.label')}>
      {shown.map((notification) => (
        <li key={notification.id} className="toast" role="status">
          <Bell aria-hidden size={18} />
          {/* Clicking does what clicking the desktop notification does. */}
          <button
            type="button"
            className="toast-open"
            onClick={() => {
              setShown((list) => list.filter((item) => item.id !== notification.id))
              void client.call('notifications.activate', { id: notification.id })
            }}
          >
            <strong>{notification.title}</strong>
            <span>{notification.body}</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('notifications.dismiss', { title: notification.title })}
            onClick={() => setShown((list) => list.filter((item) => item.id !== notification.id))}
          >
            <X aria-hidden size={16} />
          </button>
        </li>
      ))}
    </ol>
  )
}
