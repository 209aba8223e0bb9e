import type { ProviderId } from '../../../shared/domain/providers'
import type { UncertainWriteOutcome } from '../../../shared/domain/write-check'
import type { Problem } from '../../../shared/i18n/problem'
import { englishText } from '../../i18n/catalog'

/** What went wrong with a provider call, coarse enough for the UI to branch on. */
export type ProviderErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'invalid_input'
  | 'conflict'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad_response'
  | 'tls'
  | 'insecure_url'

/**
 * Whose word a wait is: `provider` when the provider said it (Retry-After, a rate-limit reset
 * header), `estimate` when AgentDesk chose it (the budget's guess of a window's end, its own
 * backoff after a 429 without Retry-After). Only the provider's word may hold a call monitor
 * back longer than its ceiling.
 */
export type RetryAfterSource = 'provider' | 'estimate'

/** The fields of a provider error, as plain data (it crosses IPC as this). */
export interface ProviderErrorData {
  readonly provider: ProviderId
  /** The label of the account whose client failed, when it serves one. */
  readonly account?: string
  readonly kind: ProviderErrorKind
  /** HTTP status, when the server answered. */
  readonly status?: number
  /** The provider's own error code (AloHub error_code, VoIPbin status, AgentHub errCode). */
  readonly code?: string
  /**
   * What went wrong as a code of the catalog and its parameters (never a secret in them); the
   * renderer words it, and the provider's name and the account are added to every sentence of
   * it (`problem` below). `message` is its English, for the log.
   */
  readonly problem: Problem
  /**
   * The provider's own words from its error envelope, when it gave any, scrubbed like the
   * problem's parameters; for a screen that quotes the provider. Not part of toData().
   */
  readonly providerMessage?: string
  /** How long to wait before asking again, when a rate limit says so. */
  readonly retryAfterMs?: number
  /** Where retryAfterMs came from. */
  readonly retryAfterSource?: RetryAfterSource
  readonly requestId?: string
  /** A write whose answer never came, as reading the record again showed it: not applied, or unknown. */
  readonly writeOutcome?: UncertainWriteOutcome
}

/**
 * The one error type of the provider layer: every failure (HTTP status, provider envelope,
 * transport, malformed body) is mapped to it once, in the HTTP layer.
 */
export class ProviderError extends Error implements ProviderErrorData {
  readonly provider: ProviderId
  readonly account?: string
  readonly kind: ProviderErrorKind
  readonly status?: number
  readonly code?: string
  readonly retryAfterMs?: number
  readonly retryAfterSource?: RetryAfterSource
  readonly requestId?: string
  readonly providerMessage?: string
  readonly writeOutcome?: UncertainWriteOutcome
  /** The problem with the provider and the account in the parameters of each of its sentences. */
  readonly problem: Problem

  constructor(data: ProviderErrorData) {
    const problem = withSource(data.problem, data.provider, data.account)
    super(englishText(problem))
    this.name = 'ProviderError'
    this.problem = problem
    this.provider = data.provider
    if (data.account !== undefined) this.account = data.account
    this.kind = data.kind
    if (data.status !== undefined) this.status = data.status
    if (data.code !== undefined) this.code = data.code
    if (data.retryAfterMs !== undefined) this.retryAfterMs = data.retryAfterMs
    if (data.retryAfterSource !== undefined) this.retryAfterSource = data.retryAfterSource
    if (data.requestId !== undefined) this.requestId = data.requestId
    if (data.providerMessage !== undefined) this.providerMessage = data.providerMessage
    if (data.writeOutcome !== undefined) this.writeOutcome = data.writeOutcome
  }

  /** The plain-data form, for IPC and logs. */
  toData(): ProviderErrorData {
    // providerMessage stays out: whoever rebuilds an error from this data scrubs `problem` only.
    const { provider, account, kind, status, code, problem, retryAfterMs, retryAfterSource, requestId, writeOutcome } =
      this
    return Object.fromEntries(
      Object.entries({
        provider,
        account,
        kind,
        status,
        code,
        problem,
        retryAfterMs,
        retryAfterSource,
        requestId,
        writeOutcome,
      }).filter(([, value]) => value !== undefined),
    ) as unknown as ProviderErrorData
  }
}

/** The kind that an HTTP status means, before the provider's own code refines it. */
export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 400 || status === 422) return 'invalid_input'
  if (status === 401) return 'auth'
  if (status === 403) return 'forbidden'
  if (status === 404 || status === 410) return 'not_found'
  if (status === 409 || status === 412) return 'conflict'
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server'
  return 'bad_response'
}

/** Every sentence of a problem gets the provider and the account, for `{{provider}}` and `{{source}}`. */
function withSource(problem: Problem, provider: ProviderId, account: string | undefined): Problem {
  return {
    code: problem.code,
    params: { providerId: provider, ...problem.params, ...(account ? { account } : {}) },
    ...(problem.next ? { next: withSource(problem.next, provider, account) } : {}),
  }
}
