import { randomUUID } from 'node:crypto'

/**
 * Whether a Secret Service is reachable (npm test starts one in a D-Bus session). Where the
 * test command requires it (AGENTDESK_REQUIRE_KEYCHAIN=1), its absence is a failure, not a skip.
 */
export function keychainAvailable(): { available: true } | { available: false; reason: string } {
  if (process.platform !== 'linux' || process.env.DBUS_SESSION_BUS_ADDRESS) return { available: true }
  const reason = 'no D-Bus session (run through `npm test`, which starts gnome-keyring)'
  if (process.env.AGENTDESK_REQUIRE_KEYCHAIN === '1') throw new Error(`The keychain is required here: ${reason}`)
  console.log(`[keychain tests] skipped: ${reason}`)
  return { available: false, reason }
}

/** A keychain service name of its own for each test run, so runs never see each other's keys. */
export function testKeychainService(): string {
  return `AgentDesk-test-${randomUUID()}`
}
