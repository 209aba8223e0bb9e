import { parsePacAnswer, routeFromEnvironment, type ProxyEnvironment, type ProxyRoute } from './proxy-route'

/**
 * Says how to reach a URL. In the app the platform layer answers with Electron's
 * `session.resolveProxy` (the system's proxy settings and PAC file, per URL); in the harness
 * and plain Node, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY.
 */
export interface ProxyResolver {
  resolve(url: string): Promise<ProxyRoute>
}

/** Always straight out: unit tests and anything built without a resolver. */
export const directResolver: ProxyResolver = { resolve: async () => 'DIRECT' }

/** The route from the environment, read on every call (a test may change it between runs). */
export function createEnvironmentProxyResolver(env: ProxyEnvironment = process.env): ProxyResolver {
  return { resolve: async (url) => routeFromEnvironment(url, env) }
}

/** A resolver from a PAC-style answer source (Electron's `resolveProxy` returns "PROXY h:p; DIRECT"). */
export function createPacProxyResolver(answerFor: (url: string) => Promise<string>): ProxyResolver {
  return { resolve: async (url) => parsePacAnswer(await answerFor(url)) }
}

/** A resolver that remembers each origin's answer for a while, and forgets all on a network change. */
export interface CachedProxyResolver extends ProxyResolver {
  /** The network changed (another Wi-Fi, VPN up or down): every origin is asked again. */
  forget(): void
}

/**
 * Caches per origin: a PAC file decides by host (the path of a request does not change its
 * route in practice), and asking Electron for every poll would cost an IPC hop into the network
 * service each time. Concurrent first asks for one origin share one resolution.
 */
export function createCachedProxyResolver(
  resolver: ProxyResolver,
  now: () => number,
  ttlMs = 5 * 60_000,
): CachedProxyResolver {
  const answers = new Map<string, { at: number; route: Promise<ProxyRoute> }>()
  return {
    resolve(url) {
      const origin = new URL(url).origin
      const cached = answers.get(origin)
      if (cached && now() - cached.at < ttlMs) return cached.route
      const route = resolver.resolve(url)
      answers.set(origin, { at: now(), route })
      // A failed resolution is not remembered: the next request asks again.
      route.catch(() => {
        if (answers.get(origin)?.route === route) answers.delete(origin)
      })
      return route
    },
    forget: () => answers.clear(),
  }
}
