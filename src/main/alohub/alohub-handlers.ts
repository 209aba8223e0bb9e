import { clientForAccount } from '../accounts/account-client'
import type { AccountService } from '../accounts/account-service'
import type { OperationHandlers } from '../ipc/dispatch'
import type { PoolRegistry } from '../providers/http/pool-registry'

import { saveCallinQueues } from './callin-queue-editor'

/** AloHub operations of the supervisor screens, each on the account it names. */
export function createAlohubHandlers(deps: {
  readonly accounts: AccountService
  readonly pools: PoolRegistry
}): Pick<OperationHandlers, 'alohub.saveCallinQueues'> {
  return {
    async 'alohub.saveCallinQueues'({ accountId, ...request }) {
      return saveCallinQueues(clientForAccount(deps, accountId, 'alohub'), request)
    },
  }
}
