import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useFieldArray, useForm, type Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'

import {
  ringingLevelSchema,
  secondsLevelSchema,
  warnAboveAlertProblem,
  warnWithinAlert,
  type QueueThresholds,
  type ThresholdLevels,
} from '../../../../shared/domain/queue-thresholds'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'

import './thresholds.css'

/** A group the board shows now, that may get its own levels. */
export interface ThresholdGroup {
  readonly key: string
  readonly label: string
}

/** One row of the form as typed: the default (key "") or one group's own levels. */
interface RowValues {
  key: string
  label: string
  ringingWarn: string
  ringingAlert: string
  longestWarn: string
  longestAlert: string
}
interface FormValues {
  rows: RowValues[]
  backToNormal: boolean
}

const levelFields = ['ringingWarn', 'ringingAlert', 'longestWarn', 'longestAlert'] as const
type LevelField = (typeof levelFields)[number]

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.trim()))
const text = (value: number | null) => (value === null ? '' : String(value))
const levelText = (schema: typeof ringingLevelSchema) => z.string().transform(numberOrNull).pipe(schema)

/** Each level checked by the shared schema (a problem under its own input), then warn against alert. */
const formSchema = z.object({
  rows: z.array(
    z
      .object({
        key: z.string(),
        label: z.string(),
        ringingWarn: levelText(ringingLevelSchema),
        ringingAlert: levelText(ringingLevelSchema),
        longestWarn: levelText(secondsLevelSchema),
        longestAlert: levelText(secondsLevelSchema),
      })
      .superRefine((row, context) => {
        if (!warnWithinAlert(row.ringingWarn, row.ringingAlert))
          context.addIssue({ code: 'custom', path: ['ringingWarn'], message: warnAboveAlertProblem })
        if (!warnWithinAlert(row.longestWarn, row.longestAlert))
          context.addIssue({ code: 'custom', path: ['longestWarn'], message: warnAboveAlertProblem })
      }),
  ),
  backToNormal: z.boolean(),
})
type Checked = z.output<typeof formSchema>

// raw: the form keeps what was typed (a bad value is shown with its problem, never replaced).
const resolver = zodResolver(formSchema, undefined, { raw: true }) as Resolver<FormValues>

const rowOf = (key: string, label: string, levels: ThresholdLevels): RowValues => ({
  key,
  label,
  ringingWarn: text(levels.ringing.warn),
  ringingAlert: text(levels.ringing.alert),
  longestWarn: text(levels.longestRingingSeconds.warn),
  longestAlert: text(levels.longestRingingSeconds.alert),
})

const levelsOf = (row: Checked['rows'][number]): ThresholdLevels => ({
  ringing: { warn: row.ringingWarn, alert: row.ringingAlert },
  longestRingingSeconds: { warn: row.longestWarn, alert: row.longestAlert },
})

/**
 * When the Live board's queues and teams turn amber and red and alert: levels for every group,
 * and rows of a group's own. A level left empty is not used; warn must not pass alert.
 */
