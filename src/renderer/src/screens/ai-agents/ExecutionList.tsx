import { useId, useState } from 'react'

import type { ExecutionFilterInput } from '../../../../shared/domain/agenthub-views'
import { ErrorNotice } from '../../components/ErrorNotice'

import { ExecutionDetail } from './ExecutionDetail'
import { Pager } from './Pager'
import { useExecutions } from './useAgentHub'

const filterFields = [
  { name: 'agentName', label: 'AI agent' },
  { name: 'agentType', label: 'Type' },
  { name: 'source', label: 'Source' },
  { name: 'userId', label: 'User id' },
] as const

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' }) : '—'

/** Runs of AI agents, newest first, filtered and paged; one opens in full beside the list. */
export function ExecutionList({
  accountId,
  allowed,
  filter,
  onFilter,
}: {
  accountId: string
  allowed: boolean
  filter: ExecutionFilterInput
  onFilter: (filter: ExecutionFilterInput) => void
}) {
  const id = useId()
  const [page, setPage] = useState(1)
  const [draft, setDraft] = useState<ExecutionFilterInput>(filter)
  const [open, setOpen] = useState<string>()
  // A filter set from outside (an override's "Executions") replaces what is typed here.
  const [shownFilter, setShownFilter] = useState(filter)
  if (shownFilter !== filter) {
    setShownFilter(filter)
    setDraft(filter)
    setPage(1)
  }
  const executions = useExecutions(accountId, filter, page, allowed)

  if (!allowed) {
    return (
      <section className="card">
        <h2>Executions</h2>
        <p className="notice">Your AgentHub role may not see executions (agentExecution.view).</p>
      </section>
    )
  }
  const items = executions.data?.items ?? []
  const paging = executions.data?.paging
  const apply = (next: ExecutionFilterInput) => {
    const clean = Object.fromEntries(
      Object.entries(next).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
    ) as ExecutionFilterInput
    onFilter(clean)
  }

  return (
    <div className="executions">
      <section className="card" aria-labelledby="executions-title">
        <h2 id="executions-title">Executions</h2>
        <form
          className="execution-filter"
          aria-label="Execution filter"
          onSubmit={(event) => {
            event.preventDefault()
            apply(draft)
          }}
        >
          {filterFields.map((field) => (
            <div key={field.name}>
              <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
              <input
                id={`${id}-${field.name}`}
                value={draft[field.name] ?? ''}
                onChange={(event) => setDraft({ ...draft, [field.name]: event.target.value })}
                autoComplete="off"
              />
            </div>
          ))}
          <div>
            <label htmlFor={`${id}-status`}>Status</label>
            <select
              id={`${id}-status`}
              value={draft.status ?? ''}
              onChange={(event) => {
                const status = event.target.value as ExecutionFilterInput['status'] | ''
                const next = { ...draft, status: status === '' ? undefined : status }
                setDraft(next)
                apply(next)
              }}
            >
              <option value="">Any</option>
              <option value="success">Success</option>
              <option value="error">Error</option>
              <option value="timeout">Timeout</option>
            </select>
          </div>
          <div className="filter-buttons">
            <button type="submit" className="button small primary">
              Filter
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                setDraft({})
                apply({})
              }}
            >
              Clear
            </button>
          </div>
        </form>
        {executions.error && <ErrorNotice error={executions.error} />}
        {executions.isPending ? (
          <p className="muted">Loading executions…</p>
        ) : items.length === 0 ? (
          <p className="muted">No execution matches.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">AI agent executions</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">AI agent</th>
                <th scope="col">Status</th>
                <th scope="col">Source</th>
                <th scope="col">Tokens</th>
                <th scope="col">Duration</th>
              </tr>
            </thead>
            <tbody>
              {items.map((execution) => (
                <tr key={execution.id} aria-current={open === execution.id ? 'true' : undefined}>
                  <td>
                    <button type="button" className="link-button" onClick={() => setOpen(execution.id)}>
                      {when(execution.createdAt)}
                    </button>
                  </td>
                  <td>{execution.agentName}</td>
                  <td>
                    <span className={`badge status-${execution.status}`}>{execution.status}</span>
                  </td>
                  <td>{execution.source ?? '—'}</td>
                  <td>{execution.tokenUsage?.total ?? '—'}</td>
                  <td>{execution.durationMs === null ? '—' : `${(execution.durationMs / 1000).toFixed(1)} s`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager paging={paging} page={page} onPage={setPage} label="Execution pages" />
      </section>
      {open && <ExecutionDetail accountId={accountId} id={open} onClose={() => setOpen(undefined)} />}
    </div>
  )
}
