import { memo } from 'react'
import { useTranslation } from 'react-i18next'

import { connectionHealth } from '../../../../shared/domain/connection-health'
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
        const health = connectionHealth(monitor)
        // Cut off from the team relay (polling directly or not), or the relay failing: the health line says so.
        const relayTrouble = health.kind === 'relayUnreachable' || health.kind === 'relayFailing'
        const relayOff = relayTrouble || health.kind === 'relayFallback'
        const pushShown = monitor.push !== null && monitor.state !== 'paused' && !relayOff
        const note = monitor.push === 'down' && monitor.pushReason !== null && monitor.state !== 'paused'
        // The relay's words already say what is wrong; the problem adds only what they do not.
        const problem = health.kind.startsWith('relay') ? health.problem : monitor.problem
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
              {(monitor.state === 'error' || relayOff) && (
                <span className={relayTrouble ? undefined : 'muted'}>
                  {' · '}
                  <HealthLine monitor={monitor} brief className="monitor-failing" />
                </span>
              )}
            </span>
            {/* "Team relay unreachable since 09:12 — calls may be missed" says it already. */}
            {monitor.blindSince && health.kind !== 'relayUnreachable' && (
              <strong className="monitor-blind">
                {t('monitors.mayMiss', { time: formatHourMinute(monitor.blindSince) })}
              </strong>
            )}
            {problem && <span className="monitor-error">{problemText(problem, t)}</span>}
            {note && <PushOffNote monitor={monitor} className="monitor-note" />}
          </li>
        )
      })}
    </ul>
  )
})
