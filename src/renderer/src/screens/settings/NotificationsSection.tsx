import { useTranslation } from 'react-i18next'

import type { NotificationPause, PauseDuration } from '../../../../shared/domain/notifications'
import { describePause } from '../../app/useNotificationPause'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'

const pauseChoices: ReadonlyArray<{ duration: PauseDuration; label: 'pause15m' | 'pause1h' | 'pauseUntilResumed' }> = [
  { duration: '15m', label: 'pause15m' },
  { duration: '1h', label: 'pause1h' },
  { duration: 'until-resumed', label: 'pauseUntilResumed' },
]

/** Pause, resume and test desktop notifications. */
export function NotificationsSection({ pause }: { pause: NotificationPause | undefined }) {
  const client = useClient()
  const { t } = useTranslation('settings')
  const { t: common } = useTranslation()
  const pauseAction = useAction((duration: PauseDuration) => client.call('notifications.pause', { duration }))
  const resumeAction = useAction(() => client.call('notifications.resume'))
  const testAction = useAction(() => client.call('notifications.sendTest'))
  return (
    <section className="card" aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t('notifications.title')}</h2>
      <p className="status-line" aria-live="polite">
        {describePause(pause, common)}
      </p>
      <div className="button-row">
        {pause?.paused ? (
          <button type="button" className="button primary" onClick={() => resumeAction.run()}>
            {t('notifications.resume')}
          </button>
        ) : (
          pauseChoices.map(({ duration, label }) => (
            <button key={duration} type="button" className="button" onClick={() => pauseAction.run(duration)}>
              {t(`notifications.${label}`)}
            </button>
          ))
        )}
        <button type="button" className="button" disabled={testAction.busy} onClick={() => testAction.run()}>
          {t('notifications.sendTest')}
        </button>
      </div>
      {[pauseAction.error, resumeAction.error, testAction.error].map(
        (error, index) => error !== undefined && <ErrorNotice key={index} error={error} />,
      )}
    </section>
  )
}
