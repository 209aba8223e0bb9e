import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'

import type { AlohubAgentView, RecordingMark } from '../../../../shared/domain/alohub-views'

import { describeRecording, queueNames } from './format-agent'
import './agent-table.css'

const ROW_HEIGHT = 52

/**
 * The agents table, virtualised: only the rows in view are in the page, so 10,000 agents
 * scroll as smoothly as 10. Rows past what has loaded so far say so until their page arrives.
 */
export function AgentTable({
  agents,
  rowCount,
  selected,
  marks,
  onToggle,
  onEditQueues,
  onRecording,
  busyAgent,
  rowProblem,
}: {
  agents: ReadonlyArray<AlohubAgentView>
  /** Rows the table is tall for: the filter's total while loading, the matches once searching. */
  rowCount: number
  selected: ReadonlySet<string>
  marks: Readonly<Record<string, RecordingMark>>
  onToggle: (agentId: string) => void
  onEditQueues: (agent: AlohubAgentView) => void
  onRecording: (agent: AlohubAgentView, enabled: boolean) => void
  busyAgent: string | undefined
  /** A failure of a row's own action, shown in that row. */
  rowProblem: { agentId: string; message: string } | undefined
}) {
  const { t } = useTranslation('agents')
  const scroller = useRef<HTMLDivElement>(null)
  // The virtualiser keeps its own mutable state; nothing here is memoised around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtual.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtual.getTotalSize() - (items.at(-1)?.end ?? 0)

  return (
    <div className="agent-scroll" ref={scroller} tabIndex={-1}>
      <table className="data-table agent-table" aria-label={t('table.label')} aria-rowcount={rowCount + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              <span className="visually-hidden">{t('table.selected')}</span>
            </th>
            <th scope="col">{t('table.agent')}</th>
            <th scope="col">{t('table.presence')}</th>
            <th scope="col">{t('table.callin')}</th>
            <th scope="col">{t('table.callout')}</th>
            <th scope="col">{t('table.recording')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden className="spacer">
              <td colSpan={7} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const agent = agents[item.index]
            if (!agent) {
              return (
                <tr key={item.key} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                  <td colSpan={7} className="muted">
                    {t('table.loadingRow')}
                  </td>
                </tr>
              )
            }
            const names = queueNames(agent)
            const mark = marks[agent.agentId]
            const label = agent.userName ? `${agent.agentId} ${agent.userName}` : agent.agentId
            return (
              <tr
                key={agent.agentId}
                ref={virtual.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-selected={selected.has(agent.agentId)}
                style={{ height: ROW_HEIGHT }}
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('table.select', { agent: label })}
                    checked={selected.has(agent.agentId)}
                    onChange={() => onToggle(agent.agentId)}
                  />
                </td>
                <th scope="row">
                  <span className="mono">{agent.agentId}</span> {agent.userName ?? ''}
                  {!agent.active && (
                    <>
                      {' '}
                      <span className="badge muted-badge agent-badge">{t('table.inactive')}</span>
                    </>
                  )}
                </th>
                <td>
                  <Presence agent={agent} />
                </td>
                <td>
                  <span className="queue-list">
                    {agent.callinQueueIds.length === 0 ? (
                      <span className="muted">{t('table.none')}</span>
                    ) : (
                      agent.callinQueueIds.map((id) => (
                        <span key={id} className="tag" title={names.get(id) ?? undefined}>
                          {names.get(id) ?? id}
                        </span>
                      ))
                    )}
                  </span>
                </td>
                <td>
                  {agent.calloutQueueName ?? agent.calloutQueueId ?? <span className="muted">{t('table.none')}</span>}
                </td>
                <td>
                  <div className="recording-cell">
                    <span className={mark ? undefined : 'muted'}>{describeRecording(mark, t)}</span>
                    <button
                      type="button"
                      className="button small"
                      disabled={busyAgent === agent.agentId}
                      aria-label={t(mark?.enabled ? 'table.turnRecordingOff' : 'table.turnRecordingOn', {
                        agent: label,
                      })}
                      onClick={() => onRecording(agent, !mark?.enabled)}
                    >
                      {mark?.enabled ? t('table.turnOff') : t('table.turnOn')}
                    </button>
                  </div>
                  {rowProblem?.agentId === agent.agentId && (
                    <p className="field-error" role="alert">
                      {rowProblem.message}
                    </p>
                  )}
                </td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('table.editQueues', { agent: label })}
                      onClick={() => onEditQueues(agent)}
                    >
                      {t('table.queues')}
                    </button>
                  </div>
                </td>
              </tr>
            )
          })}
          {after > 0 && (
            <tr aria-hidden className="spacer">
              <td colSpan={7} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}

/** AloHub's two statuses in one word: whether the agent can take calls now. */
function Presence({ agent }: { agent: AlohubAgentView }) {
  const { t } = useTranslation('agents')
  const loggedOut = agent.userStatus?.toUpperCase() === 'LOGOUT'
  const available = agent.systemStatus?.toUpperCase() === 'AVAILABLE'
  const [word, tone] = loggedOut
    ? [t('table.loggedOut'), '']
    : available
      ? [t('table.available'), 'available']
      : [t('table.notAvailable'), 'busy']
  return (
    <span className="presence">
      <span className={`presence-dot ${tone}`} aria-hidden />
      {word}
    </span>
  )
}
