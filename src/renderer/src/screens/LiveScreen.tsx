import { PhoneIncoming } from 'lucide-react'

import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'
import { TryDemo } from '../components/TryDemo'

import { AlertHistory } from './live/AlertHistory'
import { CallTable } from './live/CallTable'
import { MonitorStatusList } from './live/MonitorStatusList'
import { PresencePanel } from './live/PresencePanel'
import { useAlerts, useLive } from './live/useLive'

/** Calls ringing and on call across accounts, the monitors' health, and recent alerts. */
export function LiveScreen({
  onNavigate,
  demo,
}: {
  onNavigate: (screen: ScreenId) => void
  demo: { active: boolean; starting: boolean; error: unknown; start: () => void }
}) {
  const live = useLive()
  const { alerts, clear } = useAlerts()
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
  return (
    <div className="stack">
      <MonitorStatusList monitors={live.monitors} />
      <section className="card" aria-labelledby="calls-title">
        <h2 id="calls-title">
          Calls <span className="muted">({live.calls.filter((call) => call.state === 'ringing').length} ringing)</span>
        </h2>
        {live.calls.length === 0 ? <p className="muted">No calls right now.</p> : <CallTable calls={live.calls} />}
      </section>
      <PresencePanel counts={live.agentCounts} changes={live.presence} />
      <AlertHistory alerts={alerts} onClear={clear} />
    </div>
  )
}
