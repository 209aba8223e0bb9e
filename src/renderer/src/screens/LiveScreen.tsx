import { PhoneIncoming } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'
import { TryDemo } from '../components/TryDemo'

import { useAccounts } from './accounts/useAccounts'
import { AlertHistory } from './live/AlertHistory'
import { CallTable } from './live/CallTable'
import { roleMix } from './live/filter-note'
import { formatNumber } from './live/format'
import { LiveFilterBar } from './live/LiveFilterBar'
import { MonitorStatusList } from './live/MonitorStatusList'
import { PresencePanel } from './live/PresencePanel'
import { QueueTrends } from './live/QueueTrends'
import { useAlerts, useLive } from './live/useLive'
import './live/live.css'

/** Calls ringing and on call across accounts, the monitors' health, and recent alerts. */
export function LiveScreen({
  onNavigate,
  demo,
  focus,
}: {
  onNavigate: (screen: ScreenId) => void
  demo: { active: boolean; starting: boolean; error: unknown; start: () => void }
  /** A call or alert a notification click asked to see. */
  focus?: string | undefined
}) {
  const { t } = useTranslation('live')
  const { t: common } = useTranslation()
  const live = useLive()
  const { accounts } = useAccounts()
  const { alerts, clear, markSeen } = useAlerts()
  const [showAll, setShowAll] = useState(false)
  if (!live) return <p className="muted">{common('loading')}</p>
  if (live.monitors.length === 0) {
    return (
      <EmptyState
        icon={PhoneIncoming}
        title={t('empty.title')}
        action={
          <div className="button-row centred">
            <button type="button" className="button primary" onClick={() => onNavigate('accounts')}>
              {common('goToAccounts')}
            </button>
            {!demo.active && <TryDemo demo={demo} />}
          </div>
        }
      >
        {t('empty.body')}
      </EmptyState>
    )
  }
  // The call a notification pointed at is shown even when the filter would hide it.
  const shown = showAll ? live.calls : live.calls.filter((call) => call.concerned || call.callId === focus)
  const hidden = live.calls.length - shown.length
  return (
    <div className="stack">
      <MonitorStatusList monitors={live.monitors} />
      <LiveFilterBar
        filter={live.filter}
        queues={live.queues}
        roles={roleMix(
          accounts,
          live.monitors.map((monitor) => monitor.accountId),
        )}
      />
      <section className="card" aria-labelledby="calls-title">
        <div className="section-head">
          <h2 id="calls-title">
            {t('calls.title')}{' '}
            <span className="muted">
              {t('calls.ringingCount', {
                ringing: formatNumber(shown.filter((call) => call.state === 'ringing').length),
              })}
            </span>
          </h2>
          {(hidden > 0 || showAll) && (
            <button type="button" className="button small" onClick={() => setShowAll(!showAll)}>
              {showAll ? t('calls.showMine') : t('calls.showMore', { hidden: formatNumber(hidden) })}
            </button>
          )}
        </div>
        {shown.length === 0 ? (
          <p className="muted">{t('calls.noneForYou')}</p>
        ) : (
          <CallTable calls={shown} focus={focus} />
        )}
      </section>
      {/* Below the calls: filled in after the board, it must not push a call a click brought into view. */}
      <QueueTrends />
      <PresencePanel counts={live.agentCounts} changes={live.presence} />
      {/* The alert is marked only when the call itself is no longer on the board. */}
      <AlertHistory
        alerts={alerts}
        onClear={clear}
        onSeen={markSeen}
        focus={shown.some((call) => call.callId === focus) ? undefined : focus}
      />
    </div>
  )
}
