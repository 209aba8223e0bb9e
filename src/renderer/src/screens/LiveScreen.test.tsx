import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { LiveSnapshot } from '../../../shared/domain/live-update'
import type { FakeAnswers } from '../test-support/fake-client'
import { alert, liveCall, liveState, liveUpdate, monitorStatus } from '../test-support/fixtures'
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
  // happy-dom lays nothing out: the calls' scroll box gets the height a window gives it, so the
  // virtualised table draws its rows as it does on screen.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('call-scroll') ? 600 : 0
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

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
    await client.emit('live.changed', liveUpdate({ version: 2, base: 1, added: [liveCall({ callId: 'new' })] }))
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['new'])
    expect(client.requestsTo('live.getState')).toHaveLength(1)
  })

  it('takes a call off the board when an update removes it, and changes a call in place', async () => {
    const { client } = renderWithServices(<LiveScreen onNavigate={() => undefined} demo={noDemo} />, {
      answers: watched({ calls: [liveCall({ callId: 'a' }), liveCall({ callId: 'b', extension: '082019' })] }),
    })
    await screen.findByRole('table', { name: 'Calls ringing and on call' })
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['a', 'b'])
    await client.emit(
      'live.changed',
      liveUpdate({
        version: 2,
        base: 1,
        removed: [{ accountId: liveCall().accountId, callId: 'a' }],
        changed: [liveCall({ callId: 'b', extension: '082019', state: 'on_call' })],
      }),
    )
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['b'])
    expect(within(callRows()[0] as HTMLElement).getByText('On call')).toBeDefined()
    expect(client.requestsTo('live.getState')).toHaveLength(1)
  })

  it('reads the whole board once when an update is missing, and applies those that follow on it', async () => {
    const { client } = renderWithServices(<LiveScreen onNavigate={() => undefined} demo={noDemo} />, {
      answers: watched({ calls: [liveCall({ callId: 'first' })] }),
    })
    await screen.findByRole('table', { name: 'Calls ringing and on call' })
    let answer: (board: LiveSnapshot) => void = () => undefined
    client.answer('live.getState', () => new Promise<LiveSnapshot>((resolve) => (answer = resolve)))

    // Version 2 never arrives: 3 cannot apply, so the board is read whole; 4 and 5 wait for it.
    await client.emit('live.changed', liveUpdate({ version: 3, base: 2, added: [liveCall({ callId: 'lost' })] }))
    await client.emit('live.changed', liveUpdate({ version: 4, base: 3, added: [liveCall({ callId: 'four' })] }))
    await client.emit(
      'live.changed',
      liveUpdate({ version: 5, base: 4, removed: [{ accountId: liveCall().accountId, callId: 'first' }] }),
    )
    expect(client.requestsTo('live.getState')).toHaveLength(2)
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['first'])

    // The read answers version 3 (4 and 5 came after it): the board is 3, then 4, then 5.
    const seenAt = new Date(Date.now() - 60_000).toISOString()
    await act(async () =>
      answer(
        liveState({
          version: 3,
          monitors: [monitorStatus()],
          calls: [liveCall({ callId: 'first', seenAt }), liveCall({ callId: 'lost', seenAt })],
        }),
      ),
    )
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['lost', 'four'])
    await client.emit('live.changed', liveUpdate({ version: 6, base: 5, added: [liveCall({ callId: 'six' })] }))
    expect(callRows().map((row) => row.dataset.callId)).toEqual(['lost', 'four', 'six'])
    expect(client.requestsTo('live.getState')).toHaveLength(2)
  })

  it('searches every call on the board, not only the rows in view, Vietnamese names without their marks', async () => {
    const calls = Array.from({ length: 3000 }, (_unused, index) =>
      liveCall({ callId: `c${index}`, extension: String(100_000 + index), agentName: `Agent ${index}` }),
    )
    calls.push(liveCall({ callId: 'far', extension: '199999', agentName: 'Trần Thị Lan' }))
    const { user } = renderWithServices(<LiveScreen onNavigate={() => undefined} demo={noDemo} />, {
      answers: watched({ calls }),
    })
    await screen.findByRole('table', { name: 'Calls ringing and on call' })
    expect(callRows().some((row) => row.dataset.callId === 'far')).toBe(false)
    await user.type(screen.getByLabelText('Search calls'), 'thi lan')
    await vi.waitFor(() => expect(callRows().map((row) => row.dataset.callId)).toEqual(['far']))
    await user.clear(screen.getByLabelText('Search calls'))
    await user.type(screen.getByLabelText('Search calls'), 'nobody')
    expect(await screen.findByText('No call matches “nobody”.')).toBeDefined()
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
