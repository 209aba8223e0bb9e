import { RELAY_USER } from '../../main/relay-protocol/relay-permissions'

import { hashPassword, newPassword, passwordMatches, type UsersFile } from './users-store'

/**
 * The relay's own NATS user. Its hash goes into users.json (and so into the server's config);
 * its password stays where the relay keeps its secrets, so the relay can connect after a restart.
 */
export interface RelaySecretStore {
  read(): Promise<string | null>
  write(password: string): Promise<void>
}

/**
 * The users file with a relay user whose password the secret store holds: kept when they match,
 * else a new password (stored first, so the relay can never be left with a hash and no password).
 * `changed` says users.json and the server's config must be written again.
 */
export async function withRelayUser(
  file: UsersFile,
  secrets: RelaySecretStore,
): Promise<{ file: UsersFile; user: string; password: string; changed: boolean }> {
  const known = await secrets.read()
  if (file.relay && known !== null && (await passwordMatches(known, file.relay.passwordHash))) {
    return { file, user: RELAY_USER, password: known, changed: false }
  }
  const password = newPassword()
  const passwordHash = await hashPassword(password)
  await secrets.write(password)
  return { file: { ...file, relay: { name: RELAY_USER, passwordHash } }, user: RELAY_USER, password, changed: true }
}
