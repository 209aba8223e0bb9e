import type { AccountRelay } from '../../../shared/domain/account-relay'
import type { Problem } from '../../../shared/i18n/problem'
import type { Logger } from '../../core/logger'
import { OperationError } from '../../ipc/operation-error'
import { relaySilenceMs, type RelayStatus } from '../../relay-protocol/relay-entries'
import type { RelayStatusProvider } from '../../relay-protocol/relay-names'
import type { PushStatus, Watcher, WatcherContext, WatcherHooks } from '../watchers/watcher'

import type { RelayLink } from './relay-link'

/**
 * While the relay serves, the watcher looks only when told, plus this reconcile (no network),
 * which also notices a relay that has stopped speaking (its heartbeat is every 30 s).
 */
export const RELAY_RECONCILE_MS = 30_000
/** How long a poll waits for the first connection and read before saying the relay is unreachable. */
const FIRST_READ_WAIT_MS = 5_000

/** What the shared part needs of a feed: whether it has read, whether it may, what the relay says. */
export interface RelayedFeed {
  /** Whether the present state was read since the link last (re)connected. */
  synced(): boolean
  /** The relay's server refused this desk's user a subject or key the account asks for. */
  notAllowed(): boolean
  status(): RelayStatus | null
  /** When the relay's status was last heard, on the desk's clock; null before the first. */
  statusHeardAt(): number | null
  /** Since when the relay has been silent past its heartbeat (it stopped while NATS runs); null: it speaks. */
  silentSince(): number | null
  close(): void
}

/** What a feed tells the watcher: something was applied (look now), the relay's status arrived. */
export interface RelayedFeedEvents {
  onChange(): void
  onStatus(status: RelayStatus): void
  /** The desk's clock (ms), which silence is judged on. */
  now(): number
}

/** What the inner watcher's source consults: the open feed, and whether to ask the provider itself. */
export interface RelayedView<F> {
  feed(): F | null
  /** Cut off from a relay that allows it: poll the provider with the account's own key. */
  direct(): boolean
  /** Look again at once (the next snapshot is waiting). */
  refresh(): void
}

export interface RelayedWatcherOptions<F extends RelayedFeed> {
  readonly context: WatcherContext
  readonly relay: AccountRelay
  /** Whose status the relay writes for this feed (named in "the relay cannot reach …"). */
  readonly provider: RelayStatusProvider
  /** The account's own link to the relay (its URL and NATS user), released on close. */
  readonly link: () => RelayLink & { release(): void }
  readonly openFeed: (link: RelayLink, events: RelayedFeedEvents) => F
  /** The provider's own watcher, built once on a source that reads the view. */
  readonly inner: (view: RelayedView<F>) => Watcher
  /** What the relay refusing this desk's user says; by default, that it may not see the account's calls. */
  readonly notAllowedCode?: 'problems:relay.notAllowed' | 'problems:relay.notAllowedAgents'
  /**
   * Whether the feed holds anything yet; until then the inner watcher is not polled, since its
   * first poll is its baseline (an empty one would make every agent "change" on the next).
   */
  readonly holds?: (feed: F) => boolean
  /** After each poll served by the relay (the Tel4vn desk's missed calls it never saw ring). */
  readonly afterPoll?: (feed: F, inner: Watcher) => void
  /** Back from polling the provider directly: what was queued before is history the direct polls passed by. */
  readonly backFromDirect?: (feed: F) => void
  /** The account's poll interval (fallback, or the relay failing). */
  readonly intervalMs: number
  /** What the relay last said of desks polling themselves (`deskFallback`), remembered across runs. */
  readonly fallbackAllowed: () => boolean
  readonly rememberFallback: (allowed: boolean) => void
  readonly logger: Logger
}

/**
 * What every relayed watcher shares, whatever the relay tells it: the link's state as the push
 * status (channel `relay`), the wait for the first read, the refusal of a user set up for something
 * else, the fallback to polling the provider directly while a relay that allows it is out of
 * reach, and the relay's own failure to reach the provider. The provider's own watcher runs inside,
 * unchanged, on a source that answers from the feed.
 */
export function relayedWatcher<F extends RelayedFeed>(options: RelayedWatcherOptions<F>): Watcher {
  const { relay, context } = options
  const now = () => Date.parse(context.now())
  const where = { url: relay.url }
  let link: (RelayLink & { release(): void }) | null = null
  let feed: F | null = null
  let hooks: WatcherHooks | null = null
  let stopLink: (() => void) | null = null
  let direct = false
  const inner = options.inner({ feed: () => feed, direct: () => direct, refresh: () => hooks?.refresh() })

  const failing = (status: RelayStatus | null) => status?.state === 'failing'
  const silentSince = () => (link?.state() === 'connected' ? (feed?.silentSince() ?? null) : null)
  const serving = () => link?.state() === 'connected' && feed?.synced() === true && silentSince() === null
  const notAllowed = () => feed?.notAllowed() === true
  const cutOff = (): Problem => {
    const since = silentSince()
    if (since !== null) return { code: 'problems:relay.silent', params: { ...where, sinceMs: since } }
    return link?.problem() ?? { code: 'problems:relay.unreachable', params: where }
  }
  /** Looks again every reconcile, and right when the relay would have been silent too long. */
  const reconcileMs = () => {
    const heardAt = feed?.statusHeardAt() ?? null
    const status = feed?.status() ?? null
    if (heardAt === null || !status) return RELAY_RECONCILE_MS
    return Math.min(RELAY_RECONCILE_MS, heardAt + relaySilenceMs(status) + 100 - now())
  }
  /**
   * Polling the provider itself, and the relay is back but has not polled yet: it holds what it
   * knew when it stopped, and the provider is nearer the truth until its first poll.
   */
  const stayDirect = () => direct && options.fallbackAllowed() && feed?.status()?.state === 'starting'

  const waitForFirstRead = async (signal: AbortSignal) => {
    const until = Date.now() + FIRST_READ_WAIT_MS
    while (link?.state() === 'connecting' || (link?.state() === 'connected' && !feed?.synced())) {
      if (notAllowed() || signal.aborted || Date.now() > until) return
      await new Promise((done) => setTimeout(done, 50))
    }
  }

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
          code: options.notAllowedCode ?? 'problems:relay.notAllowed',
          params: { url: relay.url, user: relay.user },
        })
      }
      if (!serving() || !feed || stayDirect()) {
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
        options.backFromDirect?.(feed)
      }
      direct = false
      if (options.holds?.(feed) !== false) {
        await inner.poll(signal)
        options.afterPoll?.(feed, inner)
      }
      const status = feed.status()
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
      feed = options.openFeed(opened, {
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
