import { createAccountClients } from '../../src/main/accounts/account-clients'
import { createAccountService } from '../../src/main/accounts/account-service'
import { systemClock } from '../../src/main/core/clock'
import { createLiveMonitor, type LiveMonitor } from '../../src/main/monitor/live-monitor'
import { createRelayLinks } from '../../src/main/monitor/relay/relay-links'
import { createNotificationPause } from '../../src/main/notifications/notification-pause'
import { createPoolRegistry } from '../../src/main/providers/http/pool-registry'
import { createMemorySecretStore } from '../../src/main/secrets/secret-store'
import { openSettingsRepository } from '../../src/main/settings/settings-repository'
import type { AccountRole } from '../../src/shared/domain/accounts'

import { DESK_PASSWORD, TENANT, TOKEN } from './relay-world'

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

export interface RelayedDesk {
  readonly monitor: LiveMonitor
  /** When (performance.now()) the desk's account first showed connected to the relay, its state read. */
  readonly connectedAt: Promise<number>
  /** Whether it said the relay was out of reach before it first connected (a storm of connects). */
  saidUnreachable(): boolean
  dispose(): Promise<void>
}

/**
 * One desk as the app wires it (settings, pause, accounts, the notification gate, its own relay
 * links) with one Tel4vn account that connects through the relay as `user`: the real desk code of
 * src/main/monitor/relay, up to the notifier, which records when each notification was decided.
 */
export async function startRelayedDesk(options: {
  readonly natsUrl: string
  readonly tel4vnUrl: string
  readonly user: string
  readonly role: AccountRole
  readonly onNotification: (id: string, at: number) => void
}): Promise<RelayedDesk> {
  const settings = openSettingsRepository({ store: {} }, quiet)
  const pools = createPoolRegistry()
  const accounts = createAccountService({
    settings,
    secrets: createMemorySecretStore(),
    pools,
    clock: systemClock,
    onChange: () => undefined,
  })
  const relayLinks = createRelayLinks(quiet)
  await accounts.create(
    {
      provider: 'tel4vn',
      label: 'Relayed desk',
      baseUrl: options.tel4vnUrl,
      tenantId: null,
      role: options.role,
      polling: { enabled: true, intervalSeconds: 2 },
      relay: { url: options.natsUrl, tenant: TENANT, user: options.user },
    },
    TOKEN,
    DESK_PASSWORD,
  )
  let everConnected = false
  let unreachable = false
  let resolveConnected: (at: number) => void = () => undefined
  const connectedAt = new Promise<number>((resolve) => (resolveConnected = resolve))
  const connected = (at: number) => {
    everConnected = true
    resolveConnected(at)
  }
  const monitor = createLiveMonitor({
    accounts,
    settings,
    pause: createNotificationPause(settings, systemClock, () => undefined),
    notifier: { show: ({ id }) => options.onNotification(id, performance.now()) },
    clients: createAccountClients({ accounts, pools }),
    clock: systemClock,
    logger: quiet,
    onLiveChanged: () => undefined,
    onAlertsChanged: () => undefined,
    onTray: ({ monitors: [status] }) => {
      if (status?.state === 'ok' && status.push === 'connected') connected(performance.now())
      else if (status?.state === 'error' && !everConnected) unreachable = true
    },
    openLive: () => undefined,
    relayLinks,
  })
  monitor.sync(await accounts.list())
  return {
    monitor,
    connectedAt,
    saidUnreachable: () => unreachable,
    async dispose() {
      monitor.dispose()
      await relayLinks.dispose()
      await pools.close()
    },
  }
}
