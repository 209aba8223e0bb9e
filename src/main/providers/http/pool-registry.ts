import type { Agent as HttpAgent } from 'node:http'

import { HttpsProxyAgent } from 'https-proxy-agent'
import { Pool, ProxyAgent, type Dispatcher } from 'undici'

import type { ProxyAuth } from './proxy/proxy-auth'
import { createCachedProxyResolver, directResolver, type ProxyResolver } from './proxy/proxy-resolver'
import { proxyLabel, proxyOrigin, routeKey, type ProxyRoute, type ProxyServer } from './proxy/proxy-route'

/**
 * Who a request is for. The account's one client serves both, but each has its own connections:
 * a screen's request that hangs (a provider that never answers) must not hold up the monitor's
 * polls, and the monitor's steady polls never queue a screen's "Try again" behind them.
 */
export type RequestLane = 'screens' | 'monitor'

/** Connection settings shared by every pool. */
export interface PoolOptions {
  readonly connectTimeoutMs: number
  /** Connections kept per origin for the screens, bulk jobs and tests: several may be in flight. */
  readonly connectionsPerOrigin: number
  readonly keepAliveMs: number
  /**
   * Connections per origin for the monitor's lane. Its requests never overlap (one poller per
   * endpoint, no two in flight), so one keep-alive connection carries all of them.
   */
  readonly monitorConnectionsPerOrigin?: number
}

export const defaultPoolOptions: PoolOptions = {
  connectTimeoutMs: 10_000,
  connectionsPerOrigin: 4,
  keepAliveMs: 60_000,
  monitorConnectionsPerOrigin: 1,
}

/** How the registry finds and passes proxies; absent: every connection goes straight out. */
export interface ProxySetup {
  readonly resolver: ProxyResolver
  readonly auth?: ProxyAuth
  /** For the per-origin cache of the resolver's answers. */
  readonly now?: () => number
}

/** What to do after a proxy answered 407: send again, or fail naming the proxy. */
export type ProxyRefusal = { readonly retry: true } | { readonly retry: false; readonly proxy: string }

/** One keep-alive pool per origin and lane, shared by every account on that origin. */
export interface PoolRegistry {
  /** The pool for requests to `origin` (through its proxy, if any); the screens' lane unless named. */
  forOrigin(origin: string, lane?: RequestLane): Promise<Dispatcher>
  /** A request on `used` got 407 from its proxy: asks for credentials once, then says whether to resend. */
  proxyRefused(used: Dispatcher): Promise<ProxyRefusal>
  /** The agent a WebSocket to `url` connects through (CONNECT), or undefined to go straight out. */
  webSocketAgent(url: string): Promise<WebSocketRoute | undefined>
  /** The network changed: routes are asked again, and a cancelled proxy prompt may come back. */
  networkChanged(): void
  /**
   * Ends every connection, also those of requests still waiting for an answer: a quitting app
   * does not wait out a provider that never answers. Asking for a pool afterwards fails.
   */
  close(): Promise<void>
}

/** A WebSocket's way through its proxy, and what to do when the proxy answers its CONNECT with 407. */
export interface WebSocketRoute {
  readonly agent: HttpAgent
  refused(): Promise<ProxyRefusal>
}

interface Built {
  readonly route: string
  readonly generation: number
  readonly dispatcher: Dispatcher
}

/** Creates the registry. */
export function createPoolRegistry(options: PoolOptions = defaultPoolOptions, proxy?: ProxySetup): PoolRegistry {
  const pools = new Map<string, Built>()
  const proxies = new WeakMap<Dispatcher, { server: ProxyServer; generation: number }>()
  const resolver = createCachedProxyResolver(proxy?.resolver ?? directResolver, proxy?.now ?? Date.now)
  let closed = false
  const ensureOpen = () => {
    // A request retried after the close must not open a pool that nothing would close.
    if (closed) throw new Error('The connections were closed; AgentDesk is shutting down.')
  }

  const build = (origin: string, lane: RequestLane, route: ProxyRoute, token: string | undefined): Dispatcher => {
    const connections = lane === 'monitor' ? (options.monitorConnectionsPerOrigin ?? 1) : options.connectionsPerOrigin
    const common = { connections, keepAliveTimeout: options.keepAliveMs }
    if (route === 'DIRECT') return new Pool(origin, { ...common, connect: { timeout: options.connectTimeoutMs } })
    return new ProxyAgent({
      ...common,
      uri: proxyOrigin(route),
      // The password travels in the header only, never in the proxy's URL (errors and logs quote URLs).
      ...(token ? { token } : {}),
      // https goes through a CONNECT tunnel; plain http (the loopback sandbox) is forwarded as
      // curl and Chromium do, which every proxy supports, while many refuse CONNECT to port 80.
      proxyTunnel: new URL(origin).protocol === 'https:',
      proxyTls: { timeout: options.connectTimeoutMs },
      requestTls: { timeout: options.connectTimeoutMs },
    })
  }

  return {
    async forOrigin(origin, lane = 'screens') {
      ensureOpen()
      const route = await resolver.resolve(origin)
      const auth = route === 'DIRECT' ? undefined : await proxy?.auth?.current(route)
      ensureOpen()
      const key = `${lane} ${origin}`
      const wanted = routeKey(route)
      const generation = auth?.generation ?? 0
      const existing = pools.get(key)
      if (existing && existing.route === wanted && existing.generation === generation) return existing.dispatcher
      // The route or the proxy's credentials changed: new requests use new connections, while
      // those in flight finish on the old ones.
      if (existing) void existing.dispatcher.close().catch(() => undefined)
      const dispatcher = build(origin, lane, route, auth?.token)
      if (route !== 'DIRECT') proxies.set(dispatcher, { server: route, generation })
      pools.set(key, { route: wanted, generation, dispatcher })
      return dispatcher
    },
    async proxyRefused(used) {
      const through = proxies.get(used)
      // A 407 without a proxy came from the server itself: nothing to ask.
      if (!through) return { retry: false, proxy: '' }
      const retry = (await proxy?.auth?.refused(through.server, through.generation)) ?? false
      return retry ? { retry: true } : { retry: false, proxy: proxyLabel(through.server) }
    },
    async webSocketAgent(url) {
      ensureOpen()
      const route = await resolver.resolve(url)
      if (route === 'DIRECT') return undefined
      const auth = await proxy?.auth?.current(route)
      const refused = async (): Promise<ProxyRefusal> =>
        (await proxy?.auth?.refused(route, auth?.generation ?? 0))
          ? { retry: true }
          : { retry: false, proxy: proxyLabel(route) }
      const agent = new HttpsProxyAgent(proxyOrigin(route), {
        ...(auth?.token ? { headers: { 'proxy-authorization': auth.token } } : {}),
        timeout: options.connectTimeoutMs,
      })
      return { agent, refused }
    },
    networkChanged() {
      resolver.forget()
      proxy?.auth?.forgetCancelled()
    },
    async close() {
      closed = true
      const closing = [...pools.values()].map(({ dispatcher }) => dispatcher.destroy())
      pools.clear()
      await Promise.allSettled(closing)
    },
  }
}
