import type { EventName, EventPayloadOf, OperationName, RequestOf, ResponseOf } from './contract'
import type { IpcResult } from './result'

/** The channel names used on Electron's IPC; the only two. */
export const INVOKE_CHANNEL = 'agentdesk:invoke'
export const EVENT_CHANNEL = 'agentdesk:event'

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'agentdesk'

/** One named function per operation; each resolves to a result envelope. */
export type BridgeOperations = {
  readonly [N in OperationName]: (request: RequestOf<N>) => Promise<IpcResult<ResponseOf<N>>>
}

/** One named subscription per event; each returns its unsubscribe function. */
export type BridgeSubscriptions = {
  readonly [E in EventName]: (listener: (payload: EventPayloadOf<E>) => void) => () => void
}

/**
 * What the renderer can reach: the preload exposes it in Electron, the harness client
 * builds the same over a WebSocket.
 */
export interface AgentDeskBridge {
  readonly transport: 'electron' | 'browser-harness'
  readonly operations: BridgeOperations
  readonly on: BridgeSubscriptions
}
