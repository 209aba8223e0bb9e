import { Plus, RefreshCw } from 'lucide-react'
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { SettableVoipbinStatus } from '../../../../shared/domain/voipbin'
import type { VoipbinAgentView } from '../../../../shared/domain/voipbin-views'
import { useFailureText } from '../../components/ErrorNotice'
import { QueryState } from '../../components/QueryState'
import { currentLocale } from '../../i18n/i18n'
import { useClient } from '../../ipc/client-context'

import { AddressEditor } from './voipbin/AddressEditor'
import { CreateAgentForm } from './voipbin/CreateAgentForm'
import { DirectHashPanel } from './voipbin/DirectHashPanel'
import { agentLabel } from './voipbin/format-voipbin'
import {
  statusFilters,
  useAgentCache,
  useVoipbinAgents,
  voipbinAgentsKey,
  type StatusFilter,
} from './voipbin/useVoipbinAgents'
import { VoipbinAgentTable } from './voipbin/VoipbinAgentTable'
import './voipbin/voipbin.css'

type Panel = { kind: 'addresses' | 'hash'; agentId: string; snapshot: VoipbinAgentView } | undefined

/** VoIPbin's agents of one account: a paged list with status, addresses and direct SIP address, and new agents. */
export function VoipbinAgentsView({ accountId, accountLabel }: { accountId: string; accountLabel: string }) {
  const client = useClient()
  const { t } = useTranslation('voipbin')
  const failureText = useFailureText()
  const number = (value: number) => value.toLocaleString(currentLocale())
  const filterId = useId()
  const [status, setStatus] = useState<StatusFilter>('')
  const [creating, setCreating] = useState(false)
  const [panel, setPanel] = useState<Panel>()
  const [notice, setNotice] = useState<string>()
  const [busyAgent, setBusyAgent] = useState<string>()
  const [rowError, setRowError] = useState<{ agentId: string; error: unknown }>()
  const { query, agents } = useVoipbinAgents(accountId, status)
  const cache = useAgentCache(accountId)
  // The button that opened a panel gets the focus back when it closes.
  const opener = useRef<HTMLElement | null>(null)
  const createButton = useRef<HTMLButtonElement>(null)

  const open = (next: Panel) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // A notice about another agent's save does not stay beside this agent's panel.
    if (next?.agentId !== panel?.agentId) setNotice(undefined)
    setPanel(next)
  }
  const close = () => {
    setPanel(undefined)
    const back = opener.current
    if (back?.isConnected) requestAnimationFrame(() => back.focus())
  }
  // The panel's agent as the list now has it (after a save), or as it was when opened.
  const panelAgent = panel && (agents.find((agent) => agent.id === panel.agentId) ?? panel.snapshot)

  const setAgentStatus = async (agent: VoipbinAgentView, next: SettableVoipbinStatus) => {
    setBusyAgent(agent.id)
    setRowError(undefined)
    try {
      const answer = await client.call('voipbin.setStatus', { accountId, agentId: agent.id, status: next })
      cache.replace(answer)
      setNotice(
        t('view.statusSet', {
          agent: agentLabel(answer),
          status: t(`status.${next}`).toLocaleLowerCase(currentLocale()),
        }),
      )
    } catch (error) {
      setRowError({ agentId: agent.id, error })
    } finally {
      setBusyAgent(undefined)
    }
  }

  return (
    <div className="stack">
      <form className="card agent-filters" aria-label={t('view.filter')} onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${filterId}-status`}>{t('view.status')}</label>
        <select
          id={`${filterId}-status`}
          value={status}
          onChange={(event) => setStatus(event.target.value as StatusFilter)}
        >
          <option value="">{t('view.all')}</option>
          {statusFilters.map((option) => (
            <option key={option} value={option}>
              {t(`status.${option}`)}
            </option>
          ))}
        </select>
        <span className="vb-spacer" />
        <button
          type="button"
          ref={createButton}
          className="button primary"
          aria-expanded={creating}
          onClick={() => setCreating(!creating)}
        >
          <Plus aria-hidden size={16} /> {t('view.newAgent')}
        </button>
      </form>

      {notice && (
        <p className="status-line" role="status">
          {notice}
        </p>
      )}

      {creating && (
        <CreateAgentForm
          accountId={accountId}
          onClose={() => {
            setCreating(false)
            createButton.current?.focus()
          }}
          onCreated={(agent) => {
            cache.prepend(agent)
            setCreating(false)
            setNotice(t('view.created', { agent: agentLabel(agent) }))
            createButton.current?.focus()
          }}
        />
      )}

      {panel?.kind === 'addresses' && panelAgent && (
        <AddressEditor
          key={panel.agentId}
          accountId={accountId}
          agent={panelAgent}
          onClose={close}
          onAgent={cache.replace}
          onNotice={setNotice}
        />
      )}
      {panel?.kind === 'hash' && panelAgent && (
        <DirectHashPanel
          key={panel.agentId}
          accountId={accountId}
          agent={panelAgent}
          onClose={close}
          onAgent={cache.replace}
        />
      )}

      <section className="card" aria-labelledby={`${filterId}-title`}>
        <div className="section-head">
          <h2 id={`${filterId}-title`}>
            {t('view.title')}{' '}
            <span className="muted" aria-live="polite">
              {query.data === undefined
                ? ''
                : query.hasNextPage
                  ? t('view.loadedMore', { loaded: number(agents.length) })
                  : number(agents.length)}
            </span>
          </h2>
          {/* VoIPbin changes statuses itself (ringing, busy): its list is read again on demand. */}
          <button
            type="button"
            className="button small"
            aria-disabled={query.isFetching}
            onClick={() => {
              if (!query.isFetching) void query.refetch()
            }}
          >
            <RefreshCw aria-hidden size={14} />{' '}
            {query.isFetching && !query.isPending ? t('view.refreshing') : t('view.refresh')}
          </button>
        </div>
        <QueryState
          query={query}
          queryKey={voipbinAgentsKey(accountId, status)}
          source={{ provider: 'voipbin', account: accountLabel }}
          loading={t('view.loadingAgents')}
          empty={agents.length === 0 && (status ? t('view.noneWithStatus') : t('view.noAgents'))}
          // A next page that failed is asked for again; the pages already shown stay.
          {...(query.isFetchNextPageError ? { retry: () => void query.fetchNextPage() } : {})}
        >
          <VoipbinAgentTable
            agents={agents}
            busyAgent={busyAgent}
            rowProblem={rowError && { agentId: rowError.agentId, message: failureText(rowError.error) }}
            onSetStatus={(agent, next) => void setAgentStatus(agent, next)}
            onEditAddresses={(agent) => open({ kind: 'addresses', agentId: agent.id, snapshot: agent })}
            onRegenerate={(agent) => open({ kind: 'hash', agentId: agent.id, snapshot: agent })}
          />
        </QueryState>
        {query.hasNextPage && (
          <div className="pager">
            <button
              type="button"
              className="button"
              aria-disabled={query.isFetchingNextPage}
              onClick={() => {
                if (!query.isFetchingNextPage) void query.fetchNextPage()
              }}
            >
              {query.isFetchingNextPage ? t('view.loading') : t('view.loadMore')}
            </button>
          </div>
        )}
      </section>
    </div>
  )
}
