import type { OperationHandlers } from '../ipc/dispatch'

import type { AccountService } from './account-service'

/** Handlers for the Accounts screen; secrets only ever travel towards the keychain. */
export function createAccountHandlers(
  accounts: AccountService,
): Pick<
  OperationHandlers,
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.update'
  | 'accounts.remove'
  | 'accounts.test'
  | 'accounts.export'
  | 'accounts.import'
> {
  return {
    'accounts.list': () => accounts.list().then((list) => [...list]),
    'accounts.create': ({ draft, secret, relayPassword }) => accounts.create(draft, secret, relayPassword),
    'accounts.update': ({ id, draft, secret, relayPassword }) => accounts.update(id, draft, secret, relayPassword),
    'accounts.remove': async ({ id }) => {
      await accounts.remove(id)
      return { removed: true }
    },
    'accounts.test': ({ draft, secret, accountId }) => accounts.test(draft, secret, accountId),
    'accounts.export': async () => {
      const file = accounts.exportAll()
      return {
        fileName: `agentdesk-accounts-${file.exportedAt.slice(0, 10)}.json`,
        json: `${JSON.stringify(file, null, 2)}\n`,
      }
    },
    'accounts.import': ({ text }) => accounts.importAll(text),
  }
}
