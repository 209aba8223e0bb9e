import type { ProviderId } from '../../../shared/domain/providers'

import type { PoolRegistry } from './pool-registry'
import { createProviderHttp, type ErrorDetails, type HttpClock, type ProviderHttp } from './provider-http'
import type { RateLimitBudget } from './rate-limit-budget'
import type { RetryPolicy } from './retry-policy'

/** What every provider client is built from; the secret is read on demand (keychain). */
export interface ProviderClientOptions {
  readonly baseUrl: string
  /** The account's label: a failure names it, and the provider, rather than an address. */
  readonly account?: string | undefined
  readonly pools: PoolRegistry
  /** The account's API key or token, from the keychain; never stored by the client. */
  readonly secret: () => Promise<string>
  readonly clock?: HttpClock
  readonly retry?: RetryPolicy
  readonly random?: () => number
  readonly headersTimeoutMs?: number
  /** The rate-limit budget to share with other clients of the same tenant and origin. */
  readonly budgetFor?: (windowMs: number) => RateLimitBudget
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
    ...(options.account ? { account: options.account } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.headersTimeoutMs ? { headersTimeoutMs: options.headersTimeoutMs } : {}),
    ...(options.budgetFor ? { budgetFor: options.budgetFor } : {}),
  }
}

/** How a provider with a static key or token authenticates and reports errors. */
export interface StaticKeyHttpConfig {
  /** The headers that carry the secret. */
  readonly authHeaders: (secret: string) => Readonly<Record<string, string>>
  readonly readError: (body: unknown) => ErrorDetails | undefined
  readonly readSuccessFailure?: (body: unknown) => ErrorDetails | undefined
  readonly rateLimitWindowMs?: number
}

/**
 * The HTTP client of a provider whose secret goes on every request as it is (AloHub,
 * VoIPbin, the avatar platform, AgentHub); every secret it used is scrubbed from its errors.
 */
export function createStaticKeyHttp(
  provider: ProviderId,
  options: ProviderClientOptions,
  config: StaticKeyHttpConfig,
): ProviderHttp {
  const secrets = secretMemory()
  return createProviderHttp({
    provider,
    baseUrl: options.baseUrl,
    pools: options.pools,
    authenticate: async () => config.authHeaders(secrets.remember(await options.secret())),
    secrets: secrets.all,
    readError: (_status, body) => config.readError(body),
    ...(config.readSuccessFailure ? { readSuccessFailure: config.readSuccessFailure } : {}),
    ...(config.rateLimitWindowMs ? { rateLimitWindowMs: config.rateLimitWindowMs } : {}),
    ...httpSettings(options),
  })
}
