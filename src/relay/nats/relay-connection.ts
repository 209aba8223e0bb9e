import { connect, Events, type NatsConnection } from 'nats'

import type { Logger } from '../../main/core/logger'

export interface RelayNatsOptions {
  /** One URL or a cluster's, comma-separated. */
  readonly url: string
  readonly user?: string | undefined
  /** Read from the credential store; never logged, never in the URL. */
  readonly password?: string | undefined
  readonly caFile?: string | undefined
  readonly logger: Logger
  /** Called after every reconnect: writes that failed while NATS was away go out again. */
  readonly onReconnect: () => void
}

/**
 * The relay's one NATS connection. It waits for the first connect and then reconnects forever:
 * a relay outlives any nats-server restart, and keeps polling (and remembering what to write)
 * while NATS is away. Publishes made meanwhile wait in the client's buffer.
 */
export async function connectRelayNats(options: RelayNatsOptions): Promise<NatsConnection> {
  const servers = options.url.split(',')
  const nc = await connect({
    servers,
    name: 'agentdesk-relay',
    ...(options.user ? { user: options.user } : {}),
    ...(options.password ? { pass: options.password } : {}),
    ...(servers.some((server) => server.startsWith('tls://'))
      ? { tls: options.caFile ? { caFile: options.caFile } : {} }
      : {}),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
    waitOnFirstConnect: true,
    pingInterval: 10_000,
  })
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === Events.Disconnect) options.logger.warn('relay: NATS connection lost; reconnecting')
      if (status.type === Events.Reconnect) {
        options.logger.info('relay: NATS connection back')
        options.onReconnect()
      }
      if (status.type === Events.Error) options.logger.warn('relay: NATS error', { error: String(status.data) })
    }
  })()
  return nc
}
