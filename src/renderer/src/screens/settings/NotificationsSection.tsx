import type { NotificationPause, PauseDuration } from '../../../../shared/domain/notifications'
import { describePause } from '../../app/useNotificationPause'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'

const pauseChoices: ReadonlyArray<{ duration: PauseDuration; label: string }> = [
  { duration: '15m', label: 'Pause 15 minutes' },
  { duration: '1h', label: 'Pause 1 hour' },
  { duration: 'until-resumed', label: 'Pause until I resume' },
]

/** Pause, resume and test desktop notifications. */
export function NotificationsSection({ pause }: { pause: NotificationPause | undefined }) {
  const client = useClient()
  const pauseAction = useAction((duration: PauseDuration) => client.call('notifications.pause', { duration }))
  const resumeAction = useAction(() => client.call('notifications.resume'))
  const testAction = useAction(() => client.call('notifications.sendTest'))
  return (
    <section className="card" aria-labelledby="notifications-title">
      <h2 id="notifications-title">Notifications</h2>
      <p className="status-line" aria-live="polite">
        {describePause(pause)}
      </p>
      <div className="button-row">
        {pause?.paused ? (
          <button type="button" className="button primary" onClick={() => resumeAction.run()}>
            Resume notifications
          </button>
        ) : (
          pauseChoices.map(({ duration, label }) => (
            <button key={duration} type="button" className="button" onClick={() => pauseAction.run(duration)}>
              {label}
            </button>
          ))
        )}
        <button type="button" className="button" disabled={testAction.busy} onClick={() => testAction.run()}>
          Send a test notification
        </button>
      </div>
      {[pauseAction.error, resumeAction.error, testAction.error].map(
        (error, index) => error !== undefined && <ErrorNotice key={index} error={error} />,
      )}
    </section>
  )
}
