import type { TFunction } from 'i18next'
import { X } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CallinQueueSave } from '../../../../shared/domain/alohub-queues'
import type { AlohubAgentView } from '../../../../shared/domain/alohub-views'
import { queueIdSchema } from '../../../../shared/domain/alohub-views'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'

import { queueLabel, queueNames } from './format-agent'

type Stage =
  | { kind: 'edit' }
  | { kind: 'confirm'; added: number[]; removed: number[]; overwrite: boolean }
  | { kind: 'conflict'; current: number[] }

const sorted = (ids: ReadonlyArray<number>) => [...new Set(ids)].sort((a, b) => a - b)
const diff = (from: ReadonlyArray<number>, to: ReadonlyArray<number>) => ({
  added: sorted(to).filter((id) => !from.includes(id)),
  removed: sorted(from).filter((id) => !to.includes(id)),
})

/** Reads a queue id as typed; the message says what is wrong with it. */
function parseQueueId(text: string, t: TFunction<'agents'>): { id?: number; problem?: string } {
  if (text.trim() === '') return { problem: t('queues.enterId') }
  if (!/^\d+$/.test(text.trim())) return { problem: t('queues.digitsOnly') }
  const parsed = queueIdSchema.safeParse(Number(text.trim()))
  return parsed.success ? { id: parsed.data } : { problem: t('queues.notAnId') }
}

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
  const [base, setBase] = useState(() => sorted(agent.callinQueueIds))
  const [desired, setDesired] = useState(() => sorted(agent.callinQueueIds))
  const [adding, setAdding] = useState('')
  const [addProblem, setAddProblem] = useState<string>()
  const [priority, setPriority] = useState(agent.priority ?? '')
  const [callout, setCallout] = useState(agent.calloutQueueId === null ? '' : String(agent.calloutQueueId))
  const [stage, setStage] = useState<Stage>({ kind: 'edit' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const [calloutProblem, setCalloutProblem] = useState<string>()
  const heading = useRef<HTMLHeadingElement>(null)
  const names = new Map([...queues.map((queue) => [queue.id, queue.name] as const), ...queueNames(agent)])
  const nameOf = (id: number) => queueLabel({ id, name: names.get(id) ?? null })
  const change = diff(base, desired)
  const priorityProblem =
    priority.trim() !== '' && !/^\d{1,4}$/.test(priority.trim()) ? t('queues.priorityProblem') : undefined

  useEffect(() => heading.current?.focus(), [])

  const add = () => {
    const { id, problem } = parseQueueId(adding, t)
    setAddProblem(problem)
    if (id === undefined) return
    if (desired.includes(id)) return setAddProblem(t('queues.already', { queue: nameOf(id) }))
    setDesired(sorted([...desired, id]))
    setAdding('')
  }

  const save = async (confirmRemoval: boolean, overwrite: boolean) => {
    if (priorityProblem) return
    setBusy(true)
    setError(undefined)
    try {
      const answer: CallinQueueSave = await client.call('alohub.saveCallinQueues', {
        accountId,
        agentId: agent.agentId,
        base,
        desired,
        ...(priority.trim() === '' ? {} : { priority: Number(priority.trim()) }),
        confirmRemoval,
        overwrite,
      })
      if (answer.outcome === 'saved') {
        const parts = [
          answer.added.length ? t('queues.added', { queues: answer.added.map(nameOf).join(', ') }) : '',
          answer.removed.length ? t('queues.removed', { queues: answer.removed.map(nameOf).join(', ') }) : '',
        ].filter(Boolean)
        const saved = parts.length
          ? t('queues.savedWith', { agent: agent.agentId, changes: parts.join('; ') })
          : t('queues.saved', { agent: agent.agentId })
        onSaved(answer.interrupted ? `${saved} ${states(`interrupted.${answer.interrupted}`)}` : saved)
        setBase(answer.queues)
        setStage({ kind: 'edit' })
      } else if (answer.outcome === 'unchanged') {
        onSaved(t('queues.unchanged', { agent: agent.agentId }))
        setStage({ kind: 'edit' })
      } else if (answer.outcome === 'confirm_removal') {
        setStage({ kind: 'confirm', added: answer.added, removed: answer.removed, overwrite })
      } else {
        setStage({ kind: 'conflict', current: answer.current })
      }
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  const saveCallout = async () => {
    const { id, problem } = parseQueueId(callout, t)
    setCalloutProblem(problem)
    if (id === undefined) return
    setBusy(true)
    setError(undefined)
    try {
      await client.call('alohub.setCalloutQueue', { accountId, agentId: agent.agentId, queueId: id })
      onSaved(t('queues.calloutSaved', { agent: agent.agentId, queue: id }))
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card queue-editor" aria-labelledby="queue-editor-title">
      <div className="section-head">
        <h2 id="queue-editor-title" ref={heading} tabIndex={-1}>
          {t('queues.title', { agent: `${agent.agentId} ${agent.userName ?? ''}`.trim() })}
        </h2>
        <button type="button" className="icon-button" aria-label={t('queues.close')} onClick={onClose}>
          <X aria-hidden size={18} />
        </button>
      </div>

      <form
        aria-label={t('queues.callinForm')}
        onSubmit={(event) => {
          event.preventDefault()
          void save(false, false)
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
          <label htmlFor="queue-to-add">{t('queues.add')}</label>
          <input
            id="queue-to-add"
            list="known-queues"
            inputMode="numeric"
            value={adding}
            aria-invalid={addProblem !== undefined}
            aria-describedby={addProblem ? 'queue-to-add-error' : undefined}
            onChange={(event) => {
              setAdding(event.target.value)
              if (addProblem) setAddProblem(undefined)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                add()
              }
            }}
          />
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
          <label htmlFor="queue-priority">{t('queues.priority')}</label>
          <input
            id="queue-priority"
            className="narrow"
            inputMode="numeric"
            value={priority}
            aria-invalid={priorityProblem !== undefined}
            aria-describedby={priorityProblem ? 'queue-priority-error' : undefined}
            onChange={(event) => setPriority(event.target.value)}
          />
        </div>
        {addProblem && (
          <p className="field-error" id="queue-to-add-error">
            {addProblem}
          </p>
        )}
        {priorityProblem && (
          <p className="field-error" id="queue-priority-error">
            {priorityProblem}
          </p>
        )}

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
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-removal-title">
            <p id="confirm-removal-title">
              <strong>
                {stage.removed.length === 1
                  ? t('queues.confirmOne', { agent: agent.agentId })
                  : t('queues.confirmMany', { agent: agent.agentId, count: stage.removed.length })}
              </strong>{' '}
              {t(stage.removed.length === 1 ? 'queues.confirmWhyOne' : 'queues.confirmWhyMany', {
                queues: stage.removed.map(nameOf).join(', '),
              })}
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button danger"
                disabled={busy}
                onClick={() => void save(true, stage.overwrite)}
              >
                {t('queues.removeAndSave')}
              </button>
              <button type="button" className="button" onClick={() => setStage({ kind: 'edit' })}>
                {t('queues.keep')}
              </button>
            </div>
          </div>
        )}

        {stage.kind === 'conflict' && (
          <div className="conflict" role="alert">
            <p>
              <strong>{t('queues.conflictTitle')}</strong> {t('queues.conflictBody')}
            </p>
            <dl className="facts">
              <dt>{t('queues.nowInAlohub')}</dt>
              <dd>{stage.current.map(nameOf).join(', ') || t('table.none')}</dd>
              <dt>{t('queues.yours')}</dt>
              <dd>{desired.map(nameOf).join(', ') || t('table.none')}</dd>
            </dl>
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setBase(stage.current)
                  setDesired(stage.current)
                  setStage({ kind: 'edit' })
                }}
              >
                {t('queues.useTheirs')}
              </button>
              <button type="button" className="button danger" disabled={busy} onClick={() => void save(false, true)}>
                {t('queues.saveMine')}
              </button>
            </div>
          </div>
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

      <form
        aria-label={t('queues.calloutForm')}
        className="inline-fields"
        onSubmit={(event) => {
          event.preventDefault()
          void saveCallout()
        }}
      >
        <label htmlFor="callout-queue">{t('queues.callout')}</label>
        <input
          id="callout-queue"
          inputMode="numeric"
          value={callout}
          aria-invalid={calloutProblem !== undefined}
          aria-describedby={calloutProblem ? 'callout-queue-error' : undefined}
          onChange={(event) => {
            setCallout(event.target.value)
            if (calloutProblem) setCalloutProblem(undefined)
          }}
        />
        <button type="submit" className="button small" disabled={busy}>
          {t('queues.setCallout')}
        </button>
        {calloutProblem && (
          <p className="field-error" id="callout-queue-error">
            {calloutProblem}
          </p>
        )}
      </form>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  )
}
