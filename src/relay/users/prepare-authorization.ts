import { writeAuthorization } from './authorization-config'
import { withRelayUser, type RelaySecretStore } from './relay-user'
import { loadUsers, saveUsers } from './users-store'

/**
 * For the relay's start: makes sure it has a NATS user whose password it holds, and writes the
 * authorization config (with its current tenants) before nats-server includes it.
 */
export async function prepareRelayAuthorization(
  stateDir: string,
  relayTenants: readonly string[],
  secrets: RelaySecretStore,
): Promise<{ user: string; password: string; authorizationPath: string }> {
  const relay = await withRelayUser(await loadUsers(stateDir), secrets)
  if (relay.changed) await saveUsers(stateDir, relay.file)
  const authorizationPath = await writeAuthorization(stateDir, relay.file, relayTenants)
  return { user: relay.user, password: relay.password, authorizationPath }
}
