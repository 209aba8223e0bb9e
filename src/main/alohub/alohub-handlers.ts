import type { AccountService } from '../accounts/account-service'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'
import type { AlohubClient } from '../providers/alohub/alohub-client'
import type { PoolRegistry } from '../providers/http/pool-registry'
import { createProviderClient } from '../providers/provider-clients'

import { saveCallinQueues } from './callin-queue-editor'

/** AloHub operations of the supervisor screens, each on the account it names. */
export function createAlohubHandlers(deps: {
  readonly accounts: AccountService
  readonly pools: PoolRegistry
}): Pick<OperationHandlers, 'alohub.saveCallinQueues'> {
  const clientFor = (accountId: string): AlohubClient => {
    const account = deps.accounts.find(accountId)
    if (!account) throw new OperationError('not_allowed', 'That account no longer exists; it may have been removed.')
    if (account.provider !== 'alohub')
      throw new OperationError('not_allowed', `${account.label} is not an AloHub account.`)
    const target = createProviderClient(account, {
      pools: deps.pools,
      secret: async () => {
        const secret = await deps.accounts.secretOf(accountId)
        if (!secret)
          throw new OperationError('not_allowed', `No API key is set for ${account.label}; add it on Accounts.`)
        return secret
      },
    })
    if (target.provider !== 'alohub') throw new OperationError('internal', 'Unexpected client for AloHub.')
    return target.client
  }
  return {
    async 'alohub.saveCallinQueues'({ accountId, ...request }) {
      return saveCallinQueues(clientFor(accountId), request)
    },
  }
}
