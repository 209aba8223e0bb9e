import { Users } from 'lucide-react'
import { useState } from 'react'

import { providerNames } from '../../../shared/domain/providers'
import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'

import { useAccounts } from './accounts/useAccounts'
import { AlohubAgentsView } from './agents/AlohubAgentsView'
import { VoipbinAgentsView } from './agents/VoipbinAgentsView'

/** Contact-centre agents of the AloHub and VoIPbin accounts: people, queues, recording, addresses. */
export function AgentsScreen({ onNavigate }: { onNavigate: (screen: ScreenId) => void }) {
  const { accounts } = useAccounts()
  const usable = (accounts ?? []).filter(
    (account) => (account.provider === 'alohub' || account.provider === 'voipbin') && account.hasSecret,
  )
  const [chosen, setChosen] = useState<string>()
  const account = usable.find((candidate) => candidate.id === chosen) ?? usable[0]

  if (accounts === undefined) return <p className="muted">Loading…</p>
  if (!account) {
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
  return (
    <div className="stack">
      {usable.length > 1 && (
        <div className="tabs" role="group" aria-label="Agent accounts">
          {usable.map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              aria-pressed={candidate.id === account.id}
              className={`button${candidate.id === account.id ? ' primary' : ''}`}
              onClick={() => setChosen(candidate.id)}
            >
              {candidate.label} <span className="visually-hidden">({providerNames[candidate.provider]})</span>
            </button>
          ))}
        </div>
      )}
      {/* Each account starts with its own filters and selection. */}
      {account.provider === 'alohub' ? (
        <AlohubAgentsView key={account.id} accountId={account.id} />
      ) : (
        <VoipbinAgentsView key={account.id} accountId={account.id} />
      )}
    </div>
  )
}
