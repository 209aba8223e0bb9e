import type { AgentDeskBridge, BridgeOperations, BridgeSubscriptions } from './bridge'
import { eventNames, ipcEvents, operationNames, type EventName, type EventPayloadOf } from './contract'
import type { IpcResult } from './result'

/** The two primitives of the transport under the bridge (Electron IPC in the app). */
export interface BridgeTransport {
  invoke(operation: string, payload: unknown): Promise<IpcResult<unknown>>
  /** Subscribes to every event; returns the unsubscribe function. */
  listen(listener: (name: string, payload: unknown) => void): () => void
}

/**
 * Builds the named operations and subscriptions the renderer is given. Only names from the
 * contract exist on it, and an event whose payload does not match its schema is dropped.
 */
export function createBridge(transport: BridgeTransport, kind: AgentDeskBridge['transport']): AgentDeskBridge {
  const operations = Object.fromEntries(
    operationNames.map((name) => [name, (request: unknown) => transport.invoke(name, request ?? {})]),
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

  return Object.freeze({ transport: kind, operations: Object.freeze(operations), on: Object.freeze(on) })
}
