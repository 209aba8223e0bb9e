import { BellOff, BellRing, Headset, Unplug } from 'lucide-react'
import { useTranslation } from 'react-i18next'

import type { NotificationPause } from '../../../shared/domain/notifications'
import type { ScreenId } from '../../../shared/domain/screens'
import type { HarnessConnection } from '../ipc/harness-bridge'

import { screens } from './screens'
import { describePause } from './useNotificationPause'

/** The navigation column, with the notification and connection status at its foot. */
export function Sidebar({
  current,
  onNavigate,
  pause,
  connection,
}: {
  current: ScreenId
  onNavigate: (screen: ScreenId) => void
  pause: NotificationPause | undefined
  connection: HarnessConnection
}) {
  const { t } = useTranslation()
  return (
    <aside className="sidebar">
      <div className="brand">
        <Headset aria-hidden size={22} />
        <span>{t('appName')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {screens.map(({ id, label, icon: Icon }) => (
            <li key={id}>
              <button
                type="button"
                className="nav-item"
                aria-current={current === id ? 'page' : undefined}
                onClick={() => onNavigate(id)}
              >
                <Icon aria-hidden size={18} />
                {t(`nav.${label}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-foot">
        {connection === 'closed' ? (
          <p className="status status-error" role="alert">
            <Unplug aria-hidden size={16} /> {t('status.disconnected')}
          </p>
        ) : (
          <p className="status" aria-live="polite">
            {pause?.paused ? <BellOff aria-hidden size={16} /> : <BellRing aria-hidden size={16} />}
            {describePause(pause, t)}
          </p>
        )}
      </div>
    </aside>
  )
}
