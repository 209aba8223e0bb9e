import type { AgentDeskBridge, BridgeOperations, BridgeSubscriptions } from './bridge'
import { eventNames, ipcEvents, operationNames, type EventName, type EventPayloadOf } from './contract'
import type { IpcResult } from './result'

/** The primitives of the transport under the bridge (Electron IPC in the app). */
export interface BridgeTransport {
  /** `callId` names the call for `cancel`; undefined: the call cannot be cancelled. */
  invoke(operation: string, payload: unknown, callId: number | undefined): Promise<IpcResult<unknown>>
  /** Tells main the caller no longer waits for call `callId`; nothing comes back. */
  cancel(callId: number): void
  /** Subscribes to every event; returns the unsubscribe function. */
  listen(listener: (name: string, payload: unknown) => void): () => void
}

/**
 * Builds the named operations and subscriptions the renderer is given. Only names from the
 * contract exist on it, and an event whose payload does not match its schema is dropped.
 */
export function createBridge(transport: BridgeTransport, kind: AgentDeskBridge['transport']): AgentDeskBridge {
  const operations = Object.fromEntries(
    operationNames.map((name) => [
      name,
      (request: unknown, callId?: number) => transport.invoke(name, request ?? {}, callId),
    ]),
  ) as unknown as BridgeOperations

  const on = Object.fromEntries(
    eventNames.map((name) => [
      name,
      (listener: (payload: unknown) => void) =>
        transport.listen((eventName, payload) => {
          if (eventName !== name) return
          const checked = ipcEvents[name as EventName].safeParse(payload)
          if (checked.success) listener(checked.data as EventPayloadOf<EventName>)
        }),
    ]),
  ) as unknown as BridgeSubscriptions

  return Object.freeze({
    transport: kind,
    operations: Object.freeze(operations),
    on: Object.freeze(on),
    cancel: (callId: number) => transport.cancel(callId),
  })
}
