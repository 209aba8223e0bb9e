import type { Problem } from '../../shared/i18n/problem'
import { ProviderError } from '../providers/http/provider-error'
import { SecretStoreUnavailableError } from '../secrets/secret-store'

import { OperationError } from './operation-error'

/**
 * What an error says, as a problem the renderer can word: ours carry one; any other error (a
 * library's, a bug) is "Something went wrong" with its message as a technical detail.
 */
export function problemOf(error: unknown): Problem {
  if (
    error instanceof ProviderError ||
    error instanceof OperationError ||
    error instanceof SecretStoreUnavailableError
  ) {
    return error.problem
  }
  return { code: 'problems:unexpected', params: { detail: error instanceof Error ? error.message : String(error) } }
}
