import type { AccountDraft, ConnectionTestResult } from '../../shared/domain/accounts'
import { notFoundHints } from '../../shared/domain/connection-hints'
import { providerNames } from '../../shared/domain/providers'
import type { PoolRegistry } from '../providers/http/pool-registry'
import { ProviderError } from '../providers/http/provider-error'
import { withRequestScope } from '../providers/http/request-scope'
import type { RetryPolicy } from '../providers/http/retry-policy'
import { explainProbeFailure, probeProvider } from '../providers/registry'

/** A connection test answers within seconds: one attempt, no patient retries. */
const testRetry: RetryPolicy = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 }

/**
 * Makes one cheap, real call with the given key and says in plain words what happened. The
 * provider may explain a failure in its own terms first (AloHub tells a tenant mismatch from a
 * missing scope, Tel4vn speaks of its token); otherwise the kind of failure says it.
 */
export async function testConnection(
  draft: Pick<AccountDraft, 'provider' | 'baseUrl' | 'tenantId' | 'tel4vnSignIn'>,
  secret: string,
  pools: PoolRegistry,
  signal?: AbortSignal,
  /** The saved account's own client, when the test is of the account as saved. */
  client?: unknown,
): Promise<ConnectionTestResult> {
  const name = providerNames[draft.provider]
  try {
    const what = await withRequestScope({ retry: testRetry }, () =>
      probeProvider(
        draft,
        { pools, secret: async () => secret, retry: testRetry, headersTimeoutMs: 10_000 },
        signal,
        client,
      ),
    )
    return { ok: true, outcome: 'connected', message: `Connected to ${name}: ${what}.` }
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error
    const specific = await explainProbeFailure(error, {
      account: draft,
      probeWith: (account) =>
        probeProvider(account, { pools, secret: async () => secret, retry: testRetry }, signal).then(
          () => true,
          () => false,
        ),
    })
    if (specific) return specific
    return describeFailure(name, error, draft)
  }
}

function describeFailure(
  name: string,
  error: ProviderError,
  draft: Pick<AccountDraft, 'provider'>,
): ConnectionTestResult {
  const detail = error.message
  switch (error.kind) {
    case 'auth':
      return {
        ok: false,
        outcome: 'key_rejected',
        message: `${name} rejected the key. Check that it was copied whole and is still valid.`,
        detail,
      }
    case 'forbidden':
      return {
        ok: false,
        outcome: 'missing_scope',
        message: `${name} accepted the key but it lacks the permission (scope) AgentDesk needs. Ask your administrator for a key with agent access.`,
        detail,
      }
    case 'network':
      return {
        ok: false,
        outcome: 'unreachable',
        message: `${name} could not be reached at that address. Check the base URL and your network.`,
        detail,
      }
    case 'tls':
      return {
        ok: false,
        outcome: 'tls',
        message: `The secure connection to ${name} could not be trusted. The address may be wrong, or a proxy is intercepting it.`,
        detail,
      }
    case 'timeout':
      return {
        ok: false,
        outcome: 'timeout',
        message: `${name} did not answer in time. Try again; if it persists, check the base URL.`,
        detail,
      }
    case 'insecure_url':
      return { ok: false, outcome: 'insecure_url', message: error.message }
    case 'rate_limited':
      return {
        ok: false,
        outcome: 'rate_limited',
        message: `${name} is limiting requests right now. Try again in a moment.`,
        detail,
      }
    case 'server':
      return {
        ok: false,
        outcome: 'server_error',
        message: `${name} had a problem of its own. Try again later.`,
        detail,
      }
    case 'not_found':
      return { ok: false, outcome: 'not_found', message: notFoundHints[draft.provider], detail }
    default:
      return {
        ok: false,
        outcome: 'unexpected_response',
        message: `${name} answered, but not in a way AgentDesk understands. Check the base URL points at the ${name} API.`,
        detail,
      }
  }
}
