import type { AccountRelay } from '../../../shared/domain/account-relay'
import type { MonitoredCall } from '../../../shared/domain/calls'
import type { Logger } from '../../core/logger'
import type { RelayedProvider } from '../../relay-protocol/relay-names'
import type { Watcher, WatcherContext } from '../watchers/watcher'

import { openRelayFeed, type RelayFeed } from './relay-feed'
import type { RelayLink } from './relay-link'
import { relayedWatcher } from './relay-watcher-core'
import { createRelayedMissed } from './relayed-missed'

export { RELAY_RECONCILE_MS } from './relay-watcher-core'

/** What the provider's own watcher polls: the calls of its monitor. */
export interface CallsSource {
  monitorCalls(signal?: AbortSignal): Promise<{ calls: ReadonlyArray<MonitoredCall>; total: number }>
}

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
 * switch, so nothing is told twice (relay-watcher-core.ts).
 */
export function relayWatcher(options: RelayWatcherOptions): Watcher {
  const { context, relay } = options
  const missed = createRelayedMissed(context, context.now())
  /**
   * The calls the watcher was last given, by the relay or by its own poll of the provider: where
   * it goes on from when the relay serves again (a direct poll that failed gave it nothing new).
   */
  let given: ReadonlyArray<MonitoredCall> = []
  return relayedWatcher<RelayFeed>({
    ...options,
    openFeed: (link, events) =>
      openRelayFeed({
        link,
        tenant: relay.tenant,
        provider: options.provider,
        extension: context.account.role.kind === 'agent' ? context.account.role.extension : null,
        logger: options.logger,
        ...events,
      }),
    inner: (view) =>
      options.inner({
        async monitorCalls(signal) {
          if (view.direct()) {
            const polled = await options.direct.monitorCalls(signal)
            given = polled.calls
            return polled
          }
          const next = view.feed()?.entries.next() ?? { calls: [], more: false }
          given = next.calls
          // The next snapshot waits: look again right after this one.
          if (next.more) view.refresh()
          return { calls: next.calls, total: next.calls.length }
        },
      }),
    afterPoll: (feed, inner) =>
      missed.tell(
        feed.entries.missed(),
        (callId) => (inner.calls?.() ?? []).some((call) => call.callId === callId),
        // The relay's clock says when it missed a call; allow it to run behind the desk's by two polls.
        2 * (feed.status()?.intervalMs ?? options.intervalMs),
      ),
    backFromDirect: (feed) => feed.entries.handOver(given),
  })
}
