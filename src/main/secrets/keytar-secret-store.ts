import { createRequire } from 'node:module'

import type { Problem } from '../../shared/i18n/problem'

import { SecretStoreUnavailableError, type SecretStore } from './secret-store'

/** The keychain service name every AgentDesk secret is filed under. */
export const KEYCHAIN_SERVICE = 'AgentDesk'

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

/**
 * The OS keychain through keytar: Keychain on macOS, Credential Vault on Windows, the Secret
 * Service (gnome-keyring, KWallet) on Linux. Failures to reach it become one clear error.
 */
export function createKeytarSecretStore(service = KEYCHAIN_SERVICE, platform = process.platform): SecretStore {
  let keytar: Keytar | undefined
  const load = (): Keytar => {
    if (keytar) return keytar
    try {
      keytar = createRequire(import.meta.url)('keytar') as Keytar
      return keytar
    } catch (error) {
      throw new SecretStoreUnavailableError({
        code: 'problems:keychain.moduleMissing',
        params: { detail: (error as Error).message },
      })
    }
  }
  const guard = async <T>(action: (keytar: Keytar) => Promise<T>): Promise<T> => {
    try {
      return await action(load())
    } catch (error) {
      if (error instanceof SecretStoreUnavailableError) throw error
      throw new SecretStoreUnavailableError(unavailableProblem(platform, error))
    }
  }
  return {
    get: (accountId) => guard(async (k) => (await k.getPassword(service, accountId)) ?? undefined),
    set: (accountId, secret) => guard((k) => k.setPassword(service, accountId, secret)),
    delete: (accountId) => guard((k) => k.deletePassword(service, accountId)),
  }
}

/** Says what is wrong with the keychain and what to do about it, per OS; the OS's words as a detail. */
export function unavailableProblem(platform: string, error: unknown): Problem {
  const detail = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? ''
  if (platform === 'linux') return { code: 'problems:keychain.linux', params: { detail } }
  if (platform === 'darwin') return { code: 'problems:keychain.darwin', params: { detail } }
  return { code: 'problems:keychain.windows', params: { detail } }
}
