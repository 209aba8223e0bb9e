import { ipcEvents, type EventName, type EventPayloadOf } from '../../shared/ipc/contract'

/** Receives every event the main process pushes towards the renderer. */
export type EventListener = <E extends EventName>(name: E, payload: EventPayloadOf<E>) => void

/** Typed fan-out of main-to-renderer events; each payload is checked against the contract. */
export interface EventBus {
  emit<E extends EventName>(name: E, payload: EventPayloadOf<E>): void
  /** Returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void
}

/** Creates an event bus; a payload outside the contract is a bug and throws at the emitter. */
export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>()
  return {
    emit(name, payload) {
      const checked = ipcEvents[name].parse(payload) as EventPayloadOf<typeof name>
      for (const listener of listeners) listener(name, checked)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
