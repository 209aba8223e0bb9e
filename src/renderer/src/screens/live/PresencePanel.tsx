import type { AgentCount, PresenceChange } from '../../../../shared/domain/live'

import { formatTime } from './format'

/** Who is reachable per account, and the latest presence changes. */
export function PresencePanel({
  counts,
  changes,
}: {
  counts: ReadonlyArray<AgentCount>
  changes: ReadonlyArray<PresenceChange>
}) {
  if (counts.length === 0 && changes.length === 0) return null
  return (
    <section className="card" aria-labelledby="presence-title">
      <h2 id="presence-title">Agent presence</h2>
      <ul className="presence-counts">
        {counts.map((count) => (
          <li key={count.accountId}>
            <strong>
              {count.online} of {count.total}
            </strong>{' '}
            reachable <span className="muted">· {count.accountLabel}</span>
          </li>
        ))}
      </ul>
      {changes.length > 0 && (
        <ul className="alerts" aria-label="Presence changes">
          {changes.slice(0, 10).map((change) => (
            <li key={`${change.accountId}:${change.agentId}:${change.at}`}>
              <span className={`presence-dot ${change.to.replace(/\s+/g, '-')}`} aria-hidden />
              <span>
                <strong>{change.name}</strong> {change.from ? `${change.from} → ` : ''}
                {change.to}
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
}
