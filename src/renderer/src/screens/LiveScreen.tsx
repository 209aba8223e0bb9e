import { PhoneIncoming } from 'lucide-react'

import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'

/** Calls ringing and on call across accounts. */
export function LiveScreen({ onNavigate }: { onNavigate: (screen: ScreenId) => void }) {
  return (
    <EmptyState
      icon={PhoneIncoming}
      title="No calls to watch yet"
      action={
        <button type="button" className="button primary" onClick={() => onNavigate('accounts')}>
          Go to Accounts
        </button>
      }
    >
      Connect a Tel4vn or VoIPbin account and ringing calls will show here, with a desktop notification the moment they
      ring.
    </EmptyState>
  )
}
