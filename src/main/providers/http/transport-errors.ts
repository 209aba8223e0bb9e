import { providerNames, type ProviderId } from '../../../shared/domain/providers'

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

/** "AloHub (Support desk)", or "AloHub" for a client without an account (a connection test of a draft). */
export const targetName = (target: Pick<RequestTarget, 'provider' | 'account'>): string =>
  target.account ? `${providerNames[target.provider]} (${target.account})` : providerNames[target.provider]

/**
 * Turns an error thrown below HTTP (socket, DNS, TLS, timeout) into a ProviderError. The message
 * names the provider and the account, not 127.0.0.1:53122: that is what the user knows it by.
 */
export function transportError(target: RequestTarget, error: unknown): ProviderError {
  const { provider, account } = target
  const who = targetName(target)
  const base = { provider, ...(account ? { account } : {}) }
  const code = errorCode(error)
  if (code && TIMEOUT_CODES.has(code)) {
    const message =
      code === 'UND_ERR_CONNECT_TIMEOUT'
        ? `Timed out connecting to ${who}.`
        : code === 'UND_ERR_BODY_TIMEOUT'
          ? `Timed out receiving the answer from ${who}.`
          : `Timed out waiting for ${who} to answer.`
    return new ProviderError({ ...base, kind: 'timeout', code, message })
  }
  if (code && TLS_CODE.test(code)) {
    return new ProviderError({
      ...base,
      kind: 'tls',
      code,
      message: `The secure connection to ${who} could not be trusted (${code}).`,
    })
  }
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'refused the connection',
    ENOTFOUND: `could not be found at ${target.host} (DNS)`,
    EAI_AGAIN: `could not be looked up at ${target.host} (DNS)`,
    ECONNRESET: 'closed the connection unexpectedly',
    UND_ERR_SOCKET: 'closed the connection unexpectedly',
    EHOSTUNREACH: 'is unreachable',
    ENETUNREACH: 'is unreachable (no network)',
    EPIPE: 'closed the connection unexpectedly',
  }
  const reason = (code && reasons[code]) ?? 'could not be reached'
  return new ProviderError({
    ...base,
    kind: 'network',
    ...(code ? { code } : {}),
    message: `${who} ${reason}.`,
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
