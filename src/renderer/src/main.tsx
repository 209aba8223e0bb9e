import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { BRIDGE_GLOBAL, type AgentDeskBridge } from '../../shared/ipc/bridge'

// The app-wide sheets first, in the order the cascade relies on; each screen brings its own sheet, scoped to it.
import './styles/base.css'
import './styles/controls.css'
import './styles/forms.css'
import './styles/components.css'

import { App } from './app/App'
import { IncomingApp } from './app/IncomingApp'
import { NotConnected } from './app/NotConnected'
import { createQueryClient, followAccountChanges } from './data/query-client'
import { startI18n } from './i18n/i18n'
import { createClient } from './ipc/client'
import { ClientProvider } from './ipc/client-context'
import { createHarnessBridge, takeHarnessToken, type HarnessConnection } from './ipc/harness-bridge'

/** Picks the transport: the preload's bridge in Electron, the WebSocket in the browser harness. */
function connect(onConnection: (state: HarnessConnection) => void): AgentDeskBridge | undefined {
  const exposed = (window as unknown as Record<string, AgentDeskBridge | undefined>)[BRIDGE_GLOBAL]
  if (exposed) return exposed
  const token = takeHarnessToken(window.location, window.sessionStorage, window.history)
  return token ? createHarnessBridge(token, onConnection) : undefined
}

const queries = createQueryClient()

startI18n()

const root = createRoot(document.getElementById('root') as HTMLElement)
let connection: HarnessConnection = 'open'
const listeners = new Set<() => void>()
const bridge = connect((state) => {
  connection = state
  for (const listener of listeners) listener()
})

const client = bridge ? createClient(bridge) : undefined
// The incoming-call window loads this page with ?view=incoming.
const incoming = new URLSearchParams(window.location.search).get('view') === 'incoming'
if (client) followAccountChanges(client, queries)

root.render(
  <StrictMode>
    {client ? (
      <ClientProvider client={client}>
        <QueryClientProvider client={queries}>
          {incoming ? (
            <IncomingApp />
          ) : (
            <App
              connection={{
                get: () => connection,
                subscribe: (listener) => {
                  listeners.add(listener)
                  return () => listeners.delete(listener)
                },
              }}
            />
          )}
        </QueryClientProvider>
      </ClientProvider>
    ) : (
      <NotConnected />
    )}
  </StrictMode>,
)
