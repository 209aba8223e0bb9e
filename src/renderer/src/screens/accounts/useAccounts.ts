import { useEffect, useState } from 'react'

import type { AccountView } from '../../../../shared/domain/accounts'
import { useClient, useEvent } from '../../ipc/client-context'

/** The account list, kept current by the accounts.changed event. */
export function useAccounts(): { accounts: ReadonlyArray<AccountView> | undefined; error: unknown } {
  const client = useClient()
  const [accounts, setAccounts] = useState<ReadonlyArray<AccountView>>()
  const [error, setError] = useState<unknown>()
  useEffect(() => {
    let alive = true
    client.call('accounts.list').then(
      (list) => alive && setAccounts(list),
      (failure: unknown) => alive && setError(failure),
    )
    return () => {
      alive = false
    }
  }, [client])
  useEvent('accounts.changed', setAccounts)
  return { accounts, error }
}
