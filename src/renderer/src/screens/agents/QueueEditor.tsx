import { X } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'

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
function parseQueueId(text: string): { id?: number; problem?: string } {
  if (text.trim() === '') return { problem: 'Enter a queue id' }
  if (!/^\d+$/.test(text.trim())) return { problem: 'A queue id is digits only' }
  const parsed = queueIdSchema.safeParse(Number(text.trim()))
  return parsed.success ? { id: parsed.data } : { problem: parsed.error.issues[0]?.message ?? 'Not a queue id' }
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
    priority.trim() !== '' && !/^\d{1,4}$/.test(priority.trim()) ? 'Priority is a whole number from 0' : undefined

  useEffect(() => heading.current?.focus(), [])

  const add = () => {
    const { id, problem } = parseQueueId(adding)
    setAddProblem(problem)
    if (id === undefined) return
    if (desired.includes(id)) return setAddProblem(`Already in queue ${nameOf(id)}`)
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
          answer.added.length ? `added ${answer.added.map(nameOf).join(', ')}` : '',
          answer.removed.length ? `removed ${answer.removed.map(nameOf).join(', ')}` : '',
        ].filter(Boolean)
        onSaved(`Queues of ${agent.agentId} saved${parts.length ? `: ${parts.join('; ')}` : ''}.`)
        setBase(answer.queues)
        setStage({ kind: 'edit' })
      } else if (answer.outcome === 'unchanged') {
        onSaved(`Queues of ${agent.agentId} were already like this; nothing was sent.`)
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
    const { id, problem } = parseQueueId(callout)
    setCalloutProblem(problem)
    if (id === undefined) return
    setBusy(true)
    setError(undefined)
    try {
      await client.call('alohub.setCalloutQueue', { accountId, agentId: agent.agentId, queueId: id })
      onSaved(`Callout queue of ${agent.agentId} set to ${id}.`)
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
          Queues of {agent.agentId} {agent.userName ?? ''}
        </h2>
        <button type="button" className="icon-button" aria-label="Close the queue editor" onClick={onClose}>
          <X aria-hidden size={18} />
        </button>
      </div>

      <form
        aria-label="Callin queues"
        onSubmit={(event) => {
          event.preventDefault()
          void save(false, false)
        }}
      >
        <h3>Callin queues</h3>
        <ul className="queue-chips" aria-label="Callin queues after saving">
          {desired.map((id) => (
            <li key={id} className={`chip-item${change.added.includes(id) ? ' added' : ''}`}>
              {nameOf(id)}
              {change.added.includes(id) && <span className="visually-hidden"> (to add)</span>}
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove queue ${nameOf(id)}`}
                onClick={() => setDesired(desired.filter((queue) => queue !== id))}
              >
                <X aria-hidden size={14} />
              </button>
            </li>
          ))}
          {desired.length === 0 && (
            <li className="field-error">AloHub keeps every agent in at least one callin queue.</li>
          )}
        </ul>
        <div className="inline-fields">
          <label htmlFor="queue-to-add">Add queue</label>
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
            Add
          </button>
          <label htmlFor="queue-priority">Priority</label>
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

        <div className="changes" role="region" aria-label="What saving changes">
          {change.added.length === 0 && change.removed.length === 0 ? (
            <p className="muted">No queue changes yet.</p>
          ) : (
            <ul>
              {change.added.map((id) => (
                <li key={`+${id}`} className="change-added">
                  Add {nameOf(id)}
                </li>
              ))}
              {change.removed.map((id) => (
                <li key={`-${id}`} className="change-removed">
                  Remove {nameOf(id)}
                </li>
              ))}
            </ul>
          )}
        </div>

        {stage.kind === 'confirm' && (
          <div className="confirm" role="alertdialog" aria-labelledby="confirm-removal-title">
            <p id="confirm-removal-title">
              <strong>
                Remove {stage.removed.length === 1 ? 'this queue' : `these ${stage.removed.length} queues`} from{' '}
                {agent.agentId}?
              </strong>{' '}
              {stage.removed.map(nameOf).join(', ')}. Calls to {stage.removed.length === 1 ? 'it' : 'them'} will no
              longer reach this agent.
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button danger"
                disabled={busy}
                onClick={() => void save(true, stage.overwrite)}
              >
                Remove and save
              </button>
              <button type="button" className="button" onClick={() => setStage({ kind: 'edit' })}>
                Keep them
              </button>
            </div>
          </div>
        )}

        {stage.kind === 'conflict' && (
          <div className="conflict" role="alert">
            <p>
              <strong>Someone changed these queues since you opened them.</strong> Saving now would undo their change.
            </p>
            <dl className="facts">
              <dt>Now in AloHub</dt>
              <dd>{stage.current.map(nameOf).join(', ') || 'None'}</dd>
              <dt>Yours</dt>
              <dd>{desired.map(nameOf).join(', ') || 'None'}</dd>
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
                Use theirs and discard mine
              </button>
              <button type="button" className="button danger" disabled={busy} onClick={() => void save(false, true)}>
                Save mine over theirs
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
              Save callin queues
            </button>
          </div>
        )}
      </form>

      <form
        aria-label="Callout queue"
        className="inline-fields"
        onSubmit={(event) => {
          event.preventDefault()
          void saveCallout()
        }}
      >
        <label htmlFor="callout-queue">Callout queue</label>
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
          Set callout queue
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
