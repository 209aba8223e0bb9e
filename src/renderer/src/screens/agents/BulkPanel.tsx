import { useState } from 'react'

import type { BulkAction, BulkJob, BulkResult } from '../../../../shared/domain/alohub-views'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'

import { queueLabel } from './format-agent'

type ActionKind = 'addQueue' | 'removeQueue' | 'recordingOn' | 'recordingOff'

const actionWords: Record<ActionKind, string> = {
  addQueue: 'Add to a callin queue',
  removeQueue: 'Remove from a callin queue',
  recordingOn: 'Turn recording on',
  recordingOff: 'Turn recording off',
}

/** What a job does, in words. */
export function describeAction(action: BulkAction): string {
  if (action.kind === 'recording') return `Turn recording ${action.enabled ? 'on' : 'off'}`
  return `${action.kind === 'addQueue' ? 'Add to' : 'Remove from'} queue ${action.queueId}`
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
  const [kind, setKind] = useState<ActionKind>('addQueue')
  const [queue, setQueue] = useState('')
  const [problem, setProblem] = useState<string>()
  const [confirming, setConfirming] = useState<BulkAction>()
  const [error, setError] = useState<unknown>()
  const running = job?.state === 'running'

  const chosenAction = (): BulkAction | undefined => {
    if (kind === 'recordingOn' || kind === 'recordingOff') return { kind: 'recording', enabled: kind === 'recordingOn' }
    if (!/^\d+$/.test(queue.trim()) || Number(queue) <= 0) {
      setProblem(queue.trim() === '' ? 'Enter the queue id' : 'A queue id is a whole number above 0')
      return undefined
    }
    return { kind, queueId: Number(queue.trim()) }
  }

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
        <h2 id="bulk-title">
          Change {selected.length.toLocaleString()} selected agent{selected.length === 1 ? '' : 's'}
        </h2>
        <button type="button" className="button small" onClick={onClearSelection} disabled={selected.length === 0}>
          Clear selection
        </button>
      </div>
      {selected.length > 0 && (
        <form
          className="inline-fields"
          aria-label="Bulk change"
          onSubmit={(event) => {
            event.preventDefault()
            const action = chosenAction()
            if (!action) return
            // Removing and switching off take something away from many people: ask first.
            if (action.kind === 'removeQueue' || (action.kind === 'recording' && !action.enabled)) setConfirming(action)
            else void start(action)
          }}
        >
          <label htmlFor="bulk-action">Change</label>
          <select id="bulk-action" value={kind} onChange={(event) => setKind(event.target.value as ActionKind)}>
            {(Object.keys(actionWords) as ActionKind[]).map((option) => (
              <option key={option} value={option}>
                {actionWords[option]}
              </option>
            ))}
          </select>
          {(kind === 'addQueue' || kind === 'removeQueue') && (
            <>
              <label htmlFor="bulk-queue">Queue</label>
              <input
                id="bulk-queue"
                list="bulk-known-queues"
                inputMode="numeric"
                value={queue}
                aria-invalid={problem !== undefined}
                aria-describedby={problem ? 'bulk-queue-error' : undefined}
                onChange={(event) => {
                  setQueue(event.target.value)
                  setProblem(undefined)
                }}
              />
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
            Start
          </button>
          {problem && (
            <p className="field-error" id="bulk-queue-error">
              {problem}
            </p>
          )}
        </form>
      )}
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="bulk-confirm-title">
          <p id="bulk-confirm-title">
            <strong>
              {describeAction(confirming)} for {selected.length.toLocaleString()} agents?
            </strong>{' '}
            {confirming.kind === 'removeQueue'
              ? 'Agents for whom it is the only callin queue are skipped: AloHub keeps at least one.'
              : 'Their calls will no longer be recorded.'}
          </p>
          <div className="button-row">
            <button type="button" className="button danger" onClick={() => void start(confirming)}>
              Yes, {describeAction(confirming).toLowerCase()}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(undefined)}>
              Cancel
            </button>
          </div>
        </div>
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

const outcomeWords: Record<BulkResult['outcome'], string> = {
  done: 'Done',
  unchanged: 'Nothing to change',
  skipped: 'Skipped',
  failed: 'Failed',
}

function BulkProgress({ job, onCancel, onResume }: { job: BulkJob; onCancel: () => void; onResume: () => void }) {
  const counts = { done: 0, unchanged: 0, skipped: 0, failed: 0 }
  for (const result of job.results) counts[result.outcome] += 1
  const total = job.agentIds.length
  const problems = job.results.filter((result) => result.outcome === 'failed' || result.outcome === 'skipped')
  const rest = job.results.filter((result) => result.outcome === 'done' || result.outcome === 'unchanged')
  const waiting = job.waitingUntil
    ? `Waiting for AloHub's rate limit until ${new Date(job.waitingUntil).toLocaleTimeString()}`
    : undefined
  const stateWords = {
    running: waiting ?? 'Working…',
    cancelled: `Cancelled; ${(total - job.results.length).toLocaleString()} agents left to do.`,
    stopped: `Stopped; ${(total - job.results.length).toLocaleString()} agents left to do.`,
    finished: 'Finished.',
  }[job.state]
  return (
    <div className="bulk-progress" role="region" aria-label="Bulk change progress">
      <p>
        <strong>{describeAction(job.action)}</strong>: {job.results.length.toLocaleString()} of {total.toLocaleString()}{' '}
        agents
      </p>
      <progress max={total} value={job.results.length} aria-label="Agents handled" />
      <p role="status">{stateWords}</p>
      <p className="muted">
        {counts.done} done · {counts.unchanged} nothing to change · {counts.skipped} skipped · {counts.failed} failed
      </p>
      {job.problem && <ErrorNotice error={new Error(job.problem)} />}
      <div className="button-row">
        {job.state === 'running' && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        {(job.state === 'cancelled' || job.state === 'stopped') && (
          <button type="button" className="button primary" onClick={onResume}>
            Resume
          </button>
        )}
      </div>
      {problems.length > 0 && <ResultList title="Agents that need a look" results={problems} />}
      {rest.length > 0 && (
        <details>
          <summary>Other results ({rest.length.toLocaleString()})</summary>
          <ResultList title="Other results" results={rest} />
        </details>
      )}
    </div>
  )
}

function ResultList({ title, results }: { title: string; results: ReadonlyArray<BulkResult> }) {
  return (
    <table className="data-table bulk-results" aria-label={title}>
      <thead>
        <tr>
          <th scope="col">Agent</th>
          <th scope="col">Result</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr key={result.agentId}>
            <th scope="row" className="mono">
              {result.agentId}
            </th>
            <td>{outcomeWords[result.outcome]}</td>
            <td>{result.message ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
