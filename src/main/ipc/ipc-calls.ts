import { callIdSchema, cancelMessageSchema } from '../../shared/ipc/call-cancel'
import type { IpcResult } from '../../shared/ipc/result'
import type { Logger } from '../core/logger'

import { dispatch, type OperationHandlers } from './dispatch'

/**
 * Who made a call: the window's WebContents in Electron, the socket in the browser harness. Call
 * ids are the caller's own counter, so they are kept per caller: a window can only ever cancel
 * its own calls, whatever id it names.
 */
export type CallOwner = object

/** The calls in flight over one transport, and their cancellation. */
export interface IpcCalls {
  /** Runs one call (like dispatch), cancellable by `callId` while it runs when the id is valid. */
  invoke(owner: CallOwner, operation: unknown, payload: unknown, callId: unknown): Promise<IpcResult<unknown>>
  /** A cancel message from `owner`; a malformed one is logged and dropped, an unknown id ignored. */
  cancel(owner: CallOwner, message: unknown): void
  /** The owner went (window closed, socket dropped): whatever it still waits for is cancelled. */
  cancelAll(owner: CallOwner): void
}

/**
 * What both transports (platform/ipc-binding.ts, the harness's socket) put between the renderer
 * and dispatch: each call with an id gets an AbortSignal, which its owner's `cancel {callId}`
 * aborts. Only reads listen to it (see dispatch).
 */
export function createIpcCalls(handlers: OperationHandlers, logger: Logger): IpcCalls {
  const inFlight = new WeakMap<CallOwner, Map<number, AbortController>>()

  const callsOf = (owner: CallOwner) => {
    let calls = inFlight.get(owner)
    if (!calls) {
      calls = new Map()
      inFlight.set(owner, calls)
    }
    return calls
  }

  return {
    async invoke(owner, operation, payload, callId) {
      const id = callIdSchema.safeParse(callId)
      // A call without a (valid) id still runs; it just cannot be cancelled.
      if (!id.success) return dispatch(handlers, operation, payload, logger)
      const calls = callsOf(owner)
      const controller = new AbortController()
      // An id reused while its call runs names the newer call from then on.
      calls.set(id.data, controller)
      try {
        return await dispatch(handlers, operation, payload, logger, controller.signal)
      } finally {
        if (calls.get(id.data) === controller) calls.delete(id.data)
      }
    },
    cancel(owner, message) {
      const parsed = cancelMessageSchema.safeParse(message)
      if (!parsed.success) {
        logger.warn('ipc: malformed cancel message dropped')
        return
      }
      inFlight.get(owner)?.get(parsed.data.callId)?.abort()
    },
    cancelAll(owner) {
      const calls = inFlight.get(owner)
      if (!calls) return
      for (const controller of calls.values()) controller.abort()
      calls.clear()
    },
  }
}
