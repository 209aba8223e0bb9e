import { connect, Empty, Events, type NatsConnection, type Subscription } from 'nats'

import type { Problem } from '../../../shared/i18n/problem'
import type { Logger } from '../../core/logger'
import { inboxPrefix } from '../../relay-protocol/relay-names'
import { explainRelayConnectError, RelayConnectionError, relayConnectionOptions } from '../../relay-protocol/relay-tls'

/** How a desk's connection to the relay's nats-server is doing. */
export type RelayLinkState = 'connecting' | 'connected' | 'down'

/** One desk user's connection to one relay: shared by every account that names the same URL and user. */
export interface RelayLink {
  state(): RelayLinkState
  /** Why it is down (unreachable, refused); null otherwise. */
  problem(): Problem | null
  /**
   * Runs on every change of state. `connected` comes after each (re)connection, when messages
   * published meanwhile were lost: a listener reads the present state again.
   */
  onChange(listener: (state: RelayLinkState) => void): () => void
  /**
   * Listens on a subject for as long as the link lives (re-attached after a new connection).
   * `onRefused`: the server refused the subscription (this user may not see the subject).
   */
  subscribe(subject: string, onMessage: (data: Uint8Array, subject: string) => void, onRefused?: () => void): () => void
  /**
   * A JetStream direct get: the key's latest value, or null when the key has none (or was
   * deleted). Rejects with a `RelayNotAllowedError` when this user may not read the key.
   */
  directGet(subject: string): Promise<Uint8Array | null>
}

export interface RelayLinkOptions {
  readonly url: string
  readonly user: string
  readonly password: () => Promise<string | undefined>
  readonly logger: Logger
  /** Waits between failed first connections: 1 s doubling to this. */
  readonly maxRetryMs?: number
}

const DIRECT_GET_TIMEOUT_MS = 5_000

/** The server's answer to a subscription or read this NATS user has no permission for. */
const PERMISSIONS_VIOLATION = 'PERMISSIONS_VIOLATION'

/** A read the relay's nats-server refused to this desk's user (its permissions do not cover the key). */
export class RelayNotAllowedError extends Error {
  constructor(readonly subject: string) {
    super(`relay: not allowed to read ${subject}`)
    this.name = 'RelayNotAllowedError'
  }
}

const isPermissionsViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === PERMISSIONS_VIOLATION

/** The nats client's connect options for a relay URL (`tls://` makes TLS required, relay-tls.ts). */
export function relayConnectOptions(url: string, user: string, pass: string) {
  return {
    ...relayConnectionOptions(url),
    user,
    pass,
    inboxPrefix: inboxPrefix(user),
    // The client reconnects by itself for as long as the link lives; the desk shows it meanwhile.
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    timeout: 5_000,
    pingInterval: 10_000,
    name: 'agentdesk-desk',
  }
}

interface LinkSubscription {
  readonly subject: string
  readonly onMessage: (data: Uint8Array, subject: string) => void
  readonly onRefused?: () => void
  /** Undefined while not subscribed: before a connection, or refused by the server. */
  live?: Subscription | undefined
}

/**
 * Opens the link and keeps it: the first connection is tried again with backoff (the nats client
 * gives up on a first connection that fails), later drops are the client's own reconnects.
 * The password is read from the keychain for each connection and never logged.
 */
