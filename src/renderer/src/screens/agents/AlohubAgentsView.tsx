import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { AlohubAgentView } from '../../../../shared/domain/alohub-views'
import { useFailureText } from '../../components/ErrorNotice'
import { QueryState } from '../../components/QueryState'
import { currentLocale } from '../../i18n/i18n'
import { useClient } from '../../ipc/client-context'

import { AgentTable } from './AgentTable'
import { BulkPanel } from './BulkPanel'
import { matchesSearch, queueLabel } from './format-agent'
import { useKnownQueues } from './known-queues'
import { QueueEditor } from './QueueEditor'
import {
  alohubAgentsKey,
  useAlohubAgents,
  useBulkJob,
  useRecordingMarks,
  type AgentServerFilter,
} from './useAlohubAgents'

type StatusFilter = 'all' | 'active' | 'inactive'

/** AloHub's agents of one account: filter, search, select, edit queues and recording, alone or in bulk. */
export function AlohubAgentsView({ accountId, accountLabel }: { accountId: string; accountLabel: string }) {
  const client = useClient()
  const { t } = useTranslation('agents')
  const { t: states } = useTranslation('dataState')
  const failureText = useFailureText()
  const queries = useQueryClient()
  const number = (value: number) => value.toLocaleString(currentLocale())
  const [status, setStatus] = useState<StatusFilter>('all')
  const [queue, setQueue] = useState('')
  const [search, setSearch] = useState('')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [editing, setEditing] = useState<AlohubAgentView>()
  const [notice, setNotice] = useState<string>()
  const [rowError, setRowError] = useState<{ agentId: string; error: unknown }>()
  const [busyAgent, setBusyAgent] = useState<string>()
  const [job, setJob] = useBulkJob(accountId)

  const filter: AgentServerFilter = {
    ...(status === 'all' ? {} : { active: status === 'active' }),
    ...(queue === '' ? {} : { queueId: Number(queue) }),
  }
  const { query, agents, total } = useAlohubAgents(accountId, filter)
  const marks = useRecordingMarks(accountId)
  const matching = useMemo(() => agents.filter((agent) => matchesSearch(agent, search)), [agents, search])
  // Queues already seen stay listed while a filter narrows the list or a read fails.
  const queueOptions = useKnownQueues(accountId, agents)
  const searching = search.trim() !== ''
  const filtered = status !== 'all' || queue !== ''
  const loading = agents.length < total
  const counted = query.data !== undefined

  const refresh = () => queries.invalidateQueries({ queryKey: ['alohub', accountId] })
  const toggle = (agentId: string) => {
    const next = new Set(selected)
    if (next.has(agentId)) next.delete(agentId)
    else next.add(agentId)
    setSelected(next)
  }
  const setRecording = async (agent: AlohubAgentView, enabled: boolean) => {
    setBusyAgent(agent.agentId)
    setRowError(undefined)
    try {
      const answer = await client.call('alohub.setRecording', { accountId, agentId: agent.agentId, enabled })
      const done = t(enabled ? 'recording.turnedOn' : 'recording.turnedOff', { agent: agent.agentId })
      setNotice(answer.interrupted ? `${done} ${states('interrupted.resent')}` : done)
      await queries.invalidateQueries({ queryKey: ['alohub', accountId, 'recording'] })
    } catch (error) {
      setRowError({ agentId: agent.agentId, error })
    } finally {
      setBusyAgent(undefined)
    }
  }

  return (
    <div className="stack">
      <form className="card agent-filters" aria-label={t('filter.label')} onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="agent-search">{t('filter.search')}</label>
        <input
          id="agent-search"
          type="search"
          placeholder={t('filter.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <label htmlFor="agent-status">{t('filter.status')}</label>
        <select id="agent-status" value={status} onChange={(event) => setStatus(event.target.value as StatusFilter)}>
          <option value="all">{t('filter.all')}</option>
          <option value="active">{t('filter.active')}</option>
          <option value="inactive">{t('filter.inactive')}</option>
        </select>
        <label htmlFor="agent-queue">{t('filter.queue')}</label>
        <select id="agent-queue" value={queue} onChange={(event) => setQueue(event.target.value)}>
          <option value="">{t('filter.anyQueue')}</option>
          {queueOptions.map((known) => (
            <option key={known.id} value={known.id}>
              {queueLabel(known)}
            </option>
          ))}
        </select>
      </form>

      {notice && (
        <p className="status-line" role="status">
          {notice}
        </p>
      )}

      {editing && (
        <QueueEditor
          key={editing.agentId}
          accountId={accountId}
          agent={editing}
          queues={queueOptions}
          onClose={() => setEditing(undefined)}
          onSaved={(message) => {
            setNotice(message)
            void refresh()
          }}
        />
      )}

      {(selected.size > 0 || job) && (
        <BulkPanel
          accountId={accountId}
          selected={[...selected]}
          queues={queueOptions}
          job={job}
          onStarted={setJob}
          onClearSelection={() => setSelected(new Set())}
        />
      )}

      <section className="card" aria-labelledby="agents-title">
        <div className="section-head">
          <h2 id="agents-title">
            {t('list.title')}{' '}
            <span className="muted" aria-live="polite">
              {!counted
                ? ''
                : searching
                  ? t('list.matching', { matching: number(matching.length), loaded: number(agents.length) })
                  : loading
                    ? t('list.loaded', { loaded: number(agents.length), total: number(total) })
                    : number(total)}
            </span>
          </h2>
          <button
            type="button"
            className="button small"
            disabled={matching.length === 0}
            onClick={() => setSelected(new Set([...selected, ...matching.map((agent) => agent.agentId)]))}
          >
            {t(searching ? 'list.selectAllMatching' : 'list.selectAllLoaded', { count: number(matching.length) })}
          </button>
        </div>
        <QueryState
          query={query}
          queryKey={alohubAgentsKey(accountId, filter)}
          source={{ provider: 'alohub', account: accountLabel }}
          loading={t('list.loadingAgents')}
          empty={total === 0 && (filtered ? t('list.none') : t('list.noneAtAll'))}
        >
          <AgentTable
            agents={searching ? matching : agents}
            rowCount={searching ? matching.length : total}
            selected={selected}
            marks={marks.data ?? {}}
            onToggle={toggle}
            onEditQueues={(agent) => {
              // A notice about the agent saved before does not stay beside another agent's editor.
              if (agent.agentId !== editing?.agentId) setNotice(undefined)
              setEditing(agent)
            }}
            onRecording={(agent, enabled) => void setRecording(agent, enabled)}
            busyAgent={busyAgent}
            rowProblem={rowError && { agentId: rowError.agentId, message: failureText(rowError.error) }}
          />
        </QueryState>
      </section>
    </div>
  )
}
