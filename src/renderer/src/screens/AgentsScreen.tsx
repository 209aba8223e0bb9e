import { Users } from 'lucide-react'

import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'

/** Contact-centre agents: people, their queues and recording. */
export function AgentsScreen({ onNavigate }: { onNavigate: (screen: ScreenId) => void }) {
  return (
    <EmptyState
      icon={Users}
      title="No agents to show"
      action={
        <button type="button" className="button" onClick={() => onNavigate('accounts')}>
          Go to Accounts
        </button>
      }
    >
      Agents, their callin and callout queues and call recording come from an AloHub or VoIPbin account.
    </EmptyState>
  )
}
