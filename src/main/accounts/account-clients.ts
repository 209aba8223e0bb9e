import type { ProviderId } from '../../shared/domain/providers'
import { OperationError } from '../ipc/operation-error'
import type { PoolRegistry } from '../providers/http/pool-registry'
import { createRateLimitBudget, type RateLimitBudget } from '../providers/http/rate-limit-budget'
import type { ClientAccount } from '../providers/provider-module'
import { createProviderClient, type ClientOf } from '../providers/registry'

import type { AccountService } from './account-service'

/** The one "no key" refusal, whoever asks for the key (screens, monitor, connection test). */
export class MissingKeyError extends OperationError {
  constructor(label: string) {
    super('not_allowed', { code: 'problems:account.noKey', params: { account: label } })
  }
}

/**
 * The one client per account that the monitor, the screens, the bulk jobs and the connection
 * test of a saved account share, with the account's key kept in memory after one keychain read.
 */
export interface AccountClients {
  /** The account's client, refusing in words when the account is gone or of another provider. */
  clientFor<P extends ProviderId>(accountId: string, provider: P): ClientOf<P>
  /** The account's key: read from the keychain once, then from memory until the account changes. */
  secretFor(accountId: string): () => Promise<string>
  /** Forgets the account's client and key (key replaced, account edited or removed). */
  drop(accountId: string): void
  /** Drops the clients of accounts that are gone or whose settings changed. */
  sync(accounts: ReadonlyArray<{ readonly id: string } & ClientAccount>): void
  /** For tests: how many clients were built for the account, and how often its key was read. */
  stats(accountId: string): { clientsCreated: number; keychainReads: number }
}

type AccountShape = ClientAccount & { readonly voipbinCustomerId?: string | null | undefined }

// The settings that shape a client: another value means another client.
export const clientShape = (account: AccountShape) =>
  [
    account.provider,
    account.baseUrl,
    account.tenantId ?? '',
    account.tel4vnSignIn ?? '',
    account.voipbinCustomerId ?? '',
  ].join('|')

// A rate limit belongs to the tenant (AloHub) or else to the account's own key, at one origin.
const budgetKeyOf = (accountId: string, account: ClientAccount) =>
  [account.provider, new URL(account.baseUrl).origin, account.tenantId ? `tenant:${account.tenantId}` : accountId].join(
    '|',
  )

/** Creates the registry; every client uses the one pool registry (one connection per origin). */
export function createAccountClients(deps: {
  readonly accounts: Pick<AccountService, 'find' | 'secretOf'>
  readonly pools: PoolRegistry
}): AccountClients {
  const clients = new Map<string, { shape: string; client: unknown }>()
  const keys = new Map<string, Promise<string>>()
  const budgets = new Map<string, RateLimitBudget>()
  const counts = new Map<string, { clientsCreated: number; keychainReads: number }>()
  const countsOf = (accountId: string) => {
    let entry = counts.get(accountId)
    if (!entry) counts.set(accountId, (entry = { clientsCreated: 0, keychainReads: 0 }))
    return entry
  }

  const secretFor = (accountId: string) => async () => {
    let key = keys.get(accountId)
    if (!key) {
      countsOf(accountId).keychainReads += 1
      key = deps.accounts.secretOf(accountId).then((secret) => {
        if (!secret) throw new MissingKeyError(deps.accounts.find(accountId)?.label ?? 'this account')
        return secret
      })
      keys.set(accountId, key)
      // A failed read is not kept: the next request reads the keychain again.
      key.catch(() => {
        if (keys.get(accountId) === key) keys.delete(accountId)
      })
    }
    return key
  }

  const drop = (accountId: string) => {
    clients.delete(accountId)
    keys.delete(accountId)
  }

  return {
    clientFor<P extends ProviderId>(accountId: string, provider: P): ClientOf<P> {
      const account = deps.accounts.find(accountId)
      if (!account) throw new OperationError('not_allowed', { code: 'problems:account.gone' })
      if (account.provider !== provider) {
        throw new OperationError('not_allowed', {
          code: 'problems:account.wrongProvider',
          params: { account: account.label, providerId: provider },
        })
      }
      const shape = clientShape(account)
      const cached = clients.get(accountId)
      if (cached?.shape === shape) return cached.client as ClientOf<P>
      if (cached) keys.delete(accountId)
      const budgetKey = budgetKeyOf(accountId, account)
      const client = createProviderClient(
        { ...account, provider },
        {
          account: account.label,
          pools: deps.pools,
          secret: secretFor(accountId),
          budgetFor: (windowMs) => {
            let budget = budgets.get(budgetKey)
            if (!budget) budgets.set(budgetKey, (budget = createRateLimitBudget(windowMs)))
            return budget
          },
        },
      )
      countsOf(accountId).clientsCreated += 1
      clients.set(accountId, { shape, client })
      return client
    },
    secretFor,
    drop,
    sync(accounts) {
      const byId = new Map(accounts.map((account) => [account.id, account]))
      for (const [accountId, cached] of clients) {
        const account = byId.get(accountId)
        if (!account || clientShape(account) !== cached.shape) drop(accountId)
      }
      for (const accountId of keys.keys()) if (!byId.has(accountId)) keys.delete(accountId)
    },
    stats: (accountId) => ({ ...countsOf(accountId) }),
  }
}
