import { useEffect, useState, type Dispatch, type SetStateAction } from 'react'

import type { EventName, EventPayloadOf, OperationName, RequestOf, ResponseOf } from '../../../shared/ipc/contract'

import { useClient, useEvent } from './client-context'

/** Operations that take no request and answer with what event `E` later pushes. */
type ReaderOf<E extends EventName> = {
  [N in OperationName]: Record<never, never> extends RequestOf<N>
    ? ResponseOf<N> extends EventPayloadOf<E>
      ? N
      : never
    : never
}[OperationName]

/**
 * A value the main process owns: read once when the screen mounts, then kept in step by the
 * event that announces its changes (from this window, the tray or elsewhere).
 */
export function useServiceValue<E extends EventName>(
  read: ReaderOf<E>,
  changed: E,
): [EventPayloadOf<E> | undefined, Dispatch<SetStateAction<EventPayloadOf<E> | undefined>>] {
  const client = useClient()
  const [value, setValue] = useState<EventPayloadOf<E>>()
  useEffect(() => {
    // TypeScript cannot resolve the request of a generic operation; ReaderOf allows only
    // operations that take none.
    const call = client.call as (operation: ReaderOf<E>) => Promise<EventPayloadOf<E>>
    let alive = true
    void call(read).then((answer) => alive && setValue(answer))
    return () => {
      alive = false
    }
  }, [client, read])
  useEvent(changed, setValue)
  return [value, setValue]
}
