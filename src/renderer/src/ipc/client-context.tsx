import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react'

import type { EventName, EventPayloadOf } from '../../../shared/ipc/contract'

import type { AgentDeskClient } from './client'

const ClientContext = createContext<AgentDeskClient | undefined>(undefined)

/** Makes the services' client available to every screen. */
export function ClientProvider({ client, children }: { client: AgentDeskClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
}

/** The services' client; only valid inside ClientProvider. */
export function useClient(): AgentDeskClient {
  const client = useContext(ClientContext)
  if (!client) throw new Error('useClient needs a ClientProvider above it')
  return client
}

/** Subscribes to a main-process event for the component's lifetime. */
export function useEvent<E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): void {
  const client = useClient()
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => client.on(event, (payload) => latest.current(payload)), [client, event])
}
