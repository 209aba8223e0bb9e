import type { AccountRelay } from '../../shared/domain/account-relay'
import type { AccountDraft, ConnectionTestResult } from '../../shared/domain/accounts'
import type { ProviderId } from '../../shared/domain/providers'
import type { Problem } from '../../shared/i18n/problem'
import type { AccountClients } from '../accounts/account-clients'
import type { AccountService } from '../accounts/account-service'
import type { Clock } from '../core/clock'
import type { EventBus } from '../core/event-bus'
import type { Logger } from '../core/logger'
import type { OperationHandlers } from '../ipc/dispatch'
import type { RelayLink } from '../monitor/relay/relay-link'
import type { Watcher, WatcherContext } from '../monitor/watchers/watcher'
import type { SettingsRepository } from '../settings/settings-repository'

import type { PoolRegistry, WebSocketRoute } from './http/pool-registry'
import type { ProviderClientOptions } from './http/provider-client-options'
import type { ProviderError } from './http/provider-error'

/** What a client is built from: where the API is and whom it serves. */
export type ClientAccount = Pick<AccountDraft, 'provider' | 'baseUrl' | 'tenantId' | 'tel4vnSignIn'>

/** What the live monitor hands a provider to build its watchers for one account. */
export interface WatcherSetup {
  readonly context: WatcherContext
  /** The account's own poll interval when it sets one, else the fallback (ms). */
  every(fallbackMs: number): number
  /** The account's key, read on demand (push channels sign in with it too). */
  readonly secret: () => Promise<string>
  readonly clock: Clock
  readonly random?: () => number
  /** The proxy a WebSocket to this URL goes through (the HTTP pools' resolution); absent: straight out. */
  readonly webSocketRoute?: (url: string) => Promise<WebSocketRoute | undefined>
  /** The team relay, when the account connects through one and the app can reach relays. */
  readonly relay?: RelaySetup
}

/** What a relayed account's watcher needs of the app (monitor/relay/). */
export interface RelaySetup {
  /** The account's link to its relay (shared per URL and NATS user); release it when done. */
  link(): RelayLink & { release(): void }
  /** What the relay last said of desks polling the provider themselves while it is out of reach. */
  fallbackAllowed(): boolean
  rememberFallback(allowed: boolean): void
  readonly logger: Logger
}

/** What a provider's screens may use; `clientFor` is the account's cached client. */
export interface ScreenDeps<C> {
  readonly accounts: AccountService
  /** The one client per account, shared with the monitor and the connection test. */
  readonly clients: AccountClients
  readonly pools: PoolRegistry
  readonly clock: Clock
  readonly settings: SettingsRepository
  readonly events: EventBus
  readonly clientFor: (accountId: string) => C
}

/** What a provider may use to explain a failed connection test more precisely. */
export interface FailureContext {
  readonly account: ClientAccount
  /** Probes again with other account settings; true when that works. */
  probeWith(account: ClientAccount): Promise<boolean>
}

/** A provider's IPC handlers, and what to stop when the app quits. */
export interface ScreenParts<H> {
  readonly handlers: H
  dispose?(): void
}

/**
 * Everything the app needs to know about one provider; the registry holds one per provider, so
 * adding a provider is its folder plus one registry line.
 */
export interface ProviderModule<P extends ProviderId, C, H extends Partial<OperationHandlers> = Record<never, never>> {
  readonly id: P
  createClient(account: ClientAccount, options: Omit<ProviderClientOptions, 'baseUrl'>): C
  /** The cheapest call that proves a key works, and "Connected to …" with what it saw, as a code. */
  probe(client: C, signal?: AbortSignal): Promise<Problem>
  /**
   * Explains a failed probe in this provider's own terms, before the general explanation by
   * kind; null leaves it to the general one.
   */
  explainFailure?(error: ProviderError, context: FailureContext): Promise<ConnectionTestResult | null>
  /** What the live monitor watches on an account of this provider (none: nothing live). */
  watchers(client: C, setup: WatcherSetup): Watcher[]
  /**
   * The watchers of an account that connects through the team relay (providers the relay serves
   * only): no provider connection for monitoring, except the fallback on `client` if allowed.
   */
  relayedWatchers?(client: C, setup: WatcherSetup & { readonly relay: RelaySetup }, relay: AccountRelay): Watcher[]
  /** The provider's screens (IPC handlers); absent when it has none. */
  screens?(deps: ScreenDeps<C>): ScreenParts<H>
}
