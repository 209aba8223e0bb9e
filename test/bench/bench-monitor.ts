import { createAccountClients } from '../../src/main/accounts/account-clients'
import { createAccountService } from '../../src/main/accounts/account-service'
import type { Clock } from '../../src/main/core/clock'
import { createLiveMonitor, type LiveMonitor } from '../../src/main/monitor/live-monitor'
import { createNotificationPause } from '../../src/main/notifications/notification-pause'
import { createPoolRegistry, type PoolRegistry } from '../../src/main/providers/http/pool-registry'
import type { Sandbox } from '../../src/main/sandbox/start-sandbox'
import { createMemorySecretStore } from '../../src/main/secrets/secret-store'
import { openSettingsRepository } from '../../src/main/settings/settings-repository'

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

/** A live monitor as the app wires it (settings, pause, accounts, pools) on one sandbox account. */
export async function monitorOn(
  sandbox: Sandbox,
  provider: 'tel4vn' | 'voipbin',
  clock: Clock,
  onNotification: (id: string, at: number) => void,
  intervalSeconds: number | null = null,
): Promise<{ monitor: LiveMonitor; pools: PoolRegistry }> {
  const settings = openSettingsRepository({ store: {} }, quiet)
  // As the core wires it: one registry, the monitor's polls in their own lane (one connection per origin).
  const pools = createPoolRegistry()
  const accounts = createAccountService({
    settings,
    secrets: createMemorySecretStore(),
    pools,
    clock,
    onChange: () => undefined,
  })
  await accounts.create(
    {
      provider,
      label: 'Bench',
      baseUrl: sandbox.baseUrls[provider],
      tenantId: null,
      role: { kind: 'supervisor' },
      polling: { enabled: true, intervalSeconds },
    },
    provider === 'tel4vn' ? sandbox.credentials.tel4vn.token : sandbox.credentials.voipbin.token,
  )
  const monitor = createLiveMonitor({
    accounts,
    settings,
    pause: createNotificationPause(settings, clock, () => undefined),
    notifier: { show: ({ id }) => onNotification(id, performance.now()) },
    clients: createAccountClients({ accounts, pools }),
    clock,
    logger: quiet,
    onLiveChanged: () => undefined,
    onAlertsChanged: () => undefined,
    onTray: () => undefined,
    openLive: () => undefined,
  })
  monitor.sync(await accounts.list())
  return { monitor, pools }
}

/** A Tel4vn call as the sandbox takes it. */
export const ringingCall = (callId: string, extension: string) => ({
  callId,
  extension,
  state: 'RINGING' as const,
  direction: 'inbound' as const,
  destination: '0899123456',
  startedAt: Date.now(),
})
