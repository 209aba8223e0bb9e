import { useTranslation } from 'react-i18next'

import { connectionHealth, healthWords } from '../../../../shared/domain/connection-health'
import type { MonitorStatus } from '../../../../shared/domain/live'

import { formatHourMinute } from './format'

/**
 * An account's connection in one line, as the tray says it: "Connected · live push · checked every
 * 15 s", "Failing since 09:12: …" (the last error in words). Accounts and Live both show it.
 */
export function HealthLine({
  monitor,
  brief = false,
  className,
}: {
  monitor: MonitorStatus
  /** Leave out the error, where it is shown beside. */
  brief?: boolean
  className?: string
}) {
  const { t } = useTranslation('live')
  const full = connectionHealth(monitor)
  const health = brief ? { ...full, problem: null } : full
  const words = healthWords((key, options) => String(t(key as never, options as never)), health, formatHourMinute)
  return (
    <span className={`health health-${health.kind}${className ? ` ${className}` : ''}`} data-health={health.kind}>
      {words}
    </span>
  )
}
