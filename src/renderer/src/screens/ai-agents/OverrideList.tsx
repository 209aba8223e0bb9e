import { useState } from 'react'

import type { AgentOverride } from '../../../../shared/domain/agenthub'
import type { AgentHubAbilities } from '../../../../shared/domain/agenthub-views'
import { ErrorNotice } from '../../components/ErrorNotice'

import { Pager } from './Pager'
import { useOverrides, useOverrideWrites } from './useAgentHub'

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' }) : '—'

/** The reason an action is off, as a tooltip and for screen readers. */
const because = (allowed: boolean, permission: string) =>
  allowed ? undefined : `Your AgentHub role lacks ${permission}`

/**
 * The overrides of one AgentHub account, a page at a time. A deleted override stays listed,
 * marked as deleted, because AgentHub keeps it (a soft delete) and says so.
 */
export function OverrideList({
  accountId,
  abilities,
  onOpen,
  onCreate,
  onExecutions,
}: {
  accountId: string
  abilities: AgentHubAbilities
  onOpen: (override: AgentOverride) => void
  onCreate: () => void
  onExecutions: (agentName: string) => void
}) {
  const [page, setPage] = useState(1)
  const overrides = useOverrides(accountId, page)
  const writes = useOverrideWrites(accountId)
  const [confirming, setConfirming] = useState<string>()
  const [notice, setNotice] = useState<string>()
  const items = overrides.data?.items ?? []
  const paging = overrides.data?.paging

  const toggle = (override: AgentOverride) => {
    setNotice(undefined)
    writes.setEnabled.mutate(
      { id: override.id, recordVersion: override.recordVersion, enabled: !(override.enabled ?? true) },
      {
        onSuccess: (answer) => {
          if (answer.outcome === 'conflict') {
            setNotice(`${override.agentName} was changed elsewhere just now; the list shows it as it is. Try again.`)
          }
        },
      },
    )
  }

  return (
    <section className="card" aria-labelledby="overrides-title">
      <div className="section-head">
        <h2 id="overrides-title">Overrides</h2>
        <button
          type="button"
          className="button primary"
          onClick={onCreate}
          disabled={!abilities.create}
          title={because(abilities.create, 'agentOverride.create')}
        >
          New override
        </button>
      </div>
      {!abilities.create && (
        <p className="muted small">New overrides: your AgentHub role lacks agentOverride.create.</p>
      )}
      {overrides.error && <ErrorNotice error={overrides.error} />}
      {writes.setEnabled.error && <ErrorNotice error={writes.setEnabled.error} />}
      {writes.remove.error && <ErrorNotice error={writes.remove.error} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {overrides.isPending ? (
        <p className="muted">Loading overrides…</p>
      ) : items.length === 0 ? (
        <p className="muted">No overrides yet: every AI agent runs with its design defaults.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">AI agent overrides</caption>
          <thead>
            <tr>
              <th scope="col">AI agent</th>
              <th scope="col">Model</th>
              <th scope="col">Temp.</th>
              <th scope="col">Tools</th>
              <th scope="col">State</th>
              <th scope="col">Updated</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((override) => {
              const deleted = !override.isActive
              const enabled = override.enabled ?? true
              return (
                <tr key={override.id} className={deleted ? 'deleted' : undefined}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onOpen(override)} disabled={deleted}>
                      {override.agentName}
                    </button>
                  </th>
                  <td>{[override.provider, override.model].filter(Boolean).join(' · ') || 'default'}</td>
                  <td>{override.temperature ?? '—'}</td>
                  <td>{override.selectedTools?.length ?? '—'}</td>
                  <td>
                    {deleted ? (
                      <span className="badge muted-badge">Deleted</span>
                    ) : (
                      <span className={`badge ${enabled ? 'ok-badge' : 'muted-badge'}`}>{enabled ? 'On' : 'Off'}</span>
                    )}
                  </td>
                  <td className="muted">{when(override.updatedAt)}</td>
                  <td>
                    <div className="row-actions">
                      {!deleted && (
                        <button
                          type="button"
                          className="button small"
                          onClick={() => toggle(override)}
                          disabled={!abilities.update || writes.setEnabled.isPending}
                          title={because(abilities.update, 'agentOverride.update')}
                        >
                          {enabled ? 'Disable' : 'Enable'}
                        </button>
                      )}
                      <button
                        type="button"
                        className="button small"
                        onClick={() => onExecutions(override.agentName)}
                        disabled={!abilities.viewExecutions}
                        title={because(abilities.viewExecutions, 'agentExecution.view')}
                      >
                        Executions
                      </button>
                      {!deleted &&
                        (confirming === override.id ? (
                          <>
                            <button
                              type="button"
                              className="button small danger"
                              onClick={() => {
                                setConfirming(undefined)
                                writes.remove.mutate(override.id)
                              }}
                            >
                              Delete {override.agentName}
                            </button>
                            <button type="button" className="button small" onClick={() => setConfirming(undefined)}>
                              Keep
                            </button>
                          </>
                        ) : (
                          <button
                            type="button"
                            className="button small"
                            onClick={() => setConfirming(override.id)}
                            disabled={!abilities.delete}
                            title={because(abilities.delete, 'agentOverride.delete')}
                          >
                            Delete
                          </button>
                        ))}
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {!abilities.delete && items.length > 0 && (
        <p className="muted small">Delete is off: your AgentHub role lacks agentOverride.delete.</p>
      )}
      <Pager paging={paging} page={page} onPage={setPage} label="Override pages" />
    </section>
  )
}