export function openRelayLink(options: RelayLinkOptions): RelayLink & { close(): Promise<void> } {
  const listeners = new Set<(state: RelayLinkState) => void>()
  const subscriptions = new Set<LinkSubscription>()
  let state: RelayLinkState = 'connecting'
  let problem: Problem | null = null
  let connection: NatsConnection | null = null
  let closed = false
  // Read after each await: close() may have run meanwhile.
  const isClosed = () => closed
  let wake: (() => void) | null = null
  const where = { url: options.url }

  const setState = (next: RelayLinkState, why: Problem | null) => {
    problem = why
    if (state === next && next !== 'connected') return
    state = next
    for (const listener of [...listeners]) listener(next)
  }
  const attach = (entry: LinkSubscription) => {
    if (!connection) return
    entry.live = connection.subscribe(entry.subject, {
      callback: (error, message) => {
        if (!error) entry.onMessage(message.data, message.subject)
        // The client has ended the subscription: the server will not send this user its messages.
        else if (isPermissionsViolation(error)) {
          entry.live = undefined
          entry.onRefused?.()
        }
      },
    })
  }
  const pause = (ms: number) =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, ms)
      wake = () => {
        clearTimeout(timer)
        done()
      }
    })

  const watchStatus = async (nc: NatsConnection) => {
    for await (const status of nc.status()) {
      if (closed) return
      if (status.type === Events.Disconnect) setState('down', { code: 'problems:relay.unreachable', params: where })
      else if (status.type === Events.Reconnect) {
        // The client renews its own subscriptions; a refused one is asked for again, since the
        // admin may have fixed the user's permissions (and the server reloaded) meanwhile.
        for (const entry of subscriptions) if (!entry.live) attach(entry)
        setState('connected', null)
      }
    }
  }

  const run = async () => {
    let waitMs = 1_000
    while (!closed) {
      try {
        const pass = (await options.password()) ?? ''
        const nc = await connect(relayConnectOptions(options.url, options.user, pass))
        if (isClosed()) {
          await nc.close()
          return
        }
        connection = nc
        waitMs = 1_000
        for (const entry of subscriptions) attach(entry)
        void watchStatus(nc)
        options.logger.info('relay: connected', { url: options.url, user: options.user })
        setState('connected', null)
        const ended = await nc.closed()
        connection = null
        if (isClosed()) return
        options.logger.warn('relay: connection closed', { url: options.url, error: ended?.message })
        setState('down', problemOf(ended, where))
      } catch (thrown) {
        const error = explainRelayConnectError(thrown, options.url)
        options.logger.warn('relay: cannot connect', { url: options.url, error: (error as Error).message })
        setState('down', problemOf(error, where))
        // At random within ±50 %: desks that failed together (a storm of connects) do not all try again together.
        await pause(waitMs * (0.5 + Math.random()))
        waitMs = Math.min(waitMs * 2, options.maxRetryMs ?? 30_000)
      }
    }
  }
  void run()

  return {
    state: () => state,
    problem: () => problem,
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    subscribe(subject, onMessage, onRefused) {
      const entry: LinkSubscription = { subject, onMessage, ...(onRefused ? { onRefused } : {}) }
      subscriptions.add(entry)
      attach(entry)
      return () => {
        subscriptions.delete(entry)
        entry.live?.unsubscribe()
      }
    },
    async directGet(subject) {
      if (!connection) throw new Error(`relay ${options.url}: not connected`)
      const answer = await connection
        .request(subject, Empty, { timeout: DIRECT_GET_TIMEOUT_MS })
        .catch((error: unknown) => {
          throw isPermissionsViolation(error) ? new RelayNotAllowedError(subject) : error
        })
      const code = answer.headers?.code ?? 0
      if (code === 404) return null
      if (code >= 400) throw new Error(`relay direct get answered ${code} ${answer.headers?.description ?? ''}`)
      const operation = answer.headers?.get('KV-Operation')
      if (operation === 'DEL' || operation === 'PURGE') return null
      return answer.data
    },
    async close() {
      closed = true
      wake?.()
      listeners.clear()
      subscriptions.clear()
      const nc = connection
      connection = null
      if (nc) await nc.close().catch(() => undefined)
    },
  }
}

function problemOf(error: unknown, where: { url: string }): Problem {
  if (error instanceof RelayConnectionError && error.reason === 'tls-not-offered') {
    return { code: 'problems:relay.noTls', params: where }
  }
  const code = (error as { code?: unknown } | undefined)?.code
  return code === 'AUTHORIZATION_VIOLATION'
    ? { code: 'problems:relay.refused', params: where }
    : { code: 'problems:relay.unreachable', params: where }
}
