import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { AgentHubDenials, ExecutionFilterInput } from '../../../../shared/domain/agenthub-views'
import { QueryState } from '../../components/QueryState'
import { currentLocale } from '../../i18n/i18n'

import { useDenialText } from './denial-text'
import { statusText } from './execution-status'
import { ExecutionDetail } from './ExecutionDetail'
import { Pager } from './Pager'
import { agentHubKeys, useExecutions } from './useAgentHub'
import './executions.css'

const filterFields = ['agentName', 'agentType', 'source', 'userId'] as const

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(currentLocale(), { dateStyle: 'short', timeStyle: 'medium' }) : '—'

const seconds = (ms: number) =>
  (ms / 1000).toLocaleString(currentLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** Runs of AI agents, newest first, filtered and paged; one opens in full beside the list. */
export function ExecutionList({
  accountId,
  accountLabel,
  allowed,
  denials,
  filter,
  onFilter,
}: {
  accountId: string
  accountLabel: string
  allowed: boolean
  denials: AgentHubDenials
  filter: ExecutionFilterInput
  onFilter: (filter: ExecutionFilterInput) => void
}) {
  const id = useId()
  const { t } = useTranslation('aiAgents')
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
  const because = useDenialText(denials)

  if (!allowed) {
    return (
      <section className="card">
        <h2>{t('executions.title')}</h2>
        <p className="notice">{t('permissions.mayNotSeeExecutions', { reason: because('viewExecutions') })}</p>
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
        <h2 id="executions-title">{t('executions.title')}</h2>
        <form
          className="execution-filter"
          aria-label={t('executions.filter')}
          onSubmit={(event) => {
            event.preventDefault()
            apply(draft)
          }}
        >
          {filterFields.map((field) => (
            <div key={field}>
              <label htmlFor={`${id}-${field}`}>{t(`executions.${field}`)}</label>
              <input
                id={`${id}-${field}`}
                value={draft[field] ?? ''}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
                autoComplete="off"
              />
            </div>
          ))}
          <div>
            <label htmlFor={`${id}-status`}>{t('executions.status')}</label>
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
              <option value="">{t('executions.any')}</option>
              <option value="success">{t('executions.success')}</option>
              <option value="error">{t('executions.error')}</option>
              <option value="timeout">{t('executions.timeout')}</option>
            </select>
          </div>
          <div className="filter-buttons">
            <button type="submit" className="button small primary">
              {t('executions.apply')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                setDraft({})
                apply({})
              }}
            >
              {t('executions.clear')}
            </button>
          </div>
        </form>
        <QueryState
          query={executions}
          queryKey={agentHubKeys.executions(accountId, filter, page)}
          source={{ provider: 'agenthub', account: accountLabel }}
          loading={t('executions.loading')}
          empty={items.length === 0 && t(Object.keys(filter).length > 0 ? 'executions.noMatch' : 'executions.none')}
        >
          {/* Beside the detail panel, the table drops what the panel shows (source, tokens) rather than being cut off. */}
          <table className={`data-table execution-table${open ? ' beside-detail' : ''}`}>
            <caption className="visually-hidden">{t('executions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('executions.when')}</th>
                <th scope="col">{t('executions.agent')}</th>
                <th scope="col">{t('executions.status')}</th>
                <th scope="col">{t('executions.source')}</th>
                <th scope="col">{t('executions.tokens')}</th>
                <th scope="col">{t('executions.duration')}</th>
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
                    <span className={`badge status-${execution.status}`}>{statusText(execution.status, t)}</span>
                  </td>
                  <td>{execution.source ?? '—'}</td>
                  <td>{execution.tokenUsage?.total?.toLocaleString(currentLocale()) ?? '—'}</td>
                  <td>
                    {execution.durationMs === null
                      ? '—'
                      : t('executions.seconds', { value: seconds(execution.durationMs) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </QueryState>
        <Pager paging={paging} page={page} onPage={setPage} label={t('executions.pages')} />
      </section>
      {open && (
        <ExecutionDetail
          accountId={accountId}
          accountLabel={accountLabel}
          id={open}
          onClose={() => setOpen(undefined)}
        />
      )}
    </div>
  )
}
