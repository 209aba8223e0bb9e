import type { MonitorStatus } from '../../../../shared/domain/live'

const labels: Record<MonitorStatus['state'], string> = {
  starting: 'Connecting…',
  ok: 'Watching',
  error: 'Problem',
  paused: 'Paused',
}

const pushLabels: Record<NonNullable<MonitorStatus['push']>, string> = {
  connecting: 'live push connecting',
  connected: 'live push',
  down: 'polling (push down)',
}

/** One line per monitored account: is it working, and if not, why. */
export function MonitorStatusList({ monitors }: { monitors: ReadonlyArray<MonitorStatus> }) {
  return (
    <ul className="monitors" aria-label="Monitored accounts">
      {monitors.map((monitor) => (
        <li key={monitor.accountId} className={`monitor ${monitor.state}`}>
          <span className="dot" aria-hidden />
          <strong>{monitor.accountLabel}</strong>
          <span>
            {labels[monitor.state]}
            {monitor.push && monitor.state !== 'paused' && <span className="muted"> · {pushLabels[monitor.push]}</span>}
          </span>
          {monitor.message && <span className="monitor-error">{monitor.message}</span>}
        </li>
      ))}
    </ul>
  )
}
