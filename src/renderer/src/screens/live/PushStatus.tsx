import { useTranslation } from 'react-i18next'

import type { MonitorStatus } from '../../../../shared/domain/live'

import { formatNumber } from './format'

const pushLabels = {
  connecting: 'monitors.pushConnecting',
  connected: 'monitors.pushConnected',
  down: 'monitors.pushDown',
} as const satisfies Record<NonNullable<MonitorStatus['push']>, string>

/** The channel in use, in a few words: live push, connecting, or polling; or the team relay's. */
export function PushLabel({ monitor }: { monitor: MonitorStatus }) {
  const { t } = useTranslation('live')
  const { t: tAccounts } = useTranslation('accounts')
  if (!monitor.push) return null
  if (monitor.channel === 'relay') {
    const provider = tAccounts(`providers.${monitor.provider}`)
    const reason = monitor.push === 'down' ? relayReason(monitor.pushReason) : monitor.push
    return <>{t(`monitors.relay.${reason}`, { provider })}</>
  }
  // Push that never starts (no customer id) is not "down": the account is simply polled.
  return <>{t(monitor.pushReason === 'no_customer_id' ? 'monitors.pushOffLabel' : pushLabels[monitor.push])}</>
}

/** The relay's reasons are its own; any other is not one it gives, and reads as cut off. */
function relayReason(reason: MonitorStatus['pushReason']): 'relay_unreachable' | 'relay_fallback' | 'relay_failing' {
  return reason === 'relay_fallback' || reason === 'relay_failing' ? reason : 'relay_unreachable'
}

/** Why live push (or the team relay) is off, and how often the account is polled meanwhile; nothing while on. */
export function PushOffNote({ monitor, className }: { monitor: MonitorStatus; className?: string }) {
  const { t } = useTranslation('live')
  const { t: tAccounts } = useTranslation('accounts')
  if (monitor.push !== 'down' || !monitor.pushReason) return null
  const seconds = monitor.pollSeconds === null ? '?' : formatNumber(monitor.pollSeconds)
  const provider = tAccounts(`providers.${monitor.provider}`)
  return <span className={className}>{t(`monitors.pushOff.${monitor.pushReason}`, { seconds, provider })}</span>
}
