import type { MonitorStatus } from '../../../../shared/domain/live'

const labels: Record<MonitorStatus['state'], string> = {
  starting: 'Connecting…',
  ok: 'Watching',
  error: 'Problem',
  paused: 'Paused',
}

/** One line per monitored account: is it working, and if not, why. */
export function MonitorStatusList({ monitors }: { monitors: ReadonlyArray<MonitorStatus> }) {
  return (
    <ul className="monitors" aria-label="Monitored accounts">
      {monitors.map((monitor) => (
        <li key={monitor.accountId} className={`monitor ${monitor.state}`}>
          <span className="dot" aria-hidden />
          <strong>{monitor.accountLabel}</strong>
          <span>{labels[monitor.state]}</span>
          {monitor.message && <span className="monitor-error">{monitor.message}</span>}
        </li>
      ))}
    </ul>
  )
}
