import { AsyncLocalStorage } from 'node:async_hooks'

import type { RetryPolicy } from './retry-policy'

// One client per account serves the monitor, the screens and the connection test, which differ
// only in how patient a request may be; the caller says so for the calls it makes.
const scope = new AsyncLocalStorage<RetryPolicy>()

/** Runs `work` with every request it sends retried by `policy` instead of the client's own. */
export function withRetryPolicy<T>(policy: RetryPolicy, work: () => Promise<T>): Promise<T> {
  return scope.run(policy, work)
}

/** The policy the caller asked for, if any. */
export function scopedRetryPolicy(): RetryPolicy | undefined {
  return scope.getStore()
}
