import type { EventName, EventPayloadOf, OperationName, RequestOf, ResponseOf } from './contract'
import type { IpcResult } from './result'

/** The channel names used on Electron's IPC; the only three. */
export const INVOKE_CHANNEL = 'agentdesk:invoke'
export const EVENT_CHANNEL = 'agentdesk:event'
/** Renderer to main, no answer: `{callId}` of a call this window no longer waits for. */
export const CANCEL_CHANNEL = 'agentdesk:cancel'

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'agentdesk'

/**
 * One named function per operation; each resolves to a result envelope. `callId` (chosen by the
 * caller, unique in its window) names the call for `cancel`.
 */
export type BridgeOperations = {
  readonly [N in OperationName]: (request: RequestOf<N>, callId?: number) => Promise<IpcResult<ResponseOf<N>>>
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
  /**
   * Says the caller no longer waits for the call it named `callId`: main aborts the call's
   * requests if it is a read (`cancellableOperations`), and it answers as cancelled; a write
   * runs to its end. Unknown ids are ignored.
   */
  readonly cancel: (callId: number) => void
}