export function ThresholdsSection({
  thresholds,
  groups,
  onSave,
}: {
  thresholds: QueueThresholds
  /** The groups the board shows now (a row may be added for each). */
  groups: ReadonlyArray<ThresholdGroup>
  onSave: (thresholds: QueueThresholds) => Promise<void>
}) {
  const { t } = useTranslation('settings')
  const [saved, setSaved] = useState(false)
  const [failure, setFailure] = useState<unknown>()
  const [chosen, setChosen] = useState('')
  const {
    register,
    control,
    handleSubmit,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    defaultValues: {
      rows: [
        rowOf('', '', thresholds.default),
        ...thresholds.overrides.map((entry) => rowOf(entry.key, entry.label, entry)),
      ],
      backToNormal: thresholds.backToNormal,
    },
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const { fields, append, remove } = useFieldArray({ control, name: 'rows' })
  const withRows = new Set(fields.map((row) => row.key))
  const addable = groups.filter((group) => !withRows.has(group.key))

  const save = async (values: FormValues) => {
    setSaved(false)
    setFailure(undefined)
    // The resolver passed them: the same schema gives the numbers.
    const checked = formSchema.parse(values)
    const [first, ...own] = checked.rows
    if (!first) return
    try {
      await onSave({
        default: levelsOf(first),
        overrides: own.map((row) => ({ key: row.key, label: row.label, ...levelsOf(row) })),
        backToNormal: checked.backToNormal,
      })
      setSaved(true)
    } catch (error) {
      setFailure(error)
    }
  }

  const add = () => {
    const group = addable.find((candidate) => candidate.key === chosen)
    const [defaults] = getValues('rows')
    if (!group || !defaults) return
    // A new row starts from the default as it stands in the form.
    append({ ...defaults, key: group.key, label: group.label })
    setChosen('')
  }

  const figure = (field: LevelField) => t(field.startsWith('ringing') ? 'thresholds.ringing' : 'thresholds.longest')
  const levelWord = (field: LevelField) => t(field.endsWith('Warn') ? 'thresholds.warn' : 'thresholds.alert')

  return (
    <section className="card" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">{t('thresholds.title')}</h2>
      <p className="muted">{t('thresholds.intro')}</p>
      <form aria-labelledby="thresholds-title" onSubmit={(event) => void handleSubmit(save)(event)}>
        <table className="threshold-table">
          <thead>
            <tr>
              <th scope="col">{t('thresholds.group')}</th>
              <th scope="col" colSpan={2}>
                {t('thresholds.ringing')}
              </th>
              <th scope="col" colSpan={2}>
                {t('thresholds.longest')}
              </th>
              <td />
            </tr>
            <tr className="threshold-levels">
              <td />
              {levelFields.map((field) => (
                <th key={field} scope="col">
                  {levelWord(field)}
                </th>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {fields.map((row, index) => {
              const group = index === 0 ? t('thresholds.allGroups') : row.label
              return (
                <tr key={row.id}>
                  <th scope="row">{group}</th>
                  {levelFields.map((field) => (
                    <td key={field}>
                      <Field
                        id={`threshold-${index}-${field}`}
                        label={t('thresholds.levelsOf', { figure: figure(field), level: levelWord(field), group })}
                        labelClassName="visually-hidden"
                        problem={errors.rows?.[index]?.[field]?.message}
                        inline
                      >
                        {(wires) => <input {...wires} {...register(`rows.${index}.${field}`)} inputMode="numeric" />}
                      </Field>
                    </td>
                  ))}
                  <td>
                    {index > 0 && (
                      <button type="button" className="button small" onClick={() => remove(index)}>
                        <span aria-hidden>✕</span>
                        <span className="visually-hidden">{t('thresholds.remove', { group })}</span>
                      </button>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        {errors.rows?.root?.message !== undefined && <p className="field-error">{errors.rows.root.message}</p>}
        <div className="threshold-add">
          {addable.length === 0 ? (
            <p className="muted">{t('thresholds.noGroups')}</p>
          ) : (
            <>
              <label htmlFor="threshold-add">{t('thresholds.addFor')}</label>
              <select id="threshold-add" value={chosen} onChange={(event) => setChosen(event.target.value)}>
                <option value="">{t('thresholds.choose')}</option>
                {addable.map((group) => (
                  <option key={group.key} value={group.key}>
                    {group.label}
                  </option>
                ))}
              </select>
              <button type="button" className="button" disabled={chosen === ''} onClick={add}>
                {t('thresholds.add')}
              </button>
            </>
          )}
        </div>
        <label className="check">
          <input type="checkbox" {...register('backToNormal')} /> {t('thresholds.backToNormal')}
        </label>
        <div className="button-row">
          <button type="submit" className="button primary" disabled={isSubmitting}>
            {t('thresholds.save')}
          </button>
          {saved && (
            <span className="status-line" role="status">
              {t('thresholds.saved')}
            </span>
          )}
        </div>
      </form>
      {failure !== undefined && <ErrorNotice error={failure} />}
    </section>
  )
}
