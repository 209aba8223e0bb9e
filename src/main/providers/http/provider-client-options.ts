import type { PoolRegistry } from './pool-registry'
import type { HttpClock } from './provider-http'
import type { RetryPolicy } from './retry-policy'

/** What every provider client is built from; the secret is read on demand (keychain). */
export interface ProviderClientOptions {
  readonly baseUrl: string
  readonly pools: PoolRegistry
  /** The account's API key or token, from the keychain; never stored by the client. */
  readonly secret: () => Promise<string>
  readonly clock?: HttpClock
  readonly retry?: RetryPolicy
  readonly random?: () => number
  readonly headersTimeoutMs?: number
}

/** Remembers the secrets a client has used, so errors can be scrubbed of them. */
export function secretMemory(): { remember(secret: string): string; all(): Iterable<string> } {
  const seen = new Set<string>()
  return {
    remember(secret) {
      seen.add(secret)
      return secret
    },
    all: () => seen,
  }
}

/** The optional HTTP settings of the client options, passed through as they are. */
export function httpSettings(options: ProviderClientOptions) {
  return {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.headersTimeoutMs ? { headersTimeoutMs: options.headersTimeoutMs } : {}),
  }
}
