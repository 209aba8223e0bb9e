import type { ProviderId } from '../../../shared/domain/providers'

import { ProviderError } from './provider-error'

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
])
const TLS_CODE = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_SSL_|EPROTO$)/

/** Turns an error thrown below HTTP (socket, DNS, TLS, timeout) into a ProviderError. */
export function transportError(provider: ProviderId, host: string, error: unknown): ProviderError {
  const code = errorCode(error)
  if (code && TIMEOUT_CODES.has(code)) {
    const phase =
      code === 'UND_ERR_CONNECT_TIMEOUT'
        ? 'connecting to'
        : code === 'UND_ERR_BODY_TIMEOUT'
          ? 'receiving the answer from'
          : 'waiting for'
    return new ProviderError({ provider, kind: 'timeout', code, message: `Timed out ${phase} ${host}.` })
  }
  if (code && TLS_CODE.test(code)) {
    return new ProviderError({
      provider,
      kind: 'tls',
      code,
      message: `The secure connection to ${host} could not be trusted (${code}).`,
    })
  }
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'refused the connection',
    ENOTFOUND: 'could not be found (DNS)',
    EAI_AGAIN: 'could not be looked up (DNS)',
    ECONNRESET: 'closed the connection unexpectedly',
    UND_ERR_SOCKET: 'closed the connection unexpectedly',
    EHOSTUNREACH: 'is unreachable',
    ENETUNREACH: 'is unreachable (no network)',
    EPIPE: 'closed the connection unexpectedly',
  }
  const reason = (code && reasons[code]) ?? 'could not be reached'
  return new ProviderError({
    provider,
    kind: 'network',
    ...(code ? { code } : {}),
    message: `${host} ${reason}.`,
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
