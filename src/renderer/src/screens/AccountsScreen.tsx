import { KeyRound, Plus } from 'lucide-react'
import { useState } from 'react'

import { EmptyState } from '../components/EmptyState'
import { ErrorNotice } from '../components/ErrorNotice'
import { TryDemo } from '../components/TryDemo'

import { AccountCard } from './accounts/AccountCard'
import { AccountForm } from './accounts/AccountForm'
import { ImportExport } from './accounts/ImportExport'
import { useAccounts } from './accounts/useAccounts'

/** Provider connections. API keys live in the OS keychain, never in this window. */
export function AccountsScreen({
  demo,
}: {
  demo: { active: boolean; starting: boolean; error: unknown; start: () => void }
}) {
  const { accounts, error } = useAccounts()
  const [editing, setEditing] = useState<string | 'new'>()

  if (error !== undefined) return <ErrorNotice error={error} />
  if (!accounts) return <p className="muted">Loading accounts…</p>

  return (
    <div className="stack">
      <div className="toolbar">
        <button type="button" className="button primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          <Plus aria-hidden size={16} /> Add account
        </button>
        <ImportExport canExport={accounts.some((account) => !account.demo)} />
      </div>
      {editing === 'new' && <AccountForm onDone={() => setEditing(undefined)} />}
      {accounts.length === 0 && editing !== 'new' ? (
        <EmptyState icon={KeyRound} title="No accounts connected" action={<TryDemo demo={demo} />}>
          Add an account for AloHub, Tel4vn, VoIPbin, the AI avatar platform or AgentHub. Its key is kept in your
          operating system&apos;s keychain; this window only ever learns whether a key is set.
        </EmptyState>
      ) : (
        <ul className="account-list">
          {accounts.map((account) =>
            editing === account.id ? (
              <li key={account.id} className="wide">
                <AccountForm account={account} onDone={() => setEditing(undefined)} />
              </li>
            ) : (
              <AccountCard key={account.id} account={account} onEdit={() => setEditing(account.id)} />
            ),
          )}
        </ul>
      )}
    </div>
  )
}
