import { createApp, type AppDependencies, type AppServices } from '../../src/main/app/create-app'
import { systemClock } from '../../src/main/core/clock'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { Sandbox } from '../../src/main/sandbox/start-sandbox'
import { createMemorySecretStore, type SecretStore } from '../../src/main/secrets/secret-store'
import type { AccountDraft } from '../../src/shared/domain/accounts'
import type { ProviderId } from '../../src/shared/domain/providers'
import type { EventName, EventPayloadOf } from '../../src/shared/ipc/contract'

import { recordingLogger } from './recording-logger'

/** A memory keychain that counts how often each account's key was read from it. */
export function countingKeychain(): SecretStore & { readsOf(accountId: string): number } {
  const store = createMemorySecretStore()
  const reads = new Map<string, number>()
  return {
    ...store,
    get: async (accountId) => {
      reads.set(accountId, (reads.get(accountId) ?? 0) + 1)
      return store.get(accountId)
    },
    readsOf: (accountId) => reads.get(accountId) ?? 0,
  }
}

/**
 * What the app needs, as a test without a desktop gives it: a memory keychain, settings in memory,
 * desktop parts that do nothing, the system clock; `overrides` replaces any of them.
 */
export function headlessAppDeps(overrides: Partial<AppDependencies> = {}): AppDependencies {
  return {
    info: { productName: 'AgentDesk', version: '0.0.0', platform: 'linux', transport: 'electron' },
    settingsBackend: { store: {} },
    secrets: createMemorySecretStore(),
    notifier: { show: () => undefined },
    tray: { render: () => undefined },
    window: { open: () => undefined },
    opener: { open: async () => undefined },
    clock: systemClock,
    logger: recordingLogger(),
    formatTime: (iso) => iso.slice(11, 16),
    ...overrides,
  }
}

/** The whole app as the harness runs it, on a counting memory keychain, with what it emitted. */
export function runningApp() {
  const keychain = countingKeychain()
  const core: AppServices = createApp(headlessAppDeps({ secrets: keychain }))
  const emitted: Array<{ name: EventName; payload: unknown }> = []
  core.events.subscribe((name, payload) => emitted.push({ name, payload }))
  const call = async (operation: string, payload: unknown): Promise<unknown> => {
    const result = await dispatch(core.handlers, operation, payload, recordingLogger())
    if (!result.ok) throw new Error(`${operation}: ${JSON.stringify(result.error)}`)
    return result.value
  }
  const eventsNamed = <E extends EventName>(name: E) =>
    emitted.filter((event) => event.name === name).map((event) => event.payload as EventPayloadOf<E>)
  return { core, call, keychain, eventsNamed }
}

/** A saved account of the sandbox's provider, watched by the monitor every second when `polling`. */
export const sandboxDraft = (
  sandbox: Sandbox,
  provider: ProviderId,
  polling: boolean,
  label?: string,
): AccountDraft => ({
  provider,
  label: label ?? `Sandbox ${provider}`,
  baseUrl: sandbox.baseUrls[provider],
  tenantId: provider === 'alohub' ? String(sandbox.credentials.alohub.tenantId) : null,
  role: { kind: 'supervisor' },
  polling: { enabled: polling, intervalSeconds: polling ? 1 : null },
})

/** Waits until `condition` holds, checking every 25 ms; the test's own timeout bounds it. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((done) => setTimeout(done, 25))
}
