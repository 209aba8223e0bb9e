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
    throw new ProviderError({ provider, kind: 'insecure_url', message: `"${raw}" is not a valid base URL.` })
  }
  if (url.username || url.password) {
    throw new ProviderError({
      provider,
      kind: 'insecure_url',
      message: 'The base URL must not contain a user name or password.',
    })
  }
  if (url.protocol === 'https:') return url
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url
  throw new ProviderError({
    provider,
    kind: 'insecure_url',
    message:
      url.protocol === 'http:'
        ? `AgentDesk only connects to ${url.hostname} over https; plain http is allowed for this computer (127.0.0.1) only.`
        : `The base URL must start with https:// (it starts with ${url.protocol}//).`,
  })
}
