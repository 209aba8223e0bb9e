import type { ProviderId } from '../../shared/domain/providers'
import { OperationError } from '../ipc/operation-error'
import type { PoolRegistry } from '../providers/http/pool-registry'
import { createProviderClient, type ClientOf } from '../providers/registry'

import type { AccountService } from './account-service'

export type { ClientOf }

/**
 * The client for the account a screen names, refusing in words when the account is gone, is
 * of another provider, or has no key; the key itself is read from the keychain on demand.
 */
export function clientForAccount<P extends ProviderId>(
  deps: { readonly accounts: AccountService; readonly pools: PoolRegistry },
  accountId: string,
  provider: P,
): ClientOf<P> {
  const account = deps.accounts.find(accountId)
  if (!account) throw new OperationError('not_allowed', { code: 'problems:account.gone' })
  if (account.provider !== provider) {
    throw new OperationError('not_allowed', {
      code: 'problems:account.wrongProvider',
      params: { account: account.label, providerId: provider },
    })
  }
  return createProviderClient(
    { ...account, provider },
    {
      account: account.label,
      pools: deps.pools,
      secret: async () => {
        const secret = await deps.accounts.secretOf(accountId)
        if (!secret)
          throw new OperationError('not_allowed', {
            code: 'problems:account.noKey',
            params: { account: account.label },
          })
        return secret
      },
    },
  )
}

/**
 * One client per account and its settings, so that the rate-limit budget it learned carries
 * from one request to the next (a fresh client would know nothing and could run into a 429).
 * A changed base URL, tenant or Tel4vn sign-in way makes a new client.
 */
export function createClientCache<P extends ProviderId>(
  deps: { readonly accounts: AccountService; readonly pools: PoolRegistry },
  provider: P,
): (accountId: string) => ClientOf<P> {
  const clients = new Map<string, { key: string; client: ClientOf<P> }>()
  return (accountId) => {
    const account = deps.accounts.find(accountId)
    const key = account
      ? `${account.provider}|${account.baseUrl}|${account.tenantId ?? ''}|${account.tel4vnSignIn ?? 'token'}`
      : ''
    const cached = clients.get(accountId)
    if (cached && cached.key === key) return cached.client
    const client = clientForAccount(deps, accountId, provider)
    clients.set(accountId, { key, client })
    return client
  }
}
