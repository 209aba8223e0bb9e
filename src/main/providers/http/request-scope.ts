import { AsyncLocalStorage } from 'node:async_hooks'

import type { RequestLane } from './pool-registry'
import type { RetryPolicy } from './retry-policy'

/**
 * What a caller asks of the requests it makes on an account's shared client. One client per
 * account serves the monitor, the screens and the connection test, which differ only in how
 * patient a request may be, in which connections it travels on and in whether they can be
 * cancelled. Carried with the async call, so every request a handler makes however deep (pages,
 * a sign-in) gets it without each client method taking it as a parameter.
 */
export interface RequestScope {
  /** Retries for these requests instead of the client's own. */
  readonly retry?: RetryPolicy
  /** The connections these requests use (the screens' lane when not said). */
  readonly lane?: RequestLane
  /**
   * Aborts these requests: the IPC call they serve was cancelled by the renderer. Only reads
   * (`cancellableOperations`) run under one; a write is never cut off midway.
   */
  readonly signal?: AbortSignal
}

const scope = new AsyncLocalStorage<RequestScope>()

/** Runs `work` with every request it sends (however deep) under `requested`. */
export function withRequestScope<T>(requested: RequestScope, work: () => Promise<T>): Promise<T> {
  return scope.run({ ...scope.getStore(), ...requested }, work)
}

/** What the caller asked for; empty outside any scope. */
export function currentRequestScope(): RequestScope {
  return scope.getStore() ?? {}
}
