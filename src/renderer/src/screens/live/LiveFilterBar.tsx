import { memo, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { KnownQueue } from '../../../../shared/domain/live'
import { isOpenFilter, liveFilterSchema, type LiveFilter } from '../../../../shared/domain/live-filter'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'

import { filterNoteKey, type RoleMix } from './filter-note'

/** "101, Lan, 102" → ["101", "Lan", "102"]. */
const splitAgents = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)

/** A supervisor's filter: direction, agents and queues. It decides notifications and the board. */
export const LiveFilterBar = memo(function LiveFilterBar({
  filter,
  queues,
  roles,
}: {
  filter: LiveFilter
  queues: ReadonlyArray<KnownQueue>
  /** The roles of the monitored accounts, for what the note under the filter says. */
  roles: RoleMix
}) {
  const client = useClient()
  const { t } = useTranslation('live')
  const id = useId()
  const [direction, setDirection] = useState(filter.direction)
  const [agentsText, setAgentsText] = useState(filter.agents.join(', '))
  const [chosenQueues, setChosenQueues] = useState<ReadonlyArray<number>>(filter.queues)
  const [problem, setProblem] = useState<string>()
  const save = useAction((next: LiveFilter) => client.call('live.setFilter', { filter: next }))

  // A change made elsewhere shows here too; the board's frequent updates of the same filter
  // must not wipe what the user is typing, hence the comparison by value.
  const filterKey = JSON.stringify(filter)
  const [shownKey, setShownKey] = useState(filterKey)
  if (shownKey !== filterKey) {
    setShownKey(filterKey)
    setDirection(filter.direction)
    setAgentsText(filter.agents.join(', '))
    setChosenQueues(filter.queues)
  }

  const apply = (next: LiveFilter) => {
    const checked = liveFilterSchema.safeParse(next)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      setProblem(issue?.path[0] === 'agents' ? t('filter.agentsProblem') : (issue?.message ?? t('filter.invalid')))
      return
    }
    setProblem(undefined)
    // Leaving the field without a change is not a change: no write, no board update.
    if (JSON.stringify(checked.data) !== filterKey) save.run(checked.data)
  }
  const current = (): LiveFilter => ({ direction, agents: splitAgents(agentsText), queues: [...chosenQueues] })

  return (
    <form
      className="card filter-bar"
      aria-label={t('filter.label')}
      onSubmit={(event) => {
        event.preventDefault()
        apply(current())
      }}
    >
      <div className="filter-fields">
        <label htmlFor={`${id}-direction`}>{t('filter.direction')}</label>
        <select
          id={`${id}-direction`}
          value={direction}
          onChange={(event) => {
            const value = event.target.value as LiveFilter['direction']
            setDirection(value)
            apply({ ...current(), direction: value })
          }}
        >
          <option value="any">{t('filter.any')}</option>
          <option value="inbound">{t('filter.inbound')}</option>
          <option value="outbound">{t('filter.outbound')}</option>
        </select>
        <label htmlFor={`${id}-agents`}>{t('filter.agents')}</label>
        <input
          id={`${id}-agents`}
          value={agentsText}
          placeholder={t('filter.agentsPlaceholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setAgentsText(event.target.value)}
          onBlur={() => apply(current())}
        />
        <span className="filter-label">{t('filter.queues')}</span>
        {queues.length === 0 ? (
          <span className="muted">{t('filter.noQueues')}</span>
        ) : (
          <div className="queue-chips" role="group" aria-label={t('filter.queues')}>
            {queues.map((queue) => {
              const on = chosenQueues.includes(queue.id)
              return (
                <button
                  key={queue.id}
                  type="button"
                  className={`chip${on ? ' on' : ''}`}
                  aria-pressed={on}
                  onClick={() => {
                    const next = on ? chosenQueues.filter((idOf) => idOf !== queue.id) : [...chosenQueues, queue.id]
                    setChosenQueues(next)
                    apply({ ...current(), queues: next })
                  }}
                >
                  {queue.label ?? t('filter.queue', { id: queue.id })}
                </button>
              )
            })}
          </div>
        )}
      </div>
      <div className="filter-foot">
        <span className="muted">{t(filterNoteKey(roles, isOpenFilter(filter)))}</span>
        {!isOpenFilter(filter) && (
          <button
            type="button"
            className="button small"
            onClick={() => apply({ direction: 'any', agents: [], queues: [] })}
          >
            {t('filter.clear')}
          </button>
        )}
      </div>
      {problem && (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      {save.error !== undefined && <ErrorNotice error={save.error} />}
    </form>
  )
})
