import type { AgentDeskBridge } from '../../../shared/ipc/bridge'
import { IpcCallError } from '../../../shared/ipc/call-error'
import type { EventName, EventPayloadOf, OperationName, RequestOf, ResponseOf } from '../../../shared/ipc/contract'
import type { IpcResult } from '../../../shared/ipc/result'

/** How one call is made: `signal` cancels it (TanStack Query gives each read one). */
export interface CallOptions {
  readonly signal?: AbortSignal
}

/** Operations without fields may be called without a request; the options always come after it. */
type RequestArgs<N extends OperationName> =
  Record<never, never> extends RequestOf<N> ? [RequestOf<N>?, CallOptions?] : [RequestOf<N>, CallOptions?]

/** The renderer's typed view of the services: calls resolve or throw IpcCallError. */
export interface AgentDeskClient {
  readonly transport: AgentDeskBridge['transport']
  call<N extends OperationName>(operation: N, ...request: RequestArgs<N>): Promise<ResponseOf<N>>
  on<E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void
}

/**
 * Wraps a bridge (preload or harness) in the client the screens use. Every call gets an id; when
 * its signal aborts, the client tells main to cancel it, and main answers: a read as `cancelled`
 * (its requests to the provider aborted), a write with its real outcome.
 */
export function createClient(bridge: AgentDeskBridge): AgentDeskClient {
  let lastCallId = 0
  return {
    transport: bridge.transport,
    async call(operation, ...args) {
      const [request, options] = args as [unknown, CallOptions | undefined]
      const invoke = bridge.operations[operation] as (request: unknown, callId: number) => Promise<IpcResult<unknown>>
      const signal = options?.signal
      const callId = ++lastCallId
      const cancel = () => bridge.cancel(callId)
      const answer = invoke(request ?? {}, callId)
      // Sent before the cancel, so main knows the id it names.
      if (signal?.aborted) cancel()
      else signal?.addEventListener('abort', cancel, { once: true })
      let result: IpcResult<unknown>
      try {
        result = await answer
      } finally {
        signal?.removeEventListener('abort', cancel)
      }
      if (!result.ok) throw new IpcCallError(result.error)
      return result.value as ResponseOf<typeof operation>
    },
    on(event, listener) {
      const subscribe = bridge.on[event] as (listener: (payload: unknown) => void) => () => void
      return subscribe(listener as (payload: unknown) => void)
    },
  }
}
