import type { Interruption } from '../../../shared/domain/write-check'
import { followedBy } from '../../../shared/i18n/problem'

import { ProviderError } from './provider-error'

/** What a write came to: its own answer, or the record read again after the answer was lost. */
export type WriteResult<T, R> =
  | { readonly written: T; readonly confirmed?: undefined; readonly interrupted?: undefined }
  | { readonly written?: undefined; readonly confirmed: R; readonly interrupted: Interruption }

const lostAnswer = (error: unknown): error is ProviderError & { kind: Interruption } =>
  error instanceof ProviderError && (error.kind === 'network' || error.kind === 'timeout')

/**
 * Runs a write whose answer may be lost on the way back (a reset, a timeout): the provider may
 * then have applied it or not, and "closed the connection unexpectedly" alone leaves the user
 * guessing. `confirm` reads the record again and answers it when it shows the change (a success,
 * marked `interrupted`), or undefined when it does not (an error saying the change was not
 * applied). When `confirm` fails too, the error says nobody can tell. A setting the provider
 * never reports is confirmed by sending the same (setting, not toggling) write again: `resend`.
 */
export async function confirmedWrite<T, R>(
  write: () => Promise<T>,
  confirm: () => Promise<R | undefined>,
  how: 'read' | 'resend' = 'read',
): Promise<WriteResult<T, R>> {
  try {
    return { written: await write() }
  } catch (error) {
    if (!lostAnswer(error)) throw error
    let confirmed: R | undefined
    try {
      confirmed = await confirm()
    } catch {
      throw new ProviderError({
        ...error.toData(),
        writeOutcome: 'unknown',
        problem: followedBy(error.problem, {
          code: how === 'read' ? 'problems:write.unknownRead' : 'problems:write.unknownResend',
        }),
      })
    }
    if (confirmed === undefined) {
      throw new ProviderError({
        ...error.toData(),
        writeOutcome: 'not_applied',
        problem: followedBy(error.problem, { code: 'problems:write.notApplied' }),
      })
    }
    return { confirmed, interrupted: error.kind }
  }
}
