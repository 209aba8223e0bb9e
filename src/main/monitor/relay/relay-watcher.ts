import type { AccountRelay } from '../../../shared/domain/account-relay'
import type { MonitoredCall } from '../../../shared/domain/calls'
import type { Problem } from '../../../shared/i18n/problem'
import type { Logger } from '../../core/logger'
import { OperationError } from '../../ipc/operation-error'
import { relaySilenceMs, type RelayStatus } from '../../relay-protocol/relay-entries'
import type { RelayedProvider } from '../../relay-protocol/relay-names'
import type { PushStatus, Watcher, WatcherContext, WatcherHooks } from '../watchers/watcher'

import { openRelayFeed, type RelayFeed } from './relay-feed'
import type { RelayLink } from './relay-link'
import { createRelayedMissed } from './relayed-missed'

/** What the provider's own watcher polls: the calls of its monitor. */
export interface CallsSource {
  monitorCalls(signal?: AbortSignal): Promise<{ calls: ReadonlyArray<MonitoredCall>; total: number }>
}

/**
 * While the relay serves, the watcher looks only when told, plus this reconcile (no network),
 * which also notices a relay that has stopped speaking (its heartbeat is every 30 s).
 */
export const RELAY_RECONCILE_MS = 30_000
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
  /**
   * The calls the watcher was last given, by the relay or by its own poll of the provider: where
   * it goes on from when the relay serves again (a direct poll that failed gave it nothing new).
   */
  let given: ReadonlyArray<MonitoredCall> = []
  const missed = createRelayedMissed(context, context.now())
  const now = () => Date.parse(context.now())

  const source: CallsSource = {
    async monitorCalls(signal) {
      if (direct) {
        const polled = await options.direct.monitorCalls(signal)
        given = polled.calls
        return polled
      }
      const next = feed?.entries.next() ?? { calls: [], more: false }
      given = next.calls
      // The next snapshot waits: look again right after this one.
      if (next.more) hooks?.refresh()
      return { calls: next.calls, total: next.calls.length }
    },
  }
  const inner = options.inner(source)

  const failing = (status: RelayStatus | null) => status?.state === 'failing'
  const silentSince = () => (link?.state() === 'connected' ? (feed?.silentSince() ?? null) : null)
  const serving = () => link?.state() === 'connected' && feed?.synced() === true && silentSince() === null
  /** Looks again every reconcile, and right when the relay would have been silent too long. */
  const reconcileMs = () => {
    const heardAt = feed?.statusHeardAt() ?? null
    const status = feed?.status() ?? null
    if (heardAt === null || !status) return RELAY_RECONCILE_MS
    return Math.min(RELAY_RECONCILE_MS, heardAt + relaySilenceMs(status) + 100 - now())
  }

  const waitForFirstRead = async (signal: AbortSignal) => {
    const until = Date.now() + FIRST_READ_WAIT_MS
    while (link?.state() === 'connecting' || (link?.state() === 'connected' && !feed?.synced())) {
      if (feed?.notAllowed() || signal.aborted || Date.now() > until) return
      await new Promise((done) => setTimeout(done, 50))
    }
  }

  const cutOff = (): Problem => {
    const since = silentSince()
    if (since !== null) return { code: 'problems:relay.silent', params: { ...where, sinceMs: since } }
    return link?.problem() ?? { code: 'problems:relay.unreachable', params: where }
  }
  const notAllowed = () => feed?.notAllowed() === true
  /**
   * Polling the provider itself, and the relay is back but has not polled yet: it holds what it
   * knew when it stopped, and the provider is nearer the truth until its first poll.
   */
  const stayDirect = () => direct && options.fallbackAllowed() && feed?.status()?.state === 'starting'

  return {
    kind: inner.kind,
    hearsRings: inner.hearsRings ?? false,
    intervalMs: () =>
      serving() && !stayDirect() && !failing(feed?.status() ?? null) ? reconcileMs() : options.intervalMs,
    async poll(signal) {
      if (!serving()) await waitForFirstRead(signal)
      // Set up for what its user may not see (another agent's extension): no fallback either.
      if (notAllowed()) {
        throw new OperationError('provider', {
          code: 'problems:relay.notAllowed',
          params: { url: relay.url, user: relay.user },
        })
      }
      if (!serving() || stayDirect()) {
        if (options.fallbackAllowed()) {
          if (!direct) {
            options.logger.info('relay: out of reach, polling the provider directly', {
              ...where,
              silent: silentSince() !== null,
            })
          }
          direct = true
          await inner.poll(signal)
          return
        }
        throw new OperationError('provider', cutOff())
      }
      if (direct) {
        options.logger.info('relay: back, listening to it again', where)
        // What was queued before is history the direct polls passed by: go on from the relay's present.
        feed?.entries.handOver(given)
      }
      direct = false
      await inner.poll(signal)
      const status = feed?.status() ?? null
      missed.tell(
        feed?.entries.missed() ?? [],
        (callId) => (inner.calls?.() ?? []).some((call) => call.callId === callId),
        // The relay's clock says when it missed a call; allow it to run behind the desk's by two polls.
        2 * (status?.intervalMs ?? options.intervalMs),
      )
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
        now,
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
      // Down, up with a relay that stopped speaking, or back but not polled yet: the desk does without it.
      if (state === 'down' || silentSince() !== null || stayDirect())
        return { state: 'down', reason: options.fallbackAllowed() ? 'relay_fallback' : 'relay_unreachable', channel }
      if (failing(feed?.status() ?? null)) return { state: 'down', reason: 'relay_failing', channel }
      return { state: 'connected', reason: null, channel }
    },
  }
}
