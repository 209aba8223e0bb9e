import type { KnownSecrets } from '../core/known-secrets'

import type { SecretStore } from './secret-store'

/**
 * A secret store that tells `known` of every secret passing through it, so the log file and the
 * diagnostics archive can hide them. Wrapped once by createApp around whatever keychain it is given.
 */
export function rememberingSecretStore(store: SecretStore, known: KnownSecrets): SecretStore {
  return {
    get: async (accountId) => {
      const secret = await store.get(accountId)
      known.add(secret)
      return secret
    },
    set: async (accountId, secret) => {
      // Known before it is stored: a failure to store it may well be logged with it.
      known.add(secret)
      await store.set(accountId, secret)
    },
    delete: (accountId) => store.delete(accountId),
  }
}
