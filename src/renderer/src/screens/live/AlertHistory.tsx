import { BellRing, PhoneMissed } from 'lucide-react'

import type { Alert } from '../../../../shared/domain/live'

import { formatTime } from './format'

/** Recent alerts, missed calls first, until the user clears them. */
export function AlertHistory({ alerts, onClear }: { alerts: ReadonlyArray<Alert>; onClear: () => void }) {
  const ordered = [
    ...alerts.filter((alert) => alert.kind === 'missed'),
    ...alerts.filter((alert) => alert.kind !== 'missed'),
  ]
  return (
    <section className="card" aria-labelledby="alerts-title">
      <div className="section-head">
        <h2 id="alerts-title">Recent alerts</h2>
        <button type="button" className="button small" onClick={onClear} disabled={alerts.length === 0}>
          Clear
        </button>
      </div>
      {alerts.length === 0 ? (
        <p className="muted">No alerts yet. Missed calls will stay here until you clear them.</p>
      ) : (
        <ul className="alerts">
          {ordered.slice(0, 50).map((alert) => (
            <li key={alert.id} className={alert.kind}>
              {alert.kind === 'missed' ? <PhoneMissed aria-hidden size={16} /> : <BellRing aria-hidden size={16} />}
              <span>
                <strong>{alert.kind === 'missed' ? 'Missed' : 'Rang'}</strong> on {alert.extension}
                {alert.agentName ? ` (${alert.agentName})` : ''} {alert.party ? `· ${alert.party}` : ''}
              </span>
              <span className="muted">
                {alert.accountLabel} · {formatTime(alert.at)}
                {alert.kind === 'ringing' && !alert.notified ? ' · not notified' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
