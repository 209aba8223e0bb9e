import { useState } from 'react'

import type { AccountView } from '../../../shared/domain/accounts'
import type { ProviderId } from '../../../shared/domain/providers'
import { useAccounts } from '../screens/accounts/useAccounts'

/**
 * The accounts of these providers that have a key, in the order the providers are named, and
 * the one the user picked (the first until they pick). Undefined accounts: still loading.
 */
export function useAccountChoice(providers: ReadonlyArray<ProviderId>) {
  const { accounts } = useAccounts()
  const [chosen, setChosen] = useState<string>()
  const usable = (accounts ?? [])
    .filter((account) => providers.includes(account.provider) && account.hasSecret)
    .sort((a, b) => providers.indexOf(a.provider) - providers.indexOf(b.provider))
  const account = usable.find((candidate) => candidate.id === chosen) ?? usable[0]
  return { loading: accounts === undefined, usable, account, choose: setChosen }
}

/** A row of buttons, one per account, shown only when there is a choice to make. */
export function AccountSwitch({
  label,
  accounts,
  current,
  onChoose,
  describe = (account) => account.label,
}: {
  label: string
  accounts: ReadonlyArray<AccountView>
  current: AccountView
  onChoose: (accountId: string) => void
  describe?: (account: AccountView) => React.ReactNode
}) {
  if (accounts.length < 2) return null
  return (
    <div className="tabs" role="group" aria-label={label}>
      {accounts.map((candidate) => (
        <button
          key={candidate.id}
          type="button"
          aria-pressed={candidate.id === current.id}
          className={`button${candidate.id === current.id ? ' primary' : ''}`}
          onClick={() => onChoose(candidate.id)}
        >
          {describe(candidate)}
        </button>
      ))}
    </div>
  )
}
