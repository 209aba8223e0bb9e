import type { IpcError } from './result'

/**
 * Thrown by the renderer's client when a call comes back as an error. In a module of its own,
 * without zod: the renderer's first paint carries the client, and zod (90 kB) only comes with
 * the screens that validate forms.
 */
export class IpcCallError extends Error {
  readonly error: IpcError

  constructor(error: IpcError) {
    super(error.message)
    this.name = 'IpcCallError'
    this.error = error
  }
}
