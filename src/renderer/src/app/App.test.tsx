import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { defaultRingSettings } from '../../../shared/domain/ring'
import type { HarnessConnection } from '../ipc/harness-bridge'
import type { FakeAnswers } from '../test-support/fake-client'
import { accountView, liveState, storedPreferences } from '../test-support/fixtures'
import { renderWithServices } from '../test-support/render'

import { App, type ConnectionStore } from './App'

/** The transport's state as main.tsx keeps it, changed by the test. */
function connectionStore(initial: HarnessConnection = 'open') {
  let state = initial
  const listeners = new Set<() => void>()
  const store: ConnectionStore = {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return { store, set: (next: HarnessConnection) => ((state = next), listeners.forEach((listener) => listener())) }
}

const services: FakeAnswers = {
  'preferences.get': storedPreferences(),
  'notifications.getPause': { paused: false },
  'demo.getState': { active: false, starting: false },
  'demo.start': { active: false, starting: true },
  'demo.stop': { active: false, starting: false },
  'live.getState': liveState(),
  'alerts.list': [],
  'accounts.list': [accountView()],
  'app.getInfo': { productName: 'AgentDesk', version: '0.1.0', platform: 'linux', transport: 'electron' },
  'ring.getSettings': { ...defaultRingSettings, tone: 'none' },
}

const navigation = () => within(screen.getByRole('navigation', { name: 'Main' }))

describe('the application shell', () => {
  it('opens on Live and moves between the screens from the navigation', async () => {
    const { user } = renderWithServices(<App connection={connectionStore().store} />, { answers: services })
    expect(screen.getByRole('heading', { level: 1, name: 'Live' })).toBeDefined()
    expect(navigation().getByRole('button', { name: 'Live' }).getAttribute('aria-current')).toBe('page')
    await user.click(navigation().getByRole('button', { name: 'Accounts' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Accounts' })).toBeDefined()
    expect(screen.getByText('Provider connections and API keys')).toBeDefined()
    expect(await screen.findByRole('listitem', { name: 'Sài Gòn sales' })).toBeDefined()
    expect(navigation().getByRole('button', { name: 'Live' }).getAttribute('aria-current')).toBeNull()
    await user.click(navigation().getByRole('button', { name: 'Settings' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeDefined()
  })

  it('goes where a notification click asks', async () => {
    const { client } = renderWithServices(<App connection={connectionStore().store} />, { answers: services })
    await client.emit('navigation.requested', { screen: 'settings' })
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeDefined()
  })

  it('says plainly that the demo workspace is simulated, and leaves it', async () => {
    const { user, client } = renderWithServices(<App connection={connectionStore().store} />, {
      answers: { ...services, 'demo.getState': { active: true, starting: false } },
    })
    const banner = await screen.findByText(/Demo workspace: five simulated providers/)
    await user.click(
      within(banner.closest('[role="note"]') as HTMLElement).getByRole('button', { name: 'Leave the demo' }),
    )
    expect(client.requestsTo('demo.stop')).toHaveLength(1)
    expect(screen.queryByText(/Demo workspace: five simulated providers/)).toBeNull()
  })

  it('shows the notification status, and the loss of the services when the transport closes', async () => {
    const connection = connectionStore()
    const { client } = renderWithServices(<App connection={connection.store} />, { answers: services })
    expect(await screen.findByText('Notifications on')).toBeDefined()
    await client.emit('notifications.pauseChanged', { paused: true, until: null })
    expect(screen.getByText('Paused until you resume')).toBeDefined()
    act(() => connection.set('closed'))
    expect(screen.getByRole('alert').textContent).toContain('Disconnected from services')
  })

  it('says when it runs in the browser harness', () => {
    renderWithServices(<App connection={connectionStore().store} />, {
      answers: services,
      transport: 'browser-harness',
    })
    expect(screen.getByText(/Browser harness: development only/)).toBeDefined()
  })
})
