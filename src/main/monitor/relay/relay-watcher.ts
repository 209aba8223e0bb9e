import type { AccountRelay } from '../../../shared/domain/account-relay'
import type { MonitoredCall } from '../../../shared/domain/calls'
import type { Problem } from '../../../shared/i18n/problem'
import type { Logger } from '../../core/logger'
import { OperationError } from '../../ipc/operation-error'
import type { RelayStatus } from '../../relay-protocol/relay-entries'
import type { RelayedProvider } from '../../relay-protocol/relay-names'
import type { PushStatus, Watcher, WatcherContext, WatcherHooks } from '../watchers/watcher'

import { openRelayFeed, type RelayFeed } from './relay-feed'
import type { RelayLink } from './relay-link'
import { createRelayedMissed } from './relayed-missed'

/** What the provider's own watcher polls: the calls of its monitor. */
export interface CallsSource {
  monitorCalls(signal?: AbortSignal): Promise<{ calls: ReadonlyArray<MonitoredCall>; total: number }>
}

/** While the relay serves, the watcher looks only when told, plus this reconcile (no network). */
export const RELAY_RECONCILE_MS = 60_000
/** How long a poll waits for the first connection and read before saying the relay is unreachable. */
const FIRST_READ_WAIT_MS = 5_000

export interface RelayWatcherOptions {
  readonly context: WatcherContext
  readonly relay: AccountRelay
  readonly provider: RelayedProvider
  /** The account's own link to the relay (its URL and NATS user), released on close. */
  readonly link: () => RelayLink & { release(): void }
  /** The provider's own watcher for the account, run on the calls this wrapper gives it. */
  readonly inner: (source: CallsSource) => Watcher
  /** The account's own client, for polling the provider itself while the relay is out of reach. */
  readonly direct: CallsSource
  /** The account's poll interval (fallback, or the relay failing). */
  readonly intervalMs: number
  /** What the relay last said of desks polling themselves (`deskFallback`), remembered across runs. */
  readonly fallbackAllowed: () => boolean
  readonly rememberFallback: (allowed: boolean) => void
  readonly logger: Logger
}

/**
 * The account's watcher when it connects through the team relay: the provider's own watcher,
 * unchanged, on a client whose monitor answers with the calls the relay told this desk, so
 * notifications, alerts, screen pop, missed calls and the board are the same code. Each applied
 * event polls at once (locally, no network). Cut off from a relay that allows it, the same inner
 * watcher polls the provider itself with the account's key, keeping its snapshot across the
 * switch, so nothing is told twice.
 */
export function relayWatcher(options: RelayWatcherOptions): Watcher {
  const { context, relay } = options
  const where = { url: relay.url }
  let link: (RelayLink & { release(): void }) | null = null
  let feed: RelayFeed | null = null
  let hooks: WatcherHooks | null = null
  let stopLink: (() => void) | null = null
  let direct = false
  const missed = createRelayedMissed(context, context.now())

  const source: CallsSource = {
    async monitorCalls(signal) {
      if (direct) return options.direct.monitorCalls(signal)
      const next = feed?.entries.next() ?? { calls: [], more: false }
      // The next snapshot waits: look again right after this one.
      if (next.more) hooks?.refresh()
      return { calls: next.calls, total: next.calls.length }
    },
  }
  const inner = options.inner(source)

  const failing = (status: RelayStatus | null) => status?.state === 'failing'
  const serving = () => link?.state() === 'connected' && feed?.synced() === true

  const waitForFirstRead = async (signal: AbortSignal) => {
    const until = Date.now() + FIRST_READ_WAIT_MS
    while (link?.state() === 'connecting' || (link?.state() === 'connected' && !feed?.synced())) {
      if (feed?.notAllowed() || signal.aborted || Date.now() > until) return
      await new Promise((done) => setTimeout(done, 50))
    }
  }

  const cutOff = (): Problem => link?.problem() ?? { code: 'problems:relay.unreachable', params: where }
  const notAllowed = () => feed?.notAllowed() === true

  return {
    kind: inner.kind,
    hearsRings: inner.hearsRings ?? false,
    intervalMs: () => (serving() && !failing(feed?.status() ?? null) ? RELAY_RECONCILE_MS : options.intervalMs),
    async poll(signal) {
      if (!serving()) await waitForFirstRead(signal)
      // Set up for what its user may not see (another agent's extension): no fallback either.
      if (notAllowed()) {
        throw new OperationError('provider', {
          code: 'problems:relay.notAllowed',
          params: { url: relay.url, user: relay.user },
        })
      }
      if (!serving()) {
        if (options.fallbackAllowed()) {
          if (!direct) options.logger.info('relay: out of reach, polling the provider directly', where)
          direct = true
          await inner.poll(signal)
          return
        }
        throw new OperationError('provider', cutOff())
      }
      if (direct) options.logger.info('relay: back, listening to it again', where)
      direct = false
      await inner.poll(signal)
      missed.tell(feed?.entries.missed() ?? [], (callId) =>
        (inner.calls?.() ?? []).some((call) => call.callId === callId),
      )
      const status = feed?.status() ?? null
      if (status && failing(status)) {
        const since = {
          code: 'problems:relay.providerFailing',
          params: { providerId: options.provider, sinceMs: Date.parse(status.since) },
        } as const
        throw new OperationError('provider', status.problem ? { ...since, next: status.problem } : since)
      }
    },
    ...(inner.calls ? { calls: () => inner.calls?.() ?? [] } : {}),
    ...(inner.ringingCount ? { ringingCount: () => inner.ringingCount?.() ?? 0 } : {}),
    open(nextHooks) {
      hooks = nextHooks
      if (link) return
      const opened = options.link()
      link = opened
      feed = openRelayFeed({
        link: opened,
        tenant: relay.tenant,
        provider: options.provider,
        extension: context.account.role.kind === 'agent' ? context.account.role.extension : null,
        logger: options.logger,
        onChange: () => hooks?.refresh(),
        onStatus: (status) => {
          if (status.deskFallback !== options.fallbackAllowed()) options.rememberFallback(status.deskFallback)
          hooks?.statusChanged()
        },
      })
      stopLink = opened.onChange(() => {
        hooks?.statusChanged()
        // Cut off: poll now, so the status (or the fallback) follows at once.
        hooks?.refresh()
      })
      inner.open?.(nextHooks)
    },
    close() {
      inner.close?.()
      stopLink?.()
      feed?.close()
      link?.release()
      stopLink = null
      feed = null
      link = null
    },
    push(): PushStatus {
      const channel = 'relay'
      const state = link?.state() ?? 'connecting'
      if (state === 'connecting') return { state: 'connecting', reason: null, channel }
      if (notAllowed()) return { state: 'down', reason: 'relay_not_allowed', channel }
      if (state === 'down')
        return { state: 'down', reason: options.fallbackAllowed() ? 'relay_fallback' : 'relay_unreachable', channel }
      if (failing(feed?.status() ?? null)) return { state: 'down', reason: 'relay_failing', channel }
      return { state: 'connected', reason: null, channel }
    },
  }
}
