import type { ProviderId } from '../../../../shared/domain/providers'
import { ProviderError } from '../provider-error'

/**
 * Whether undici failed because the proxy answered 407. undici gives this no error code: a
 * CONNECT tunnel fails with "Proxy response (407) !== 200 when HTTP Tunneling" and a forwarded
 * plain-http request with "Proxy Authentication Required (407)", so the status is read from them.
 */
export function isProxyAuthRequired(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (/proxy/i.test(current.message) && /\(407\)/.test(current.message)) return true
    current = current.cause
  }
  return false
}

/** The proxy refused the credentials, or the user cancelled its prompt: the account fails saying so. */
export function proxyRefusedError(provider: ProviderId, proxy: string): ProviderError {
  return new ProviderError({
    provider,
    kind: 'network',
    code: 'PROXY_AUTH',
    problem: { code: 'problems:proxy.authRefused', params: { proxy } },
  })
}
