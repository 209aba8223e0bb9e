import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { AgentOverride } from '../../../../shared/domain/agenthub'
import type { AgentHubAbilities, AgentHubDenials } from '../../../../shared/domain/agenthub-views'
import { ErrorNotice } from '../../components/ErrorNotice'
import { QueryState } from '../../components/QueryState'
import { currentLocale } from '../../i18n/i18n'

import { useDenialText } from './denial-text'
import { Pager } from './Pager'
import { agentHubKeys, useOverrides, useOverrideWrites } from './useAgentHub'

/** The row actions that can be off, and what the list says when they are. */
const offNotes = [
  ['update', 'permissions.updateOff'],
  ['delete', 'permissions.deleteOff'],
  ['viewExecutions', 'permissions.executionsOff'],
] as const

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(currentLocale(), { dateStyle: 'short', timeStyle: 'short' }) : '—'

/**
 * The overrides of one AgentHub account, a page at a time. A deleted override stays listed,
 * marked as deleted, because AgentHub keeps it (a soft delete) and says so.
 */
export function OverrideList({
  accountId,
  accountLabel,
  abilities,
  denials,
  onOpen,
  onCreate,
  onExecutions,
}: {
  accountId: string
  accountLabel: string
  abilities: AgentHubAbilities
  denials: AgentHubDenials
  onOpen: (override: AgentOverride) => void
  onCreate: () => void
  onExecutions: (agentName: string) => void
}) {
  const [page, setPage] = useState(1)
  const overrides = useOverrides(accountId, page)
  const writes = useOverrideWrites(accountId)
  const [confirming, setConfirming] = useState<string>()
  const { t } = useTranslation('aiAgents')
  // The override that changed elsewhere, named in the notice in the language shown now.
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
            setNotice(override.agentName)
          }
        },
      },
    )
  }

  /** The reason an action is off, as a tooltip and for screen readers. */
  const because = useDenialText(denials)

  return (
    <section className="card" aria-labelledby="overrides-title">
      <div className="section-head">
        <h2 id="overrides-title">{t('overrides.title')}</h2>
        <button
          type="button"
          className="button primary"
          onClick={onCreate}
          disabled={!abilities.create}
          title={because('create')}
        >
          {t('overrides.create')}
        </button>
      </div>
      {!abilities.create && <p className="muted small">{t('permissions.createOff', { reason: because('create') })}</p>}
      {writes.setEnabled.error && <ErrorNotice error={writes.setEnabled.error} />}
      {writes.remove.error && <ErrorNotice error={writes.remove.error} />}
      {notice && (
        <p className="notice" role="status">
          {t('overrides.changedElsewhere', { name: notice })}
        </p>
      )}
      <QueryState
        query={overrides}
        queryKey={agentHubKeys.overrides(accountId, page)}
        source={{ provider: 'agenthub', account: accountLabel }}
        loading={t('overrides.loading')}
        empty={items.length === 0 && t('overrides.empty')}
      >
        <table className="data-table">
          <caption className="visually-hidden">{t('overrides.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overrides.agent')}</th>
              <th scope="col">{t('overrides.model')}</th>
              <th scope="col">{t('overrides.temperature')}</th>
              <th scope="col">{t('overrides.tools')}</th>
              <th scope="col">{t('overrides.state')}</th>
              <th scope="col">{t('overrides.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('overrides.actions')}</span>
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
                  <td>
                    {[override.provider, override.model].filter(Boolean).join(' · ') || t('overrides.defaultModel')}
                  </td>
                  <td>{override.temperature?.toLocaleString(currentLocale()) ?? '—'}</td>
                  <td>{override.selectedTools?.length.toLocaleString(currentLocale()) ?? '—'}</td>
                  <td>
                    {deleted ? (
                      <span className="badge muted-badge">{t('overrides.deleted')}</span>
                    ) : (
                      <span className={`badge ${enabled ? 'ok-badge' : 'muted-badge'}`}>
                        {enabled ? t('overrides.on') : t('overrides.off')}
                      </span>
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
                          title={because('update')}
                        >
                          {enabled ? t('overrides.disable') : t('overrides.enable')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="button small"
                        onClick={() => onExecutions(override.agentName)}
                        disabled={!abilities.viewExecutions}
                        title={because('viewExecutions')}
                      >
                        {t('overrides.executions')}
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
                              {t('overrides.deleteNamed', { name: override.agentName })}
                            </button>
                            <button type="button" className="button small" onClick={() => setConfirming(undefined)}>
                              {t('overrides.keep')}
                            </button>
                          </>
                        ) : (
                          <button
                            type="button"
                            className="button small"
                            onClick={() => setConfirming(override.id)}
                            disabled={!abilities.delete}
                            title={because('delete')}
                          >
                            {t('overrides.delete')}
                          </button>
                        ))}
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </QueryState>
      {/* A disabled button's tooltip is easy to miss: why the row's actions are off is also said in the open. */}
      {items.length > 0 &&
        offNotes
          .filter(([action]) => !abilities[action])
          .map(([action, key]) => (
            <p key={action} className="muted small" role="note">
              {t(key, { reason: because(action) })}
            </p>
          ))}
      <Pager paging={paging} page={page} onPage={setPage} label={t('overrides.pages')} />
    </section>
  )
}
