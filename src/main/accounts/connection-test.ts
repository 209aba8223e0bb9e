import type { AccountDraft, ConnectionTestResult } from '../../shared/domain/accounts'
import type { CatalogKey } from '../../shared/i18n/catalog-keys'
import type { PoolRegistry } from '../providers/http/pool-registry'
import { ProviderError, type ProviderErrorKind } from '../providers/http/provider-error'
import { withRequestScope } from '../providers/http/request-scope'
import type { RetryPolicy } from '../providers/http/retry-policy'
import { explainProbeFailure, probeProvider } from '../providers/registry'

/** A connection test answers within seconds: one attempt, no patient retries. */
const testRetry: RetryPolicy = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 }

/**
 * Makes one cheap, real call with the given key and says, as a code the renderer words, what
 * happened. The provider may explain a failure in its own terms first (AloHub tells a tenant
 * mismatch from a missing scope, Tel4vn speaks of its token); otherwise the kind of failure says it.
 */
export async function testConnection(
  draft: Pick<AccountDraft, 'provider' | 'baseUrl' | 'tenantId' | 'tel4vnSignIn'>,
  secret: string,
  pools: PoolRegistry,
  signal?: AbortSignal,
  /** The saved account's own client, when the test is of the account as saved. */
  client?: unknown,
): Promise<ConnectionTestResult> {
  try {
    const what = await withRequestScope({ retry: testRetry }, () =>
      probeProvider(
        draft,
        { pools, secret: async () => secret, retry: testRetry, headersTimeoutMs: 10_000 },
        signal,
        client,
      ),
    )
    return { ok: true, outcome: 'connected', problem: what }
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
    return describeFailure(error, draft)
  }
}

/** What each kind of failure means for a connection test, and what to do about it. */
const explanations: Readonly<
  Record<ProviderErrorKind, { outcome: ConnectionTestResult['outcome']; code: CatalogKey } | undefined>
> = {
  auth: { outcome: 'key_rejected', code: 'problems:connection.keyRejected' },
  forbidden: { outcome: 'missing_scope', code: 'problems:connection.missingScope' },
  network: { outcome: 'unreachable', code: 'problems:connection.unreachable' },
  tls: { outcome: 'tls', code: 'problems:connection.tls' },
  timeout: { outcome: 'timeout', code: 'problems:connection.timeout' },
  rate_limited: { outcome: 'rate_limited', code: 'problems:connection.rateLimited' },
  server: { outcome: 'server_error', code: 'problems:connection.server' },
  // Said by the URL check itself, and the base URL's hint by the provider: no detail to add.
  insecure_url: undefined,
  not_found: undefined,
  invalid_input: undefined,
  conflict: undefined,
  bad_response: undefined,
}

function describeFailure(error: ProviderError, draft: Pick<AccountDraft, 'provider'>): ConnectionTestResult {
  const detail = error.problem
  if (error.kind === 'insecure_url') return { ok: false, outcome: 'insecure_url', problem: error.problem }
  if (error.kind === 'not_found') {
    return { ok: false, outcome: 'not_found', problem: { code: `accounts:test.notFound.${draft.provider}` }, detail }
  }
  const { outcome, code } = explanations[error.kind] ?? {
    outcome: 'unexpected_response',
    code: 'problems:connection.unexpected',
  }
  return { ok: false, outcome, problem: { code, params: { providerId: draft.provider } }, detail }
}
