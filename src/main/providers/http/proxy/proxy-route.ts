/** Where a request to one URL goes: straight to the server, or through this proxy. */
export type ProxyRoute = 'DIRECT' | ProxyServer

/** A proxy server, as a PAC answer or an environment variable names it. */
export interface ProxyServer {
  /** How the app talks to the proxy itself (not to the server behind it). */
  readonly protocol: 'http' | 'https'
  readonly host: string
  readonly port: number
}

/** The proxy's origin, e.g. `http://proxy.corp:3128`: the key its credentials are filed under. */
export function proxyOrigin(proxy: ProxyServer): string {
  return `${proxy.protocol}://${hostForUrl(proxy.host)}:${proxy.port}`
}

/** host:port, for the user (the dialog asking for the proxy's password). */
export function proxyLabel(proxy: ProxyServer): string {
  return `${hostForUrl(proxy.host)}:${proxy.port}`
}

/** A stable key for a route, to tell whether a dispatcher was built for the route asked now. */
export function routeKey(route: ProxyRoute): string {
  return route === 'DIRECT' ? 'DIRECT' : proxyOrigin(route)
}

const PAC_KINDS: Readonly<Record<string, ProxyServer['protocol'] | 'DIRECT'>> = {
  DIRECT: 'DIRECT',
  PROXY: 'http',
  HTTP: 'http',
  HTTPS: 'https',
}

/**
 * Reads a PAC-style answer ("PROXY a:3128; PROXY b:8080; DIRECT", Electron's `resolveProxy`).
 * The first entry the app can use wins: SOCKS entries are skipped (neither undici's HTTP proxy
 * nor the WebSocket's CONNECT agent speaks SOCKS), so "SOCKS5 s:1080; PROXY p:3128" uses p.
 * An empty answer, or one with nothing usable, means DIRECT, which is what Chromium does too.
 */
export function parsePacAnswer(answer: string): ProxyRoute {
  for (const entry of answer.split(';')) {
    const [kind, address, ...rest] = entry.trim().split(/\s+/)
    const meaning = kind ? PAC_KINDS[kind.toUpperCase()] : undefined
    if (!meaning || rest.length > 0) continue
    if (meaning === 'DIRECT') return 'DIRECT'
    const server = address ? parseHostPort(address, meaning) : undefined
    if (server) return server
  }
  return 'DIRECT'
}

/** `host:port` or `[v6]:port`; the port defaults to the protocol's (PAC allows leaving it out). */
function parseHostPort(address: string, protocol: ProxyServer['protocol']): ProxyServer | undefined {
  try {
    const url = new URL(`${protocol}://${address}`)
    if (url.pathname !== '/' || url.username || url.search) return undefined
    return { protocol, host: url.hostname.replace(/^\[|\]$/g, ''), port: effectivePort(url) }
  } catch {
    return undefined
  }
}

/** The variables the harness and plain Node read, as curl and undici's EnvHttpProxyAgent do. */
export type ProxyEnvironment = Readonly<Record<string, string | undefined>>

/**
 * The route for `url` from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (lower case wins, as in curl and
 * undici). http: and ws: use HTTP_PROXY; https: and wss: use HTTPS_PROXY, else HTTP_PROXY.
 * NO_PROXY: `*` bypasses everything; an entry names a host and its subdomains (`example.com`,
 * `.example.com` and `*.example.com` alike), optionally only on one port (`host:8080`).
 */
export function routeFromEnvironment(url: string, env: ProxyEnvironment): ProxyRoute {
  const target = new URL(url)
  const secure = target.protocol === 'https:' || target.protocol === 'wss:'
  const httpProxy = env['http_proxy'] ?? env['HTTP_PROXY']
  const chosen = secure ? (env['https_proxy'] ?? env['HTTPS_PROXY'] ?? httpProxy) : httpProxy
  if (!chosen?.trim()) return 'DIRECT'
  if (bypassed(target, env['no_proxy'] ?? env['NO_PROXY'] ?? '')) return 'DIRECT'
  // An unreadable variable is left out (and said so by the resolver's caller), not guessed at.
  return parseProxyVariable(chosen.trim()) ?? 'DIRECT'
}

/**
 * A proxy variable: `http://host:port`, or a bare `host:port` (curl reads it as http). A user
 * name and password in the variable are not used: the proxy's password lives in the keychain,
 * and a URL holding one ends up in logs.
 */
export function parseProxyVariable(value: string): ProxyServer | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  return {
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: effectivePort(url),
  }
}

function bypassed(target: URL, noProxy: string): boolean {
  const hostname = target.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const port = effectivePort(target)
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase()
    if (!entry) continue
    if (entry === '*') return true
    const match = /^(.+):(\d+)$/.exec(entry)
    const host = (match?.[1] ?? entry).replace(/^\*?\./, '').replace(/^\[|\]$/g, '')
    if (match && Number(match[2]) !== port) continue
    if (hostname === host || hostname.endsWith(`.${host}`)) return true
  }
  return false
}

function effectivePort(url: URL): number {
  if (url.port) return Number(url.port)
  return url.protocol === 'https:' || url.protocol === 'wss:' ? 443 : 80
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}
