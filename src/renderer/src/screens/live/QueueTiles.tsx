import { memo } from 'react'
import { useTranslation } from 'react-i18next'

import type { QueueFigures } from '../../../../shared/domain/queue-figures'

import { formatNumber } from './format'
import './queue-tiles.css'

/** VoIPbin's statuses the catalog words; others are shown as VoIPbin names them. */
const statusKeys = {
  available: 'presence.status.available',
  away: 'presence.status.away',
  busy: 'presence.status.busy',
  offline: 'presence.status.offline',
  ringing: 'presence.status.ringing',
  '': 'figures.noStatus',
} as const

const isKnownStatus = (status: string): status is keyof typeof statusKeys => Object.hasOwn(statusKeys, status)

/**
 * One tile per AloHub callin queue, Tel4vn domain and VoIPbin account, as main counts them:
 * ringing now, on calls, longest ringing (an estimate from polling, marked so), agents logged in
 * and available where the provider says, VoIPbin's agents by status. Compact, for a floor of 20–50
 * queues: ringing now and longest ringing large, the rest on one small line. A group past its warn
 * or alert level says so in words beside the colour.
 */
export const QueueTiles = memo(function QueueTiles({
  figures,
  accountLabels,
}: {
  figures: ReadonlyArray<QueueFigures>
  /** The monitored accounts' labels by id, to say where a group's figures come from. */
  accountLabels: ReadonlyMap<string, string>
}) {
  const { t } = useTranslation('live')
  if (figures.length === 0) return null
  // A dash where there is no figure (short, scannable), with words for a screen reader.
  const dash = (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('figures.noData')}</span>
    </>
  )
  const count = (value: number | null) => (value === null ? dash : formatNumber(value))
  return (
    <section className="card" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('figures.title')}</h2>
      <ul className="queue-tiles">
        {figures.map((group) => {
          const titleId = `figures-${group.key.replace(/[^\w-]/g, '_')}`
          const source = [t(`figures.kind.${group.kind}`), ...group.accountIds.map((id) => accountLabels.get(id) ?? id)]
          const sourceText = `${source[0]}${source.length > 1 ? ` · ${source.slice(1).join(', ')}` : ''}`
          return (
            <li key={group.key} className={`queue-tile ${group.level}`} aria-labelledby={titleId}>
              <div className="queue-tile-head">
                <strong id={titleId} title={group.label}>
                  {group.label}
                </strong>
                <span className={`queue-tile-level ${group.level}`}>{t(`figures.level.${group.level}`)}</span>
              </div>
              <p className="muted queue-tile-source" title={sourceText}>
                {sourceText}
              </p>
              {/* The two figures a supervisor scans for, large; the rest on one small line. */}
              <dl className="queue-tile-headline">
                <div>
                  <dt>{t('figures.ringing')}</dt>
                  <dd>{formatNumber(group.ringing)}</dd>
                </div>
                <div>
                  <dt>
                    {t('figures.longest')}* <span className="visually-hidden">({t('figures.estimateShort')})</span>
                  </dt>
                  <dd>
                    {group.longestRingingSeconds === null
                      ? dash
                      : t('figures.longestValue', { seconds: formatNumber(group.longestRingingSeconds) })}
                  </dd>
                </div>
              </dl>
              <dl className="queue-tile-minor">
                <div>
                  <dt>{t('figures.onCalls')}</dt>
                  <dd>{group.onCallsReported === false ? dash : formatNumber(group.onCalls)}</dd>
                </div>
                <div>
                  <dt>{t('figures.loggedIn')}</dt>
                  <dd>{count(group.agentsLoggedIn)}</dd>
                </div>
                <div>
                  <dt>{t('figures.available')}</dt>
                  <dd>{count(group.agentsAvailable)}</dd>
                </div>
              </dl>
              {group.agentsByStatus && Object.keys(group.agentsByStatus).length > 0 && (
                <div className="queue-tile-statuses">
                  <span className="visually-hidden" id={`${titleId}-statuses`}>
                    {t('figures.statuses')}
                  </span>
                  <ul aria-labelledby={`${titleId}-statuses`}>
                    {Object.entries(group.agentsByStatus).map(([status, agents]) => (
                      <li key={status}>
                        {isKnownStatus(status) ? t(statusKeys[status]) : status} {formatNumber(agents)}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          )
        })}
      </ul>
      <p className="muted queue-tiles-note">{t('figures.estimate')}</p>
    </section>
  )
})
