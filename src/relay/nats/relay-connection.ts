import { readFile } from 'node:fs/promises'

import { connect, Events, type NatsConnection } from 'nats'

import type { Logger } from '../../main/core/logger'
import { explainRelayConnectError, relayConnectionOptions } from '../../main/relay-protocol/relay-tls'

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
  /** Gives up waiting for the first connect (a relay stopped before NATS ever answered). */
  readonly signal?: AbortSignal
}

/** Between two tries of the first connect. */
const FIRST_CONNECT_RETRY_MS = 2_000

/**
 * The relay's one NATS connection. It tries the first connect until it works, saying each time
 * why not (a refused password, a certificate not trusted: the admin must see it, not a relay that
 * waits in silence), and then reconnects forever: a relay outlives any nats-server restart, and
 * keeps polling (and remembering what to write) while NATS is away. Publishes made meanwhile wait
 * in the client's buffer.
 */
export async function connectRelayNats(options: RelayNatsOptions): Promise<NatsConnection> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return watched(await connectOnce(options), options)
    } catch (error) {
      options.signal?.throwIfAborted()
      options.logger.warn('relay: cannot connect to NATS yet; trying again', {
        servers: options.url,
        attempt,
        error: error instanceof Error ? error.message : String(error),
      })
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, FIRST_CONNECT_RETRY_MS)
        options.signal?.addEventListener('abort', () => {
          clearTimeout(timer)
          resolve()
        })
      })
      options.signal?.throwIfAborted()
    }
  }
}

async function connectOnce(options: RelayNatsOptions): Promise<NatsConnection> {
  const servers = options.url.split(',')
  const ca = options.caFile ? await readFile(options.caFile, 'utf8') : undefined
  // One server: the desks' own rules (relay-tls.ts: tls:// requires TLS, an IP's certificate is
  // checked against that IP). A cluster's list: TLS for all when any asks for it, the CA given.
  const [only] = servers
  const secured =
    servers.length === 1 && only !== undefined
      ? relayConnectionOptions(only, ca)
      : {
          servers,
          ...(servers.some((server) => /^tls:\/\//i.test(server)) ? { tls: ca === undefined ? {} : { ca } } : {}),
        }
  try {
    return await connect({
      ...secured,
      name: 'agentdesk-relay',
      ...(options.user ? { user: options.user } : {}),
      ...(options.password ? { pass: options.password } : {}),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1_000,
      pingInterval: 10_000,
    })
  } catch (error) {
    throw explainRelayConnectError(error, only ?? options.url)
  }
}

function watched(nc: NatsConnection, options: RelayNatsOptions): NatsConnection {
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
