import { KeyRound, Plus } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { EmptyState } from '../components/EmptyState'
import { ErrorNotice } from '../components/ErrorNotice'
import { TryDemo } from '../components/TryDemo'

import { AccountCard } from './accounts/AccountCard'
import { AccountForm } from './accounts/AccountForm'
import { ImportExport } from './accounts/ImportExport'
import { useAccounts } from './accounts/useAccounts'
import { useLive } from './live/useLive'
import './accounts/accounts.css'

/** Provider connections. API keys live in the OS keychain, never in this window. */
export function AccountsScreen({
  demo,
}: {
  demo: { active: boolean; starting: boolean; error: unknown; start: () => void }
}) {
  const { t } = useTranslation('accounts')
  const { accounts, error } = useAccounts()
  // How each monitored account is watched (live push or polling, and why), for its card.
  const monitors = useLive()?.monitors
  const [editing, setEditing] = useState<string | 'new'>()

  if (error !== undefined) return <ErrorNotice error={error} />
  if (!accounts) return <p className="muted">{t('loading')}</p>

  return (
    <div className="stack">
      <div className="toolbar">
        <button type="button" className="button primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          <Plus aria-hidden size={16} /> {t('add')}
        </button>
        <ImportExport canExport={accounts.some((account) => !account.demo)} />
      </div>
      {editing === 'new' && <AccountForm onDone={() => setEditing(undefined)} />}
      {accounts.length === 0 && editing !== 'new' ? (
        <EmptyState icon={KeyRound} title={t('empty.title')} action={<TryDemo demo={demo} />}>
          {t('empty.body')}
        </EmptyState>
      ) : (
        <ul className="account-list">
          {accounts.map((account) =>
            editing === account.id ? (
              <li key={account.id} className="wide">
                <AccountForm account={account} onDone={() => setEditing(undefined)} />
              </li>
            ) : (
              <AccountCard
                key={account.id}
                account={account}
                monitor={monitors?.find((monitor) => monitor.accountId === account.id)}
                onEdit={() => setEditing(account.id)}
              />
            ),
          )}
        </ul>
      )}
    </div>
  )
}
