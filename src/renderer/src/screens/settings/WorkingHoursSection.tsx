import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import { weekdays, workingHoursSchema, type WorkingHours } from '../../../../shared/domain/working-hours'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'

/**
 * Working hours per weekday: outside them alerts are paused (calls still land in the history).
 * The times are the computer's own, as main reads them.
 */
export function WorkingHoursSection({
  workingHours,
  onSave,
}: {
  workingHours: WorkingHours
  onSave: (workingHours: WorkingHours) => Promise<void>
}) {
  const { t } = useTranslation('settings')
  const [saved, setSaved] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<WorkingHours>({
    defaultValues: workingHours,
    resolver: zodResolver(workingHoursSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const save = async (value: WorkingHours) => {
    setSaved(false)
    setFailure(undefined)
    try {
      await onSave(value)
      setSaved(true)
    } catch (error) {
      setFailure(error)
    }
  }
  return (
    <section className="card" aria-labelledby="working-hours-title">
      <h2 id="working-hours-title">{t('hours.title')}</h2>
      <p className="muted">{t('hours.intro')}</p>
      <p className="muted" id="working-hours-overnight">
        {t('hours.overnightHint')}
      </p>
      <form aria-labelledby="working-hours-title" onSubmit={(event) => void handleSubmit(save)(event)}>
        <label className="check">
          <input type="checkbox" {...register('enabled')} /> {t('hours.enabled')}
        </label>
        <fieldset className="working-days" aria-describedby="working-hours-overnight">
          <legend className="visually-hidden">{t('hours.title')}</legend>
          {weekdays.map((day) => {
            const problems = errors.days?.[day]
            return (
              <div key={day} className="working-day">
                <label className="check">
                  <input type="checkbox" {...register(`days.${day}.on`)} /> {t(`hours.day.${day}`)}
                </label>
                <Field id={`hours-${day}-start`} label={t('hours.start')} problem={problems?.start?.message} inline>
                  {(wires) => <input {...wires} {...register(`days.${day}.start`)} type="time" />}
                </Field>
                <Field id={`hours-${day}-end`} label={t('hours.end')} problem={problems?.end?.message} inline>
                  {(wires) => <input {...wires} {...register(`days.${day}.end`)} type="time" />}
                </Field>
              </div>
            )
          })}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button primary" disabled={isSubmitting}>
            {t('hours.save')}
          </button>
          {saved && (
            <span className="status-line" role="status">
              {t('hours.saved')}
            </span>
          )}
        </div>
      </form>
      {failure !== undefined && <ErrorNotice error={failure} />}
    </section>
  )
}
