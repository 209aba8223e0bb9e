import { useTranslation } from 'react-i18next'

import type { MonitorStatus } from '../../../../shared/domain/live'

import { formatNumber } from './format'

const pushLabels = {
  connecting: 'monitors.pushConnecting',
  connected: 'monitors.pushConnected',
  down: 'monitors.pushDown',
} as const satisfies Record<NonNullable<MonitorStatus['push']>, string>

/** The channel in use, in a few words: live push, connecting, or polling. */
export function PushLabel({ monitor }: { monitor: MonitorStatus }) {
  const { t } = useTranslation('live')
  if (!monitor.push) return null
  // Push that never starts (no customer id) is not "down": the account is simply polled.
  return <>{t(monitor.pushReason === 'no_customer_id' ? 'monitors.pushOffLabel' : pushLabels[monitor.push])}</>
}

/** Why live push is off, and how often the account is polled meanwhile; nothing while push is on. */
export function PushOffNote({ monitor, className }: { monitor: MonitorStatus; className?: string }) {
  const { t } = useTranslation('live')
  if (monitor.push !== 'down' || !monitor.pushReason) return null
  const seconds = monitor.pollSeconds === null ? '?' : formatNumber(monitor.pollSeconds)
  return <span className={className}>{t(`monitors.pushOff.${monitor.pushReason}`, { seconds })}</span>
}
