import { QueryClient } from '@tanstack/react-query'

import { IpcCallError } from '../../../shared/ipc/call-error'
import type { IpcError } from '../../../shared/ipc/result'
import type { AgentDeskClient } from '../ipc/client'

/** How often a list that failed for a passing reason reads itself again. */
export const RECOVERY_INTERVAL_MS = 10_000

/** Failures that pass by themselves (the server comes back, the rate limit's window ends). */
const PASSING = new Set(['network', 'timeout', 'server', 'rate_limited'])

/** The main process's account of a failure, when the failure came from it. */
export const ipcErrorOf = (error: unknown): IpcError | undefined =>
  error instanceof IpcCallError ? error.error : undefined

/**
 * How long until a failed read is tried again without being asked: the provider's Retry-After
 * for a 429, a steady interval for a server that is down or silent; undefined for a failure
 * that only a person can fix (a rejected key, a refusal), which waits for "Try again".
 */
export function recoveryDelayMs(error: unknown): number | undefined {
  const failure = ipcErrorOf(error)
  if (failure?.kind !== 'provider' || !PASSING.has(failure.reason ?? '')) return undefined
  if (failure.reason === 'rate_limited' && failure.retryAfterMs !== undefined) {
    return Math.max(1_000, failure.retryAfterMs + 250)
  }
  return RECOVERY_INTERVAL_MS
}

/**
 * The renderer's one data layer for provider data: kept briefly, never retried blindly (main
 * already retries reads and knows the providers' rate limits), but a list that failed reads
 * itself again while it is on screen (on an interval, and when the window regains focus), so the
 * screen recovers with the server instead of staying broken until the user leaves and returns.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The renderer talks to main over IPC, which works offline; main says when a provider
      // cannot be reached. TanStack's own pause while the browser thinks it is offline would
      // only leave "Loading…" on screen with no reason.
      mutations: { networkMode: 'always' },
      queries: {
        networkMode: 'always',
        retry: false,
        staleTime: 10_000,
        refetchInterval: (query) =>
          query.state.status === 'error' ? (recoveryDelayMs(query.state.error) ?? false) : false,
        refetchOnWindowFocus: (query) => query.state.status === 'error',
      },
    },
  })
}

/**
 * Keeps the cache true to the accounts: when main says an account's key or settings changed
 * (or it went), every query of that account (keyed `[provider, accountId, …]`) is reset and the
 * ones on screen read again, so an open screen shows the new identity, role and lists without a
 * reload. Reset, not invalidated: what was read with the old key is not kept beside a refusal of
 * the new one. Returns the unsubscribe.
 */
export function followAccountChanges(client: Pick<AgentDeskClient, 'on'>, queries: QueryClient): () => void {
  return client.on('accounts.accountChanged', ({ accountId }) => {
    void queries.resetQueries({ predicate: (query) => query.queryKey[1] === accountId })
  })
}
