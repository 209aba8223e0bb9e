import type { Problem } from '../../shared/i18n/problem'
import { englishText } from '../i18n/catalog'

/** Where account secrets live: the OS keychain in the app, memory in unit tests and the demo. */
export interface SecretStore {
  get(accountId: string): Promise<string | undefined>
  set(accountId: string, secret: string): Promise<void>
  /** True when something was deleted. */
  delete(accountId: string): Promise<boolean>
}

/** The keychain cannot be used; the problem names the remedy. There is no plaintext fallback. */
export class SecretStoreUnavailableError extends Error {
  readonly problem: Problem

  constructor(problem: Problem) {
    super(englishText(problem))
    this.name = 'SecretStoreUnavailableError'
    this.problem = problem
  }
}

/** A store in memory, for code that merely uses a SecretStore, and for demo accounts. */
export function createMemorySecretStore(): SecretStore {
  const secrets = new Map<string, string>()
  return {
    get: async (accountId) => secrets.get(accountId),
    set: async (accountId, secret) => void secrets.set(accountId, secret),
    delete: async (accountId) => secrets.delete(accountId),
  }
}
