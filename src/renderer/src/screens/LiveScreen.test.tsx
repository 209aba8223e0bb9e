import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { FakeAnswers } from '../test-support/fake-client'
import { alert, liveCall, liveState, monitorStatus } from '../test-support/fixtures'
import { renderWithServices } from '../test-support/render'

import { LiveScreen } from './LiveScreen'

const noDemo = { active: false, starting: false, error: undefined, start: () => undefined }

const watched = (overrides: Parameters<typeof liveState>[0] = {}): FakeAnswers => ({
  'live.getState': liveState({ monitors: [monitorStatus()], ...overrides }),
  'alerts.list': [],
  'alerts.clear': { cleared: true },
})

const callRows = () =>
  within(screen.getByRole('table', { name: 'Calls ringing and on call' }))
    .getAllByRole('row')
    .filter((row) => row.dataset.callId)

describe('the Live screen', () => {
  it('offers Accounts and the demo before any account is monitored', async () => {
    const onNavigate = vi.fn()
    const start = vi.fn()
    const { user } = renderWithServices(<LiveScreen onNavigate={onNavigate} demo={{ ...noDemo, start }} />, {
      answers: { 'live.getState': liveState(), 'alerts.list': [] },
    })
    expect(await screen.findByRole('heading', { name: 'No calls to watch yet' })).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Go to Accounts' }))
    expect(onNavigate).toHaveBeenCalledWith('accounts')
    await user.click(screen.getByRole('button', { name: 'Try the demo workspace' }))
    expect(start).toHaveBeenCalledOnce()
  })

  it('shows the calls for this user, and the others only on request', async () => {
    const { user } = renderWithServices(<LiveScreen onNavigate={() => undefined} demo={noDemo} />, {
      answers: watched({
        calls: [
          liveCall({ callId: 'mine', concerned: true }),
          liveCall({ callId: 'other', concerned: false, extension: '082099' }),
        ],
      }),
    })
    await screen.findByRole('table', { name: 'Calls ringing and on call' })
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['mine'])
    expect(screen.getByRole('heading', { name: /Calls/ }).textContent).toContain('(1 ringing)')
    await user.click(screen.getByRole('button', { name: 'Show 1 more (not for you)' }))
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['mine', 'other'])
    await user.click(screen.getByRole('button', { name: 'Show only calls for me' }))
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['mine'])
  })

  it('follows the board as the monitor pushes it', async () => {
    const { client } = renderWithServices(<LiveScreen onNavigate={() => undefined} demo={noDemo} />, {
      answers: watched(),
    })
    expect(await screen.findByText('No calls for you right now.')).toBeDefined()
    await client.emit('live.changed', liveState({ monitors: [monitorStatus()], calls: [liveCall({ callId: 'new' })] }))
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['new'])
  })

  it('shows the call a notification pointed at even when the filter hides it', async () => {
    renderWithServices(<LiveScreen onNavigate={() => undefined} demo={noDemo} focus="hidden" />, {
      answers: watched({ calls: [liveCall({ callId: 'hidden', concerned: false })] }),
    })
    await screen.findByRole('table', { name: 'Calls ringing and on call' })
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['hidden'])
  })

  it('shows the monitors, the filter and the alerts, and clears the alerts through the services', async () => {
    const { user, client } = renderWithServices(<LiveScreen onNavigate={() => undefined} demo={noDemo} />, {
      answers: { ...watched(), 'alerts.list': [alert({ subject: '111 (Liam Wilson)' })] },
    })
    expect(await screen.findByRole('list', { name: 'Monitored accounts' })).toBeDefined()
    expect(screen.getByRole('form', { name: 'Call filter' })).toBeDefined()
    expect(await screen.findByText(/111 \(Liam Wilson\)/)).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(client.requestsTo('alerts.clear')).toHaveLength(1)
    await client.emit('alerts.changed', [])
    expect(screen.queryByText(/111 \(Liam Wilson\)/)).toBeNull()
  })
})
