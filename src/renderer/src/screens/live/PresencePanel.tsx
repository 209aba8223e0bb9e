import { memo } from 'react'
import { useTranslation } from 'react-i18next'

import type { AgentCount, PresenceChange } from '../../../../shared/domain/live'

import { formatNumber, formatTime } from './format'

/** The statuses the monitor reports, by the key of their words; others are shown as they come. */
const statusKeys = {
  available: 'presence.status.available',
  away: 'presence.status.away',
  busy: 'presence.status.busy',
  offline: 'presence.status.offline',
  ringing: 'presence.status.ringing',
  unknown: 'presence.status.unknown',
  'logged out': 'presence.status.loggedOut',
  'not available': 'presence.status.notAvailable',
} as const

const isKnownStatus = (status: string): status is keyof typeof statusKeys => Object.hasOwn(statusKeys, status)

/** Who is reachable per account, and the latest presence changes. */
export const PresencePanel = memo(function PresencePanel({
  counts,
  changes,
}: {
  counts: ReadonlyArray<AgentCount>
  changes: ReadonlyArray<PresenceChange>
}) {
  const { t } = useTranslation('live')
  if (counts.length === 0 && changes.length === 0) return null
  const statusText = (status: string) => (isKnownStatus(status) ? t(statusKeys[status]) : status)
  return (
    <section className="card below-board" aria-labelledby="presence-title">
      <h2 id="presence-title">{t('presence.title')}</h2>
      <ul className="presence-counts">
        {counts.map((count) => (
          <li key={count.accountId}>
            <strong>
              {t('presence.ofTotal', { online: formatNumber(count.online), total: formatNumber(count.total) })}
            </strong>{' '}
            {t('presence.reachable')} <span className="muted">· {count.accountLabel}</span>
          </li>
        ))}
      </ul>
      {changes.length > 0 && (
        <ul className="alerts" aria-label={t('presence.changes')}>
          {changes.slice(0, 10).map((change) => (
            <li key={`${change.accountId}:${change.agentId}:${change.at}`}>
              <span className={`presence-dot ${change.to.replace(/\s+/g, '-')}`} aria-hidden />
              <span>
                <strong>{change.name}</strong> {change.from ? `${statusText(change.from)} → ` : ''}
                {statusText(change.to)}
              </span>
              <span className="muted">
                {change.accountLabel} · {formatTime(change.at)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
})
