import type { AccountRelay } from '../../../../shared/domain/account-relay'
import { openRelayEntryFeed, type RelayEntryFeed } from '../../../monitor/relay/relay-entry-feed'
import { relayedWatcher } from '../../../monitor/relay/relay-watcher-core'
import type { Watcher } from '../../../monitor/watchers/watcher'
import { alohubAgentsEntrySchema, type AlohubAgentsEntry } from '../../../relay-protocol/relay-entries'
import { ALOHUB_AGENTS_KEY, alohubAgentsSubject } from '../../../relay-protocol/relay-names'
import type { RelaySetup } from '../../provider-module'

import { alohubPresenceWatcher, type AgentsSource } from './alohub-presence-watcher'

export interface AlohubRelayWatcherOptions {
  readonly context: Parameters<typeof alohubPresenceWatcher>[1]
  readonly relay: AccountRelay
  readonly setup: RelaySetup
  /** The account's own client: only for the fallback the relay may allow. */
  readonly direct: AgentsSource
  /** The account's presence interval (the fallback's, and the relay failing). */
  readonly intervalMs: number
}

/**
 * A supervisor's AloHub presence through the team relay: the account's own presence watcher,
 * unchanged, on a source whose `allAgents()` yields the agents the relay last published as one
 * page, so presence changes, online counts and queue memberships are the same code and the desk
 * sends AloHub nothing (its rate limits are the tenant's, shared by every desk).
 */
export function alohubRelayWatcher(options: AlohubRelayWatcherOptions): Watcher {
  const { context, relay, setup } = options
  return relayedWatcher<RelayEntryFeed<AlohubAgentsEntry>>({
    context,
    relay,
    provider: 'alohub',
    notAllowedCode: 'problems:relay.notAllowedAgents',
    link: () => setup.link(),
    openFeed: (link, events) =>
      openRelayEntryFeed({
        link,
        tenant: relay.tenant,
        provider: 'alohub',
        key: ALOHUB_AGENTS_KEY,
        subject: alohubAgentsSubject(relay.tenant),
        schema: alohubAgentsEntrySchema,
        logger: setup.logger,
        events,
      }),
    inner: (view) =>
      alohubPresenceWatcher(
        {
          async *allAgents(filter, size, signal) {
            if (view.direct()) {
              yield* options.direct.allAgents(filter, size, signal)
              return
            }
            const agents = view.feed()?.entry()?.agents ?? []
            yield { agents, total: agents.length, page: 0, size: agents.length }
          },
        },
        context,
        options.intervalMs,
      ),
    // Not before the relay has read AloHub once: the presence watcher's first poll is its baseline.
    holds: (feed) => feed.entry() !== null,
    intervalMs: options.intervalMs,
    fallbackAllowed: () => setup.fallbackAllowed(),
    rememberFallback: (allowed) => setup.rememberFallback(allowed),
    logger: setup.logger,
  })
}
