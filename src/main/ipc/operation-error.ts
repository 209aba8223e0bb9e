import type { Problem } from '../../shared/i18n/problem'
import type { IpcErrorKind } from '../../shared/ipc/result'
import { englishText } from '../i18n/catalog'

/**
 * A refusal a handler means to send to the renderer as it is (for example a link that is
 * not on the allow-list), as a code the renderer words; `message` is its English, for the log.
 * Anything else a handler throws is reported as an internal error.
 */
export class OperationError extends Error {
  readonly kind: IpcErrorKind
  readonly problem: Problem

  constructor(kind: IpcErrorKind, problem: Problem) {
    super(englishText(problem))
    this.name = 'OperationError'
    this.kind = kind
    this.problem = problem
  }
}
