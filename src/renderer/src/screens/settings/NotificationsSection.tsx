import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'

import type { NotificationPause, PauseDuration } from '../../../../shared/domain/notifications'
import { timeOfDaySchema } from '../../../../shared/domain/working-hours'
import { describePause } from '../../app/useNotificationPause'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'

const pauseChoices: ReadonlyArray<{ duration: PauseDuration; label: 'pause15m' | 'pause1h' | 'pauseUntilResumed' }> = [
  { duration: '15m', label: 'pause15m' },
  { duration: '1h', label: 'pause1h' },
  { duration: 'until-resumed', label: 'pauseUntilResumed' },
]

const untilSchema = z.object({ time: timeOfDaySchema })
type UntilInput = z.infer<typeof untilSchema>

/** The next moment the clock shows this time: today, or tomorrow when it has passed. */
export function nextOccurrence(time: string, now: Date): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  const at = new Date(now)
  at.setHours(hours, minutes, 0, 0)
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1)
  return at.toISOString()
}

/** Pause, resume and test desktop notifications. */
export function NotificationsSection({ pause }: { pause: NotificationPause | undefined }) {
  const client = useClient()
  const { t } = useTranslation('settings')
  const { t: common } = useTranslation()
  const pauseAction = useAction((duration: PauseDuration) => client.call('notifications.pause', { duration }))
  const resumeAction = useAction(() => client.call('notifications.resume'))
  const testAction = useAction(() => client.call('notifications.sendTest'))
  const untilAction = useAction((until: string) => client.call('notifications.pauseUntil', { until }))
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<UntilInput>({ defaultValues: { time: '' }, resolver: zodResolver(untilSchema), mode: 'onSubmit' })
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
      {!pause?.paused && (
        <form
          className="inline-fields"
          aria-label={t('notifications.pauseUntilTime')}
          onSubmit={(event) =>
            void handleSubmit(({ time }) => untilAction.run(nextOccurrence(time, new Date())))(event)
          }
        >
          <Field
            id="pause-until"
            label={t('notifications.pauseUntilTime')}
            hint={t('notifications.pauseUntilTimeHint')}
            problem={errors.time?.message}
            inline
          >
            {(wires) => <input {...wires} {...register('time')} type="time" />}
          </Field>
          <button type="submit" className="button" disabled={untilAction.busy}>
            {t('notifications.pauseUntilButton')}
          </button>
        </form>
      )}
      {[pauseAction.error, resumeAction.error, testAction.error, untilAction.error].map(
        (error, index) => error !== undefined && <ErrorNotice key={index} error={error} />,
      )}
    </section>
  )
}
