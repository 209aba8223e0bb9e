import { existsSync } from 'node:fs'

import { createKeytarSecretStore } from '../../main/secrets/keytar-secret-store'
import { SecretStoreUnavailableError, type SecretStore } from '../../main/secrets/secret-store'

import { fileCredentials } from './file-credentials'
import { RELAY_KEYCHAIN_SERVICE, type RelayCredentials } from './relay-credentials'

/** The OS keychain, through the app's keytar store under the relay's own service name. */
export function keychainCredentials(service = RELAY_KEYCHAIN_SERVICE): RelayCredentials {
  const store: SecretStore = createKeytarSecretStore(service)
  return { where: `the OS keychain (service "${service}")`, ...bind(store) }
}

/**
 * The relay's credential store: a credentials file already in the state folder stays in use (the
 * admin chose it, or the machine had no keychain when the first key was set); otherwise the OS
 * keychain when one answers, else a new file. `prefer` forces one (tests, an admin's choice).
 */
export async function openRelayCredentials(options: {
  readonly filePath: string
  readonly prefer?: 'keychain' | 'file'
  readonly keychainService?: string
  readonly probeTimeoutMs?: number
}): Promise<RelayCredentials> {
  if (options.prefer === 'file') return fileCredentials(options.filePath)
  const keychain = keychainCredentials(options.keychainService)
  if (options.prefer === 'keychain') return keychain
  if (existsSync(options.filePath)) return fileCredentials(options.filePath)
  return (await keychainAnswers(keychain, options.probeTimeoutMs ?? 5_000))
    ? keychain
    : fileCredentials(options.filePath)
}

/** A read of a name no one sets: it works on a keychain that is there, fails (or hangs) on one that is not. */
async function keychainAnswers(keychain: RelayCredentials, timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  try {
    return await Promise.race([keychain.get('agentdesk-relay-probe').then(() => true), timeout])
  } catch (error) {
    if (error instanceof SecretStoreUnavailableError) return false
    throw error
  } finally {
    clearTimeout(timer)
  }
}

function bind(store: SecretStore): Omit<RelayCredentials, 'where'> {
  return {
    get: (name) => store.get(name),
    set: (name, secret) => store.set(name, secret),
    delete: (name) => store.delete(name),
  }
}
