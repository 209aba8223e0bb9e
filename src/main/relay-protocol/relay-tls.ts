import { isIP } from 'node:net'
import { checkServerIdentity, type PeerCertificate } from 'node:tls'

import type { ConnectionOptions, TlsOptions } from 'nats'

/**
 * TLS "where the URL says so", shared by the desk and the relay. The nats client (2.29) takes a
 * `tls://` URL and still connects in plain text to a server that does not offer TLS, so the URL's
 * scheme alone protects nothing: a `tls://` URL must also set the `tls` option, which makes the
 * client refuse a server without TLS.
 */
export type RelayUrlScheme = 'nats' | 'tls'

export class RelayConnectionError extends Error {
  constructor(
    readonly reason: 'unsupported-url' | 'tls-not-offered',
    message: string,
  ) {
    super(message)
    this.name = 'RelayConnectionError'
  }
}

export function relayUrlScheme(url: string): RelayUrlScheme {
  const scheme = /^([a-z]+):\/\/[^/\s]+\/?$/i.exec(url.trim())?.[1]?.toLowerCase()
  if (scheme === 'nats' || scheme === 'tls') return scheme
  throw new RelayConnectionError('unsupported-url', `A relay URL is nats://host:port or tls://host:port, not ${url}`)
}

/**
 * The connection options for a relay URL. `ca` (PEM) trusts a private certificate authority,
 * such as a trial's self-signed certificate; without it the system's authorities are used.
 */
export function relayConnectionOptions(url: string, ca?: string): Pick<ConnectionOptions, 'servers' | 'tls'> {
  const servers = [url.trim()]
  if (relayUrlScheme(url) === 'nats') return { servers }
  const tls: TlsOptions & { checkServerIdentity?: typeof checkServerIdentity } = ca === undefined ? {} : { ca }
  const host = new URL(url.trim()).hostname.replace(/^\[(.*)\]$/, '$1')
  if (isIP(host)) {
    // For an IP the client sends no server name, and Node then checks the certificate against
    // "localhost": check it against the address the URL names instead.
    tls.checkServerIdentity = (_name: string, certificate: PeerCertificate) => checkServerIdentity(host, certificate)
  }
  return { servers, tls }
}

/** The client says only `tls` when the server has no TLS; say which server and what to change. */
export function explainRelayConnectError(error: unknown, url: string): unknown {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'SERVER_OPT_NA' && relayUrlScheme(url) === 'tls') {
    return new RelayConnectionError(
      'tls-not-offered',
      `The NATS server at ${url} does not offer TLS, but the URL asks for it (tls://); give it a certificate or use nats://`,
    )
  }
  return error
}
