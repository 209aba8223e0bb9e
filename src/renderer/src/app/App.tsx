import { Suspense, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'

import type { ScreenId } from '../../../shared/domain/screens'
import { useClient, useEvent } from '../ipc/client-context'
import type { HarnessConnection } from '../ipc/harness-bridge'

import { DemoBanner } from './DemoBanner'
import {
  AccountsScreen,
  AgentsScreen,
  AiAgentsScreen,
  LiveScreen,
  ScreenLoading,
  SettingsScreen,
  lazyWithCatalog,
} from './lazy-screens'
import { screenEntry } from './screens'
import { Sidebar } from './Sidebar'
import { useDemo } from './useDemo'
import { useNotificationPause } from './useNotificationPause'
import { useAppliedLanguage, useAppliedTheme, usePreferences } from './usePreferences'
import './shell.css'

// Its form library and schemas stay out of the first paint.
const ProxySignIn = lazyWithCatalog(() => import('./ProxySignIn').then((module) => module.ProxySignIn))
// Only the browser harness shows desktop notifications in the page.
const HarnessNotifications = lazyWithCatalog(() =>
  import('./HarnessNotifications').then((module) => module.HarnessNotifications),
)

/** Connection state of the transport, as an external store. */
export interface ConnectionStore {
  get(): HarnessConnection
  subscribe(listener: () => void): () => void
}

/** The application shell: navigation, the current screen, and what runs across screens. */
export function App({ connection }: { connection: ConnectionStore }) {
  const client = useClient()
  const { t, i18n } = useTranslation()
  const [screen, setScreen] = useState<ScreenId>('live')
  const { preferences, update } = usePreferences()
  const pause = useNotificationPause()
  const demo = useDemo()
  const connected = useSyncExternalStore(connection.subscribe, connection.get)
  useAppliedTheme(preferences?.theme)
  useAppliedLanguage(preferences?.language, i18n)
  const [focus, setFocus] = useState<string>()
  useEvent('navigation.requested', ({ screen: requested, focus: wanted }) => {
    setScreen(requested)
    setFocus(wanted)
  })
  const entry = screenEntry(screen)

  return (
    <div className="shell">
      <Sidebar current={screen} onNavigate={setScreen} pause={pause} connection={connected} />
      <main className="content" aria-labelledby="screen-title">
        {client.transport === 'browser-harness' && (
          <p className="harness-banner" role="note">
            {t('harnessBanner')}
          </p>
        )}
        {demo.active && <DemoBanner onLeave={demo.stop} />}
        <header className="content-header">
          <h1 id="screen-title">{t(`nav.${entry.label}`)}</h1>
          <p className="muted">{t(`nav.${entry.description}`)}</p>
        </header>
        {/* The screen's own class is the root its stylesheet is scoped to (live-screen, agents-screen, ...). */}
        <section className={`content-body ${screen}-screen`}>
          {/* Each screen's code arrives on its first visit; the shell stays as it is meanwhile. */}
          <Suspense fallback={<ScreenLoading />}>
            {screen === 'live' && <LiveScreen onNavigate={setScreen} demo={demo} focus={focus} />}
            {screen === 'agents' && <AgentsScreen onNavigate={setScreen} />}
            {screen === 'ai-agents' && <AiAgentsScreen onNavigate={setScreen} />}
            {screen === 'accounts' && <AccountsScreen demo={demo} />}
            {screen === 'settings' && <SettingsScreen preferences={preferences} onChange={update} pause={pause} />}
          </Suspense>
        </section>
      </main>
      {client.transport === 'browser-harness' && (
        <Suspense>
          <HarnessNotifications />
        </Suspense>
      )}
      {/* Over every screen when a proxy asks for a password; its form code loads after the first paint. */}
      <Suspense>
        <ProxySignIn />
      </Suspense>
    </div>
  )
}
