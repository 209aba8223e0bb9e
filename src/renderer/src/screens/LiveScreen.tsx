import { PhoneIncoming } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'
import { TryDemo } from '../components/TryDemo'

import { useAccounts } from './accounts/useAccounts'
import { AlertHistory } from './live/AlertHistory'
import { roleMix } from './live/filter-note'
import { LiveCalls } from './live/LiveCalls'
import { LiveFilterBar } from './live/LiveFilterBar'
import { MonitorStatusList } from './live/MonitorStatusList'
import { PresencePanel } from './live/PresencePanel'
import { QueueTiles } from './live/QueueTiles'
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
  // The panels are memoised: each gets props that keep their identity while what they show is
  // the same, so an update that moved calls renders the calls, not every panel of the board.
  const monitors = live?.monitors
  const monitored = useMemo(() => (monitors ?? []).map((monitor) => monitor.accountId).join('\n'), [monitors])
  const roles = useMemo(() => roleMix(accounts, monitored === '' ? [] : monitored.split('\n')), [accounts, monitored])
  const labelsKey = useMemo(
    () => JSON.stringify((monitors ?? []).map((monitor) => [monitor.accountId, monitor.accountLabel])),
    [monitors],
  )
  const accountLabels = useMemo(() => new Map(JSON.parse(labelsKey) as Array<[string, string]>), [labelsKey])
  const calls = live?.calls
  // Only when a notification asked for a call: no pass over 5,000 calls otherwise.
  const focusOnBoard = useMemo(
    () => focus !== undefined && (calls ?? []).some((call) => call.callId === focus),
    [calls, focus],
  )
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
  return (
    // The version shown, for the benchmark that times an update to the next paint (test/bench).
    <div className="stack" data-board-version={live.version}>
      <MonitorStatusList monitors={live.monitors} />
      <LiveFilterBar filter={live.filter} queues={live.queues} roles={roles} />
      <QueueTiles figures={live.figures} accountLabels={accountLabels} />
      <LiveCalls calls={live.calls} focus={focus} />
      {/* Below the calls: filled in after the board, it must not push a call a click brought into view. */}
      <QueueTrends />
      <PresencePanel counts={live.agentCounts} changes={live.presence} />
      {/* The alert is marked only when the call itself is no longer on the board. */}
      <AlertHistory alerts={alerts} onClear={clear} onSeen={markSeen} focus={focusOnBoard ? undefined : focus} />
    </div>
  )
}
