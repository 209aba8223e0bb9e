import { zodResolver } from '@hookform/resolvers/zod'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'

import type { BulkAction, BulkJob, BulkResult } from '../../../../shared/domain/alohub-views'
import { problemMessage } from '../../../../shared/i18n/problem'
import { ConfirmQuestion } from '../../components/ConfirmQuestion'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
import { fieldWiring } from '../../components/field-wiring'
import { problemText } from '../../data/problem-text'
import { currentLocale } from '../../i18n/i18n'
import { useClient } from '../../ipc/client-context'

import { queueLabel } from './format-agent'

const actionKinds = ['addQueue', 'removeQueue', 'recordingOn', 'recordingOff'] as const

/** A queue id above 0 as typed; the problems are catalog codes. */
const bulkQueueId = z
  .string()
  .trim()
  .min(1, problemMessage('agents:bulk.enterQueue'))
  .regex(/^\d*$/, problemMessage('agents:bulk.wholeNumber'))
  .transform(Number)
  .refine((id) => id > 0, problemMessage('agents:bulk.wholeNumber'))

/** The form as the action it asks for: a queue for the queue actions, none for recording. */
const bulkFormSchema = z
  .object({ kind: z.enum(actionKinds), queue: z.string() })
  .transform((form, context): BulkAction => {
    if (form.kind === 'recordingOn' || form.kind === 'recordingOff') {
      return { kind: 'recording', enabled: form.kind === 'recordingOn' }
    }
    const queue = bulkQueueId.safeParse(form.queue)
    if (queue.success) return { kind: form.kind, queueId: queue.data }
    for (const issue of queue.error.issues.slice(0, 1)) {
      context.addIssue({ code: 'custom', path: ['queue'], message: issue.message })
    }
    return z.NEVER
  })
type BulkInput = z.input<typeof bulkFormSchema>

/** What a job does, in words. */
export function describeAction(action: BulkAction, t: TFunction<'agents'>): string {
  if (action.kind === 'recording') return t(action.enabled ? 'bulk.describeOn' : 'bulk.describeOff')
  return t(action.kind === 'addQueue' ? 'bulk.describeAdd' : 'bulk.describeRemove', { queue: action.queueId })
}

/**
 * One change for many agents: chosen here, confirmed when it removes anything, then run by the
 * main process at the pace AloHub's rate limit allows, with progress, cancel and resume.
 */
