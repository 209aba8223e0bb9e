import { OperationError } from '../ipc/operation-error'
import type { SecretStore } from '../secrets/secret-store'

/**
 * The keychain entry of an account's team-relay NATS password: beside the account's key, under a
 * name of its own (as a proxy's password is), so neither can overwrite the other.
 */
export function relayPasswordEntry(accountId: string): string {
  return `relay ${accountId}`
}

export function relayPasswordMissing(): OperationError {
  return new OperationError('invalid_request', { code: 'accounts:problems.relay.enterPassword' })
}

/** Reads and writes relay passwords through the (remembering) secret store, and remembers which exist. */
export function relayPasswordKeeper(
  secrets: SecretStore,
  keychain: <T>(action: () => Promise<T>) => Promise<T>,
): {
  has(accountId: string): Promise<boolean>
  get(accountId: string): Promise<string | undefined>
  set(accountId: string, password: string): Promise<void>
  remove(accountId: string): Promise<void>
} {
  const presence = new Map<string, boolean>()
  const get = async (accountId: string) => {
    const password = await keychain(() => secrets.get(relayPasswordEntry(accountId)))
    presence.set(accountId, password !== undefined)
    return password
  }
  return {
    has: async (accountId) => presence.get(accountId) ?? (await get(accountId)) !== undefined,
    get,
    async set(accountId, password) {
      await keychain(() => secrets.set(relayPasswordEntry(accountId), password))
      presence.set(accountId, true)
    },
    async remove(accountId) {
      if (presence.get(accountId) === false) return
      await keychain(() => secrets.delete(relayPasswordEntry(accountId)))
      presence.set(accountId, false)
    },
  }
}
