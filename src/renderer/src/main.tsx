import { StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'

import { BRIDGE_GLOBAL, type AgentDeskBridge } from '../../shared/ipc/bridge'

// The app-wide sheets first, in the order the cascade relies on; each screen brings its own sheet, scoped to it.
import './styles/base.css'
import './styles/controls.css'
import './styles/forms.css'
import './styles/components.css'

import { App } from './app/App'
import { lazyWithCatalog } from './app/lazy-screens'
import { startI18n } from './i18n/i18n'
import { createClient } from './ipc/client'
import { ClientProvider } from './ipc/client-context'
import type { HarnessConnection } from './ipc/harness-bridge'

// What only some windows need comes in chunks of its own; the first paint is the shell (App).
const IncomingApp = lazyWithCatalog(() => import('./app/IncomingApp').then((module) => module.IncomingApp))
const NotConnected = lazyWithCatalog(() => import('./app/NotConnected').then((module) => module.NotConnected))

/**
 * Picks the transport: the preload's bridge in Electron, the WebSocket in the browser harness.
 * The harness's bridge (which validates every event with the contract's zod schemas) is loaded
 * only there: the Electron window's preload does that work.
 */
async function connect(onConnection: (state: HarnessConnection) => void): Promise<AgentDeskBridge | undefined> {
  const exposed = (window as unknown as Record<string, AgentDeskBridge | undefined>)[BRIDGE_GLOBAL]
  if (exposed) return exposed
  const { createHarnessBridge, takeHarnessToken } = await import('./ipc/harness-bridge')
  const token = takeHarnessToken(window.location, window.sessionStorage, window.history)
  return token ? createHarnessBridge(token, onConnection) : undefined
}

startI18n()

const root = createRoot(document.getElementById('root') as HTMLElement)
let connection: HarnessConnection = 'open'
const listeners = new Set<() => void>()
const bridge = await connect((state) => {
  connection = state
  for (const listener of listeners) listener()
})

const client = bridge ? createClient(bridge) : undefined
// The incoming-call window loads this page with ?view=incoming.
const incoming = new URLSearchParams(window.location.search).get('view') === 'incoming'

root.render(
  <StrictMode>
    {client ? (
      <ClientProvider client={client}>
        {incoming ? (
          <Suspense>
            <IncomingApp />
          </Suspense>
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
      </ClientProvider>
    ) : (
      <Suspense>
        <NotConnected />
      </Suspense>
    )}
  </StrictMode>,
)
