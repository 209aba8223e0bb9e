import { createRequire } from 'node:module'

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
      throw new SecretStoreUnavailableError(
        `AgentDesk's keychain module could not be loaded (${(error as Error).message}). Reinstall AgentDesk.`,
      )
    }
  }
  const guard = async <T>(action: (keytar: Keytar) => Promise<T>): Promise<T> => {
    try {
      return await action(load())
    } catch (error) {
      if (error instanceof SecretStoreUnavailableError) throw error
      throw new SecretStoreUnavailableError(unavailableMessage(platform, error))
    }
  }
  return {
    get: (accountId) => guard(async (k) => (await k.getPassword(service, accountId)) ?? undefined),
    set: (accountId, secret) => guard((k) => k.setPassword(service, accountId, secret)),
    delete: (accountId) => guard((k) => k.deletePassword(service, accountId)),
  }
}

/** Says what is wrong with the keychain and what to do about it, per OS. */
export function unavailableMessage(platform: string, error: unknown): string {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
  if (platform === 'linux') {
    return (
      `The system keychain is not available (${reason}). AgentDesk keeps API keys only there: ` +
      'install and start a Secret Service such as gnome-keyring (Debian/Ubuntu: apt install gnome-keyring libsecret-1-0), ' +
      'make sure it is unlocked, and try again.'
    )
  }
  if (platform === 'darwin') {
    return `The macOS Keychain refused access (${reason}). Unlock the login keychain in Keychain Access and try again.`
  }
  return `The Windows Credential Manager could not be used (${reason}). Sign in to Windows normally and try again.`
}