export function BulkPanel({
  accountId,
  selected,
  queues,
  job,
  onStarted,
  onClearSelection,
}: {
  accountId: string
  selected: ReadonlyArray<string>
  queues: ReadonlyArray<{ id: number; name: string | null }>
  job: BulkJob | undefined
  onStarted: (job: BulkJob) => void
  onClearSelection: () => void
}) {
  const client = useClient()
  const { t } = useTranslation('agents')
  const {
    register,
    control: form,
    handleSubmit,
    formState: { errors },
  } = useForm<BulkInput, unknown, BulkAction>({
    defaultValues: { kind: 'addQueue', queue: '' },
    resolver: zodResolver(bulkFormSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const kind = useWatch({ control: form, name: 'kind' })
  const { problemOf } = fieldWiring<BulkInput>('bulk', errors)
  const [confirming, setConfirming] = useState<BulkAction>()
  const [error, setError] = useState<unknown>()
  const running = job?.state === 'running'

  const start = async (action: BulkAction) => {
    setConfirming(undefined)
    setError(undefined)
    try {
      onStarted(await client.call('alohub.startBulk', { accountId, agentIds: [...selected], action }))
    } catch (caught) {
      setError(caught)
    }
  }

  const control = async (operation: 'alohub.cancelBulk' | 'alohub.resumeBulk') => {
    if (!job) return
    setError(undefined)
    try {
      onStarted(await client.call(operation, { jobId: job.id }))
    } catch (caught) {
      setError(caught)
    }
  }

  return (
    <section className="card bulk-panel" aria-labelledby="bulk-title">
      <div className="section-head">
        <h2 id="bulk-title">{t('bulk.title', { count: selected.length })}</h2>
        <button type="button" className="button small" onClick={onClearSelection} disabled={selected.length === 0}>
          {t('bulk.clear')}
        </button>
      </div>
      {selected.length > 0 && (
        <form
          className="inline-fields"
          aria-label={t('bulk.form')}
          onSubmit={(event) =>
            void handleSubmit((action) => {
              // Removing and switching off take something away from many people: ask first.
              if (action.kind === 'removeQueue' || (action.kind === 'recording' && !action.enabled))
                setConfirming(action)
              else void start(action)
            })(event)
          }
        >
          <label htmlFor="bulk-action">{t('bulk.change')}</label>
          <select id="bulk-action" {...register('kind')}>
            {actionKinds.map((option) => (
              <option key={option} value={option}>
                {t(`bulk.${option}`)}
              </option>
            ))}
          </select>
          {(kind === 'addQueue' || kind === 'removeQueue') && (
            <>
              <Field id="bulk-queue" label={t('bulk.queue')} problem={problemOf('queue')} inline>
                {(wires) => <input {...wires} {...register('queue')} list="bulk-known-queues" inputMode="numeric" />}
              </Field>
              <datalist id="bulk-known-queues">
                {queues.map((known) => (
                  <option key={known.id} value={known.id}>
                    {queueLabel(known)}
                  </option>
                ))}
              </datalist>
            </>
          )}
          <button type="submit" className="button primary" disabled={running}>
            {t('bulk.start')}
          </button>
        </form>
      )}
      {confirming && (
        <ConfirmQuestion
          question={t('bulk.confirm', {
            action: describeAction(confirming, t),
            count: selected.length.toLocaleString(currentLocale()),
          })}
          why={confirming.kind === 'removeQueue' ? t('bulk.confirmRemove') : t('bulk.confirmOff')}
          yes={t('bulk.yes', { action: describeAction(confirming, t).toLocaleLowerCase(currentLocale()) })}
          no={t('bulk.cancel')}
          onYes={() => void start(confirming)}
          onNo={() => setConfirming(undefined)}
        />
      )}
      {job && (
        <BulkProgress
          job={job}
          onCancel={() => void control('alohub.cancelBulk')}
          onResume={() => void control('alohub.resumeBulk')}
        />
      )}
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  )
}

function BulkProgress({ job, onCancel, onResume }: { job: BulkJob; onCancel: () => void; onResume: () => void }) {
  const { t } = useTranslation('agents')
  const [showRest, setShowRest] = useState(false)
  const number = (value: number) => value.toLocaleString(currentLocale())
  const counts = { done: 0, unchanged: 0, skipped: 0, failed: 0 }
  for (const result of job.results) counts[result.outcome] += 1
  const total = job.agentIds.length
  const problems = job.results.filter((result) => result.outcome === 'failed' || result.outcome === 'skipped')
  const rest = job.results.filter((result) => result.outcome === 'done' || result.outcome === 'unchanged')
  const waiting = job.waitingUntil
    ? t('bulk.waiting', { time: new Date(job.waitingUntil).toLocaleTimeString(currentLocale()) })
    : undefined
  const left = number(total - job.results.length)
  const stateWords = {
    running: waiting ?? t('bulk.working'),
    cancelled: t('bulk.cancelled', { left }),
    stopped: t('bulk.stopped', { left }),
    finished: t('bulk.finished'),
  }[job.state]
  return (
    <div className="bulk-progress" role="region" aria-label={t('bulk.progress')}>
      <p>
        <strong>{describeAction(job.action, t)}</strong>:{' '}
        {t('bulk.handled', { done: number(job.results.length), total: number(total) })}
      </p>
      <progress max={total} value={job.results.length} aria-label={t('bulk.handledLabel')} />
      <p role="status">{stateWords}</p>
      <p className="muted">{t('bulk.counts', counts)}</p>
      {job.problem && <ErrorNotice problem={job.problem} />}
      <div className="button-row">
        {job.state === 'running' && (
          <button type="button" className="button" onClick={onCancel}>
            {t('bulk.cancel')}
          </button>
        )}
        {(job.state === 'cancelled' || job.state === 'stopped') && (
          <button type="button" className="button primary" onClick={onResume}>
            {t('bulk.resume')}
          </button>
        )}
      </div>
      {problems.length > 0 && <ResultList title={t('bulk.needLook')} results={problems} />}
      {rest.length > 0 && (
        // Rendered only when opened: a finished job over 10,000 agents has as many rows.
        <details onToggle={(event) => setShowRest(event.currentTarget.open)}>
          <summary>{t('bulk.otherResultsCount', { count: number(rest.length) })}</summary>
          {showRest && <ResultList title={t('bulk.otherResults')} results={rest} />}
        </details>
      )}
    </div>
  )
}

function ResultList({ title, results }: { title: string; results: ReadonlyArray<BulkResult> }) {
  const { t } = useTranslation('agents')
  return (
    <table className="data-table bulk-results" aria-label={title}>
      <thead>
        <tr>
          <th scope="col">{t('table.agent')}</th>
          <th scope="col">{t('bulk.result')}</th>
          <th scope="col">{t('bulk.why')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr key={result.agentId}>
            <th scope="row" className="mono">
              {result.agentId}
            </th>
            <td>{t(`bulk.outcome.${result.outcome}`)}</td>
            <td>
              {result.reason ? t(`bulk.reason.${result.reason}`) : result.problem ? problemText(result.problem, t) : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
