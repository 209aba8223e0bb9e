import type { AgentDeskBridge } from '../../../shared/ipc/bridge'
import type { EventName, EventPayloadOf, OperationName, RequestOf, ResponseOf } from '../../../shared/ipc/contract'
import { IpcCallError } from '../../../shared/ipc/result'

/** Operations without fields may be called without a request. */
type RequestArgs<N extends OperationName> = Record<never, never> extends RequestOf<N> ? [RequestOf<N>?] : [RequestOf<N>]

/** The renderer's typed view of the services: calls resolve or throw IpcCallError. */
export interface AgentDeskClient {
  readonly transport: AgentDeskBridge['transport']
  call<N extends OperationName>(operation: N, ...request: RequestArgs<N>): Promise<ResponseOf<N>>
  on<E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void
}

/** Wraps a bridge (preload or harness) in the client the screens use. */
export function createClient(bridge: AgentDeskBridge): AgentDeskClient {
  return {
    transport: bridge.transport,
    async call(operation, ...request) {
      const invoke = bridge.operations[operation] as (
        request: unknown,
      ) => Promise<{ ok: true; value: unknown } | { ok: false; error: IpcCallError['error'] }>
      const result = await invoke(request[0] ?? {})
      if (!result.ok) throw new IpcCallError(result.error)
      return result.value as ResponseOf<typeof operation>
    },
    on(event, listener) {
      const subscribe = bridge.on[event] as (listener: (payload: unknown) => void) => () => void
      return subscribe(listener as (payload: unknown) => void)
    },
  }
}
