import { RELAY_USER } from '../../main/relay-protocol/relay-permissions'
import { natsPasswordName, type RelayCredentials } from '../credentials/relay-credentials'
import type { RelaySecretStore } from '../users/relay-user'

/** The relay's own NATS password, kept with its other secrets (keychain or the 0600 file). */
export function relaySecretIn(credentials: RelayCredentials): RelaySecretStore {
  const name = natsPasswordName(RELAY_USER)
  return {
    read: async () => (await credentials.get(name)) ?? null,
    write: (password) => credentials.set(name, password),
  }
}
