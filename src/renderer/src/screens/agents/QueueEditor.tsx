import { zodResolver } from '@hookform/resolvers/zod'
import { X } from 'lucide-react'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'

import type { AlohubAgentView } from '../../../../shared/domain/alohub-views'
import { ConfirmQuestion } from '../../components/ConfirmQuestion'
import { ConflictView } from '../../components/ConflictView'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
import { fieldWiring } from '../../components/field-wiring'
import { PanelHead } from '../../components/PanelHead'
import { useListEditor } from '../../components/useListEditor'
import { useClient } from '../../ipc/client-context'

import { CalloutQueueForm } from './CalloutQueueForm'
import { queueLabel, queueNames } from './format-agent'
import { priorityText, readQueueId } from './queue-id-text'

const sorted = (ids: ReadonlyArray<number>) => [...new Set(ids)].sort((a, b) => a - b)
const diff = (from: ReadonlyArray<number>, to: ReadonlyArray<number>) => ({
  added: sorted(to).filter((id) => !from.includes(id)),
  removed: sorted(from).filter((id) => !to.includes(id)),
})

const callinSchema = z.object({ adding: z.string(), priority: priorityText })
type CallinInput = z.input<typeof callinSchema>

/**
 * One agent's queues. AloHub replaces the whole callin list on every save, so what will be added
 * and removed is always in view, removals are confirmed, and a list changed elsewhere since the
 * editor opened is shown next to this one for the user to choose, never overwritten silently.
 */
