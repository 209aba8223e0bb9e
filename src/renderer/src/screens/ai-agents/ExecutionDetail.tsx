import { X } from 'lucide-react'

import { ErrorNotice } from '../../components/ErrorNotice'

import { useExecution } from './useAgentHub'

const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 2))

/** One run of an AI agent in full: what went in, what came out, what it cost, what failed. */
export function ExecutionDetail({ accountId, id, onClose }: { accountId: string; id: string; onClose: () => void }) {
  const execution = useExecution(accountId, id)
  const value = execution.data
  return (
    <section className="card execution-detail" aria-label="Execution detail">
      <div className="section-head">
        <h2>{value ? `${value.agentName} · ${value.status}` : 'Execution'}</h2>
        <button type="button" className="icon-button" aria-label="Close the execution" onClick={onClose}>
          <X aria-hidden size={16} />
        </button>
      </div>
      {execution.error && <ErrorNotice error={execution.error} />}
      {!value ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          {value.error && (
            <p className="error-notice" role="note">
              {value.error}
            </p>
          )}
          <dl className="facts">
            <dt>Started</dt>
            <dd>{value.createdAt ? new Date(value.createdAt).toLocaleString() : '—'}</dd>
            <dt>Duration</dt>
            <dd>{value.durationMs === null ? '—' : `${value.durationMs} ms`}</dd>
            <dt>Tool calls</dt>
            <dd>{value.toolCalls ?? '—'}</dd>
            <dt>Tokens</dt>
            <dd>
              {value.tokenUsage
                ? `${value.tokenUsage.total ?? '—'} (prompt ${value.tokenUsage.prompt ?? '—'}, completion ${
                    value.tokenUsage.completion ?? '—'
                  })`
                : '—'}
            </dd>
            <dt>Type · source</dt>
            <dd>
              {value.agentType ?? '—'} · {value.source ?? '—'}
            </dd>
            <dt>User</dt>
            <dd className="mono">{value.userId ?? '—'}</dd>
          </dl>
          <h3>Input</h3>
          <pre className="json">{json(value.input)}</pre>
          <h3>Output</h3>
          <pre className="json">{json(value.output)}</pre>
        </>
      )}
    </section>
  )
}
