import type { AccountDraft, ConnectionTestResult } from '../../shared/domain/accounts'
import { providerIds, type ProviderId } from '../../shared/domain/providers'
import type { Problem } from '../../shared/i18n/problem'
import type { OperationHandlers } from '../ipc/dispatch'
import type { Watcher } from '../monitor/watchers/watcher'

import { agenthubProvider } from './agenthub'
import { alohubProvider } from './alohub'
import { avatarProvider } from './avatar'
import type { ProviderClientOptions } from './http/provider-client-options'
import type { ProviderError } from './http/provider-error'
import type { ClientAccount, FailureContext, ProviderModule, ScreenDeps, WatcherSetup } from './provider-module'
import { tel4vnProvider } from './tel4vn'
import { voipbinProvider } from './voipbin'

/**
 * Every provider the app speaks, by id: the one place that names them all. A function, not a
 * constant, because the providers' screens reach back here for their clients (an import cycle
 * that is harmless as long as nothing is read while the modules are still loading).
 */
function modules() {
  return {
    alohub: alohubProvider,
    tel4vn: tel4vnProvider,
    voipbin: voipbinProvider,
    avatar: avatarProvider,
    agenthub: agenthubProvider,
  } as const satisfies { readonly [P in ProviderId]: { readonly id: P } }
}

type Modules = ReturnType<typeof modules>

/** The client of one provider's API. */
export type ClientOf<P extends ProviderId> = ReturnType<Modules[P]['createClient']>

/** A provider's module with its client's type erased: for code that handles any provider alike. */
type AnyModule = ProviderModule<ProviderId, unknown, Partial<OperationHandlers>>

// The one cast: each module is checked against ProviderModule where it is defined.
const moduleOf = (provider: ProviderId): AnyModule => modules()[provider] as unknown as AnyModule

/** Builds the client an account of that provider needs; the secret is read through `options.secret`. */
export function createProviderClient<P extends ProviderId>(
  account: ClientAccount & { readonly provider: P },
  options: Omit<ProviderClientOptions, 'baseUrl'>,
): ClientOf<P> {
  return moduleOf(account.provider).createClient(account, options) as ClientOf<P>
}

/**
 * Makes the provider's cheapest proving call: on the account's own client when it is given
 * (a saved account), else on a throwaway client built from `options` (a draft).
 */
export function probeProvider(
  account: ClientAccount,
  options: Omit<ProviderClientOptions, 'baseUrl'>,
  signal?: AbortSignal,
  client?: unknown,
): Promise<Problem> {
  const module = moduleOf(account.provider)
  return module.probe(client ?? module.createClient(account, options), signal)
}

/** The provider's own explanation of a failed probe; null when it has none. */
export async function explainProbeFailure(
  error: ProviderError,
  context: FailureContext,
): Promise<ConnectionTestResult | null> {
  return (await moduleOf(context.account.provider).explainFailure?.(error, context)) ?? null
}

/**
 * The watchers of one account, on the account's client; through the team relay instead when the
 * account connects through one and its provider is relayed.
 */
export function createWatchers(
  account: ClientAccount & Pick<AccountDraft, 'relay'>,
  client: unknown,
  setup: WatcherSetup,
): Watcher[] {
  const module = moduleOf(account.provider)
  const { relay } = setup
  if (account.relay && relay && module.relayedWatchers) {
    return module.relayedWatchers(client, { ...setup, relay }, account.relay)
  }
  return module.watchers(client, setup)
}

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never
type ScreenHandlersOf<M> = M extends { screens(deps: never): { handlers: infer H } } ? H : Record<never, never>

/** The IPC handlers of every provider's screens together. */
export type ProviderHandlers = UnionToIntersection<ScreenHandlersOf<Modules[ProviderId]>>

/** Starts every provider's screens, on the accounts' shared clients. */
export function createProviderScreens(deps: Omit<ScreenDeps<unknown>, 'clientFor'>): {
  handlers: ProviderHandlers
  dispose(): void
} {
  const parts = providerIds.flatMap((id) => {
    const screens = moduleOf(id).screens
    return screens ? [screens({ ...deps, clientFor: (accountId) => deps.clients.clientFor(accountId, id) })] : []
  })
  return {
    handlers: Object.assign({}, ...parts.map((part) => part.handlers)) as ProviderHandlers,
    dispose: () => parts.forEach((part) => part.dispose?.()),
  }
}
