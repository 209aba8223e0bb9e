import type { ProviderId } from '../../../shared/domain/providers'
import type { IpcCallError } from '../../../shared/ipc/result'

import { ipcFailure } from './fake-client'

/** The refusals the component tests stage, with the status a provider answers them with. */
const statusOf = { forbidden: 403, conflict: 409 } as const

/**
 * A provider's refusal of a request, as main's dispatch reports a ProviderError (kind, reason,
 * provider, and the problem coded by provider-http.ts); throw it from a fake answer. `said` is
 * the provider's own words, quoted after the sentence.
 */
export function providerRefusal(provider: ProviderId, reason: keyof typeof statusOf, said?: string): IpcCallError {
  const params = { providerId: provider, http: `HTTP ${statusOf[reason]}`, ...(said === undefined ? {} : { said }) }
  return ipcFailure({ kind: 'provider', reason, provider, problem: { code: `problems:http.${reason}`, params } })
}

/**
 * Answers given one per call, in turn, as a guarded save needs (ask, then save; or a change
 * made elsewhere, then save): a call more than the test expects fails it.
 */
export function inTurn<T>(...answers: T[]): () => T {
  return () => {
    const next = answers.shift()
    if (next === undefined) throw new Error('More calls than the test expected')
    return next
  }
}
