import type { IpcErrorKind } from '../../shared/ipc/result'

/**
 * A refusal a handler means to send to the renderer as it is (for example a link that is
 * not on the allow-list). Anything else a handler throws is reported as an internal error.
 */
export class OperationError extends Error {
  readonly kind: IpcErrorKind

  constructor(kind: IpcErrorKind, message: string) {
    super(message)
    this.name = 'OperationError'
    this.kind = kind
  }
}
