import type { ProviderId } from '../../../shared/domain/providers'

import { ProviderError } from './provider-error'

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/**
 * Parses an account's base URL. Plain http is refused for every host but loopback (the
 * sandbox): API keys must never cross a network in clear text.
 */
export function parseBaseUrl(provider: ProviderId, raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ProviderError({
      provider,
      kind: 'insecure_url',
      problem: { code: 'problems:baseUrl.invalid', params: { url: raw } },
    })
  }
  if (url.username || url.password) {
    throw new ProviderError({
      provider,
      kind: 'insecure_url',
      problem: { code: 'problems:baseUrl.credentials' },
    })
  }
  if (url.protocol === 'https:') return url
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url
  throw new ProviderError({
    provider,
    kind: 'insecure_url',
    problem:
      url.protocol === 'http:'
        ? { code: 'problems:baseUrl.plainHttp', params: { host: url.hostname } }
        : { code: 'problems:baseUrl.scheme', params: { scheme: url.protocol } },
  })
}
