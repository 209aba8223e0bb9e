import { Users } from 'lucide-react'
import { useTranslation } from 'react-i18next'

import { providerNames } from '../../../shared/domain/providers'
import type { ScreenId } from '../../../shared/domain/screens'
import { AccountSwitch, useAccountChoice } from '../components/AccountChoice'
import { EmptyState } from '../components/EmptyState'

import { AlohubAgentsView } from './agents/AlohubAgentsView'
import { VoipbinAgentsView } from './agents/VoipbinAgentsView'
import './agents/agents.css'

/** Contact-centre agents of the AloHub and VoIPbin accounts: people, queues, recording, addresses. */
export function AgentsScreen({ onNavigate }: { onNavigate: (screen: ScreenId) => void }) {
  const { t } = useTranslation('agents')
  const { t: common } = useTranslation()
  const { loading, usable, account, choose } = useAccountChoice(['alohub', 'voipbin'])

  if (loading) return <p className="muted">{common('loading')}</p>
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
      <AccountSwitch
        label={t('accountsGroup')}
        accounts={usable}
        current={account}
        onChoose={choose}
        describe={(candidate) => (
          <>
            {candidate.label} <span className="visually-hidden">({providerNames[candidate.provider]})</span>
          </>
        )}
      />
      {/* Each account starts with its own filters and selection. */}
      {account.provider === 'alohub' ? (
        <AlohubAgentsView key={account.id} accountId={account.id} accountLabel={account.label} />
      ) : (
        <VoipbinAgentsView key={account.id} accountId={account.id} accountLabel={account.label} />
      )}
    </div>
  )
}
