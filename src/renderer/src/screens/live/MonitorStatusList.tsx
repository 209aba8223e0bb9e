import { useTranslation } from 'react-i18next'

import type { MonitorStatus } from '../../../../shared/domain/live'

import { formatHourMinute } from './format'

const labels = {
  starting: 'monitors.starting',
  ok: 'monitors.ok',
  error: 'monitors.error',
  paused: 'monitors.paused',
} as const satisfies Record<MonitorStatus['state'], string>

const pushLabels = {
  connecting: 'monitors.pushConnecting',
  connected: 'monitors.pushConnected',
  down: 'monitors.pushDown',
} as const satisfies Record<NonNullable<MonitorStatus['push']>, string>

/** One line per monitored account: is it working, and if not, why. */
export function MonitorStatusList({ monitors }: { monitors: ReadonlyArray<MonitorStatus> }) {
  const { t } = useTranslation('live')
  return (
    <ul className="monitors" aria-label={t('monitors.label')}>
      {monitors.map((monitor) => (
        <li key={monitor.accountId} className={`monitor ${monitor.state}`}>
          <span className="dot" aria-hidden />
          <strong>{monitor.accountLabel}</strong>
          <span>
            {t(labels[monitor.state])}
            {monitor.push && monitor.state !== 'paused' && (
              <span className="muted"> · {t(pushLabels[monitor.push])}</span>
            )}
          </span>
          {monitor.blindSince && (
            <strong className="monitor-blind">
              {t('monitors.mayMiss', { time: formatHourMinute(monitor.blindSince) })}
            </strong>
          )}
          {monitor.message && <span className="monitor-error">{monitor.message}</span>}
        </li>
      ))}
    </ul>
  )
}
