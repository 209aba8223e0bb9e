import { Users } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { providerNames } from '../../../shared/domain/providers'
import type { ScreenId } from '../../../shared/domain/screens'
import { EmptyState } from '../components/EmptyState'

import { useAccounts } from './accounts/useAccounts'
import { AlohubAgentsView } from './agents/AlohubAgentsView'
import { VoipbinAgentsView } from './agents/VoipbinAgentsView'

/** Contact-centre agents of the AloHub and VoIPbin accounts: people, queues, recording, addresses. */
export function AgentsScreen({ onNavigate }: { onNavigate: (screen: ScreenId) => void }) {
  const { t } = useTranslation('agents')
  const { t: common } = useTranslation()
  const { accounts } = useAccounts()
  const usable = (accounts ?? []).filter(
    (account) => (account.provider === 'alohub' || account.provider === 'voipbin') && account.hasSecret,
  )
  const [chosen, setChosen] = useState<string>()
  const account = usable.find((candidate) => candidate.id === chosen) ?? usable[0]

  if (accounts === undefined) return <p className="muted">{common('loading')}</p>
  if (!account) {
    return (
      <EmptyState
        icon={Users}
        title={t('empty.title')}
        action={
          <button type="button" className="button" onClick={() => onNavigate('accounts')}>
            {common('goToAccounts')}
          </button>
        }
      >
        {t('empty.body')}
      </EmptyState>
    )
  }
  return (
    <div className="stack">
      {usable.length > 1 && (
        <div className="tabs" role="group" aria-label={t('accountsGroup')}>
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