export function QueueEditor({
  accountId,
  agent,
  queues,
  onClose,
  onSaved,
}: {
  accountId: string
  agent: AlohubAgentView
  queues: ReadonlyArray<{ id: number; name: string | null }>
  onClose: () => void
  onSaved: (message: string) => void
}) {
  const client = useClient()
  const { t } = useTranslation('agents')
  const { t: states } = useTranslation('dataState')
  const [desired, setDesired] = useState(() => sorted(agent.callinQueueIds))
  const [calloutBusy, setCalloutBusy] = useState(false)
  const [calloutError, setCalloutError] = useState<unknown>()
  const {
    register,
    control,
    getValues,
    setValue,
    setError,
    clearErrors,
    formState: { errors },
  } = useForm<CallinInput>({
    defaultValues: { adding: '', priority: agent.priority ?? '' },
    resolver: zodResolver(callinSchema),
    // The priority is checked as it is typed; a queue id when it is added.
    mode: 'onChange',
  })
  const priority = useWatch({ control, name: 'priority' })
  const { problemOf } = fieldWiring<CallinInput>('queue', errors)
  const names = new Map([...queues.map((queue) => [queue.id, queue.name] as const), ...queueNames(agent)])
  const nameOf = (id: number) => queueLabel({ id, name: names.get(id) ?? null })
  // Read from the value itself, so the save button knows at once, before the form's own check ran.
  const priorityCheck = priorityText.safeParse(priority)
  const priorityProblem = priorityCheck.success ? undefined : priorityCheck.error.issues[0]?.message

  const list = useListEditor({
    initial: sorted(agent.callinQueueIds),
    send: ({ base, confirmRemoval, overwrite }) =>
      client.call('alohub.saveCallinQueues', {
        accountId,
        agentId: agent.agentId,
        base: [...base],
        desired,
        ...(priority.trim() === '' ? {} : { priority: Number(priority.trim()) }),
        confirmRemoval,
        overwrite,
      }),
    onDone: (answer) => {
      if (answer.outcome === 'unchanged') return onSaved(t('queues.unchanged', { agent: agent.agentId }))
      const parts = [
        answer.added.length ? t('queues.added', { queues: answer.added.map(nameOf).join(', ') }) : '',
        answer.removed.length ? t('queues.removed', { queues: answer.removed.map(nameOf).join(', ') }) : '',
      ].filter(Boolean)
      const saved = parts.length
        ? t('queues.savedWith', { agent: agent.agentId, changes: parts.join('; ') })
        : t('queues.saved', { agent: agent.agentId })
      onSaved(answer.interrupted ? `${saved} ${states(`interrupted.${answer.interrupted}`)}` : saved)
      list.rebase(answer.queues)
    },
  })
  const change = diff(list.base, desired)
  const busy = list.busy || calloutBusy

  const add = () => {
    const { id, problem } = readQueueId(getValues('adding'))
    if (id === undefined) return setError('adding', { message: problem })
    if (desired.includes(id)) return setError('adding', { message: t('queues.already', { queue: nameOf(id) }) })
    setDesired(sorted([...desired, id]))
    setValue('adding', '')
  }

  const saveCallout = async (queueId: number) => {
    setCalloutBusy(true)
    setCalloutError(undefined)
    try {
      await client.call('alohub.setCalloutQueue', { accountId, agentId: agent.agentId, queueId })
      onSaved(t('queues.calloutSaved', { agent: agent.agentId, queue: queueId }))
    } catch (caught) {
      setCalloutError(caught)
    } finally {
      setCalloutBusy(false)
    }
  }

  const { stage } = list
  return (
    <section className="card queue-editor" aria-labelledby="queue-editor-title">
      <PanelHead
        id="queue-editor-title"
        title={t('queues.title', { agent: `${agent.agentId} ${agent.userName ?? ''}`.trim() })}
        closeLabel={t('queues.close')}
        onClose={onClose}
      />

      <form
        aria-label={t('queues.callinForm')}
        onSubmit={(event) => {
          event.preventDefault()
          if (!priorityProblem) void list.save(false, false)
        }}
      >
        <h3>{t('queues.callinTitle')}</h3>
        <ul className="queue-chips" aria-label={t('queues.afterSaving')}>
          {desired.map((id) => (
            <li key={id} className={`chip-item${change.added.includes(id) ? ' added' : ''}`}>
              {nameOf(id)}
              {change.added.includes(id) && <span className="visually-hidden">{t('queues.toAdd')}</span>}
              <button
                type="button"
                className="icon-button"
                aria-label={t('queues.remove', { queue: nameOf(id) })}
                onClick={() => setDesired(desired.filter((queue) => queue !== id))}
              >
                <X aria-hidden size={14} />
              </button>
            </li>
          ))}
          {desired.length === 0 && <li className="field-error">{t('queues.atLeastOne')}</li>}
        </ul>
        <div className="inline-fields">
          <Field id="queue-to-add" label={t('queues.add')} problem={problemOf('adding')} inline>
            {(wires) => (
              <input
                {...wires}
                {...register('adding', { onChange: () => clearErrors('adding') })}
                list="known-queues"
                inputMode="numeric"
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault()
                    add()
                  }
                }}
              />
            )}
          </Field>
          <datalist id="known-queues">
            {queues.map((queue) => (
              <option key={queue.id} value={queue.id}>
                {queueLabel(queue)}
              </option>
            ))}
          </datalist>
          <button type="button" className="button small" onClick={add}>
            {t('queues.addButton')}
          </button>
          <Field id="queue-priority" label={t('queues.priority')} problem={priorityProblem} inline>
            {(wires) => <input {...wires} {...register('priority')} className="narrow" inputMode="numeric" />}
          </Field>
        </div>

        <div className="changes" role="region" aria-label={t('queues.whatChanges')}>
          {change.added.length === 0 && change.removed.length === 0 ? (
            <p className="muted">{t('queues.noChanges')}</p>
          ) : (
            <ul>
              {change.added.map((id) => (
                <li key={`+${id}`} className="change-added">
                  {t('queues.willAdd', { queue: nameOf(id) })}
                </li>
              ))}
              {change.removed.map((id) => (
                <li key={`-${id}`} className="change-removed">
                  {t('queues.willRemove', { queue: nameOf(id) })}
                </li>
              ))}
            </ul>
          )}
        </div>

        {stage.kind === 'confirm' && (
          <ConfirmQuestion
            question={
              stage.removed.length === 1
                ? t('queues.confirmOne', { agent: agent.agentId })
                : t('queues.confirmMany', { agent: agent.agentId, count: stage.removed.length })
            }
            why={t(stage.removed.length === 1 ? 'queues.confirmWhyOne' : 'queues.confirmWhyMany', {
              queues: stage.removed.map(nameOf).join(', '),
            })}
            yes={t('queues.removeAndSave')}
            no={t('queues.keep')}
            busy={list.busy}
            onYes={() => void list.save(true, stage.overwrite)}
            onNo={list.keepEditing}
          />
        )}

        {stage.kind === 'conflict' && (
          <ConflictView
            title={t('queues.conflictTitle')}
            body={t('queues.conflictBody')}
            theirs={{
              label: t('queues.nowInAlohub'),
              content: stage.current.map(nameOf).join(', ') || t('table.none'),
            }}
            mine={{ label: t('queues.yours'), content: desired.map(nameOf).join(', ') || t('table.none') }}
            actions={
              <>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    list.useTheirs(stage.current)
                    setDesired(sorted(stage.current))
                  }}
                >
                  {t('queues.useTheirs')}
                </button>
                <button
                  type="button"
                  className="button danger"
                  disabled={list.busy}
                  onClick={() => void list.save(false, true)}
                >
                  {t('queues.saveMine')}
                </button>
              </>
            }
          />
        )}

        {stage.kind === 'edit' && (
          <div className="form-actions">
            <button
              type="submit"
              className="button primary"
              disabled={busy || desired.length === 0 || priorityProblem !== undefined}
            >
              {t('queues.save')}
            </button>
          </div>
        )}
      </form>

      <CalloutQueueForm calloutQueueId={agent.calloutQueueId} busy={busy} onSave={saveCallout} />
      {list.error !== undefined && <ErrorNotice error={list.error} />}
      {calloutError !== undefined && <ErrorNotice error={calloutError} />}
    </section>
  )
}
