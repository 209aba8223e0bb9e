import { PhoneIncoming } from 'lucide-react'

import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'
import { TryDemo } from '../components/TryDemo'

/** Calls ringing and on call across accounts. */
export function LiveScreen({
  onNavigate,
  demo,
}: {
  onNavigate: (screen: ScreenId) => void
  demo: { active: boolean; starting: boolean; error: unknown; start: () => void }
}) {
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
      Connect a Tel4vn or VoIPbin account and ringing calls will show here, with a desktop notification the moment they
      ring.
    </EmptyState>
  )
}
