import { memo } from 'react'
import { useTranslation } from 'react-i18next'

import type { MonitorStatus } from '../../../../shared/domain/live'
import { problemText } from '../../data/problem-text'

import { formatHourMinute } from './format'
import { HealthLine } from './HealthLine'
import { PushLabel, PushOffNote } from './PushStatus'

/** One line per monitored account: is it working, which channel it uses, and if not, why. */
export const MonitorStatusList = memo(function MonitorStatusList({
  monitors,
}: {
  monitors: ReadonlyArray<MonitorStatus>
}) {
  const { t } = useTranslation('live')
  return (
    <ul className="monitors" aria-label={t('monitors.label')}>
      {monitors.map((monitor) => {
        const pushShown = monitor.push !== null && monitor.state !== 'paused'
        const note = pushShown && monitor.push === 'down' && monitor.pushReason !== null
        return (
          <li key={monitor.accountId} className={`monitor ${monitor.state}${note ? ' has-note' : ''}`}>
            <span className="dot" aria-hidden />
            <strong>{monitor.accountLabel}</strong>
            <span>
              {t(`monitors.${monitor.state}`)}
              {pushShown && (
                <span className="muted">
                  {' · '}
                  <PushLabel monitor={monitor} />
                </span>
              )}
              {/* "Problem · Failing since 09:12", not two statements run together. */}
              {monitor.state === 'error' && (
                <span className="muted">
                  {' · '}
                  <HealthLine monitor={monitor} brief className="monitor-failing" />
                </span>
              )}
            </span>
            {monitor.blindSince && (
              <strong className="monitor-blind">
                {t('monitors.mayMiss', { time: formatHourMinute(monitor.blindSince) })}
              </strong>
            )}
            {monitor.problem && <span className="monitor-error">{problemText(monitor.problem, t)}</span>}
            {note && <PushOffNote monitor={monitor} className="monitor-note" />}
          </li>
        )
      })}
    </ul>
  )
})
