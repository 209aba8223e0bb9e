import { createAccountService, type AccountService } from '../../src/main/accounts/account-service'
import type { PoolRegistry } from '../../src/main/providers/http/pool-registry'
import type { Sandbox } from '../../src/main/sandbox/start-sandbox'
import { createMemorySecretStore } from '../../src/main/secrets/secret-store'
import { openSettingsRepository, type SettingsBackend } from '../../src/main/settings/settings-repository'
import type { ProviderId } from '../../src/shared/domain/providers'

import { manualClock } from './manual-clock'
import { recordingLogger } from './recording-logger'

/** The sandbox's secret for each provider, as a user would paste it. */
const secretOf = (sandbox: Sandbox, provider: ProviderId): string => {
  const { credentials } = sandbox
  switch (provider) {
    case 'alohub':
      return credentials.alohub.apiKey
    case 'tel4vn':
      return credentials.tel4vn.token
    case 'voipbin':
      return credentials.voipbin.token
    case 'avatar':
      return credentials.avatar.apiKey
    case 'agenthub':
      return credentials.agenthub.token
  }
}

/**
 * An account service holding one supervisor account of the sandbox for `provider`, its key in
 * a memory keychain: what a screen's handlers need to talk to the sandbox as the app would.
 * `secret` replaces the provider's usual key (another sandbox user's), `tenantId` sets one.
 */
export async function sandboxAccount(
  sandbox: Sandbox,
  provider: ProviderId,
  pools: PoolRegistry,
  options: { readonly secret?: string; readonly tenantId?: string } = {},
): Promise<{ accounts: AccountService; accountId: string; logger: ReturnType<typeof recordingLogger> }> {
  const logger = recordingLogger()
  const accounts = createAccountService({
    settings: openSettingsRepository({ store: {} }, logger),
    secrets: createMemorySecretStore(),
    pools,
    clock: manualClock(),
    onChange: () => undefined,
  })
  const account = await accounts.create(
    {
      provider,
      label: `Sandbox ${provider}`,
      baseUrl: sandbox.baseUrls[provider],
      tenantId: options.tenantId ?? null,
      role: { kind: 'supervisor' },
      polling: { enabled: false, intervalSeconds: null },
    },
    options.secret ?? secretOf(sandbox, provider),
  )
  return { accounts, accountId: account.id, logger }
}

/**
 * What a monitor test builds before its accounts: a manual clock starting at real time (the
 * sandbox stamps tokens with the real clock), settings on `backend`, and an account service on
 * both with a memory keychain.
 */
export function accountsOnManualClock(pools: PoolRegistry, backend: SettingsBackend = { store: {} }) {
  const clock = manualClock(Date.now())
  const settings = openSettingsRepository(backend, recordingLogger())
  const accounts = createAccountService({
    settings,
    secrets: createMemorySecretStore(),
    pools,
    clock,
    onChange: () => undefined,
  })
  return { clock, settings, accounts }
}
