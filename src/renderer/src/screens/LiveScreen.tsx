import { PhoneIncoming } from 'lucide-react'
import { useState } from 'react'

import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'
import { TryDemo } from '../components/TryDemo'

import { AlertHistory } from './live/AlertHistory'
import { CallTable } from './live/CallTable'
import { LiveFilterBar } from './live/LiveFilterBar'
import { MonitorStatusList } from './live/MonitorStatusList'
import { PresencePanel } from './live/PresencePanel'
import { useAlerts, useLive } from './live/useLive'

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
  const live = useLive()
  const { alerts, clear } = useAlerts()
  const [showAll, setShowAll] = useState(false)
  if (!live) return <p className="muted">Loading…</p>
  if (live.monitors.length === 0) {
    return (
      <EmptyState
        icon={PhoneIncoming}
        title="No calls to watch yet"
        action={
          <div className="button-row centred">
            <button type="button" className="button primary" onClick={() => onNavigate('accounts')}>
              Go to Accounts
            </button>
            {!demo.active && <TryDemo demo={demo} />}
          </div>
        }
      >
        Connect a Tel4vn account and ringing calls will show here, with a desktop notification the moment they ring;
        AloHub and VoIPbin add agent presence, AgentHub failed AI runs.
      </EmptyState>
    )
  }
  // The call a notification pointed at is shown even when the filter would hide it.
  const shown = showAll ? live.calls : live.calls.filter((call) => call.concerned || call.callId === focus)
  const hidden = live.calls.length - shown.length
  return (
    <div className="stack">
      <MonitorStatusList monitors={live.monitors} />
      <LiveFilterBar filter={live.filter} queues={live.queues} />
      <section className="card" aria-labelledby="calls-title">
        <div className="section-head">
          <h2 id="calls-title">
            Calls <span className="muted">({shown.filter((call) => call.state === 'ringing').length} ringing)</span>
          </h2>
          {(hidden > 0 || showAll) && (
            <button type="button" className="button small" onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Show only calls for me' : `Show ${hidden} more (not for you)`}
            </button>
          )}
        </div>
        {shown.length === 0 ? (
          <p className="muted">No calls for you right now.</p>
        ) : (
          <CallTable calls={shown} focus={focus} />
        )}
      </section>
      <PresencePanel counts={live.agentCounts} changes={live.presence} />
      {/* The alert is marked only when the call itself is no longer on the board. */}
      <AlertHistory
        alerts={alerts}
        onClear={clear}
        focus={shown.some((call) => call.callId === focus) ? undefined : focus}
      />
    </div>
  )
}
