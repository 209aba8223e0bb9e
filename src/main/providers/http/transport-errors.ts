import type { ProviderId } from '../../../shared/domain/providers'
import type { CatalogKey } from '../../../shared/i18n/catalog-keys'

import { ProviderError } from './provider-error'

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
])
const TLS_CODE = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_SSL_|EPROTO$)/

/** Where a request went, in the words a person knows it by. */
export interface RequestTarget {
  readonly provider: ProviderId
  /** host:port; named only when the address itself is the problem (DNS). */
  readonly host: string
  /** The account's label, when the client serves one. */
  readonly account?: string | undefined
}

/**
 * Turns an error thrown below HTTP (socket, DNS, TLS, timeout) into a ProviderError. Its words
 * name the provider and the account, not 127.0.0.1:53122: that is what the user knows it by.
 */
export function transportError(target: RequestTarget, error: unknown): ProviderError {
  const { provider, account } = target
  const base = { provider, ...(account ? { account } : {}) }
  const code = errorCode(error)
  if (code && TIMEOUT_CODES.has(code)) {
    const problem =
      code === 'UND_ERR_CONNECT_TIMEOUT'
        ? 'problems:transport.timeoutConnect'
        : code === 'UND_ERR_BODY_TIMEOUT'
          ? 'problems:transport.timeoutBody'
          : 'problems:transport.timeoutAnswer'
    return new ProviderError({ ...base, kind: 'timeout', code, problem: { code: problem } })
  }
  if (code && TLS_CODE.test(code)) {
    return new ProviderError({
      ...base,
      kind: 'tls',
      code,
      problem: { code: 'problems:transport.untrusted', params: { code } },
    })
  }
  const reasons: Record<string, CatalogKey> = {
    ECONNREFUSED: 'problems:transport.refused',
    ENOTFOUND: 'problems:transport.notFound',
    EAI_AGAIN: 'problems:transport.notLookedUp',
    ECONNRESET: 'problems:transport.closed',
    UND_ERR_SOCKET: 'problems:transport.closed',
    EHOSTUNREACH: 'problems:transport.unreachable',
    ENETUNREACH: 'problems:transport.noNetwork',
    EPIPE: 'problems:transport.closed',
  }
  const reason = (code ? reasons[code] : undefined) ?? 'problems:transport.notReached'
  return new ProviderError({
    ...base,
    kind: 'network',
    ...(code ? { code } : {}),
    // Only a DNS failure names the address: there the address itself is the problem.
    problem: { code: reason, params: { host: target.host } },
  })
}

/** The first error code found on the error or its causes. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
