import { act, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { applyLiveUpdate, callKey, type LiveSnapshot } from '../../../../shared/domain/live-update'
import { liveCall, liveState, liveUpdate } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { CallTable } from './CallTable'

const rowOf = (callId: string) => {
  const row = screen.getAllByRole('row').find((candidate) => candidate.dataset.callId === callId)
  if (!row) throw new Error(`No row for call ${callId}`)
  return within(row)
}

describe('the Live board’s call table', () => {
  // happy-dom lays nothing out: the scroll box gets the height a window gives it (600 px, about
  // 15 rows), so the virtualised table draws the rows in view as it does on screen.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('call-scroll') ? 600 : 0
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('shows each call’s state, extension, agent, number called and account', () => {
    renderWithServices(
      <CallTable
        calls={[
          liveCall({ callId: 'a', state: 'ringing', direction: 'inbound', destination: '02873001234' }),
          liveCall({ callId: 'b', state: 'on_call', direction: 'outbound', extension: '082019', agentName: null }),
        ]}
      />,
    )
    expect(screen.getByRole('table', { name: 'Calls ringing and on call' })).toBeDefined()
    const ringing = rowOf('a')
    expect(ringing.getByText('Ringing')).toBeDefined()
    expect(ringing.getByText('082018')).toBeDefined()
    expect(ringing.getByText('Trần Thị Lan')).toBeDefined()
    expect(ringing.getByRole('img', { name: 'Inbound' })).toBeDefined()
    expect(ringing.getByText('02873001234')).toBeDefined()
    expect(ringing.getByText('Hà Nội support')).toBeDefined()
    const onCall = rowOf('b')
    expect(onCall.getByText('On call')).toBeDefined()
    expect(onCall.getByRole('img', { name: 'Outbound' })).toBeDefined()
  })

  it('contains the calls’ box once its rows fill it, so an update lays out that box, not the page', () => {
    const few = Array.from({ length: 3 }, (_unused, index) => liveCall({ callId: `few-${String(index)}` }))
    const { container, rerender } = renderWithServices(<CallTable calls={few} />)
    const box = () => container.querySelector('.call-scroll')
    // A short list keeps its own height: a fixed box would leave a gap under three rows.
    expect(box()?.classList.contains('filled')).toBe(false)
    const many = Array.from({ length: 40 }, (_unused, index) => liveCall({ callId: `many-${String(index)}` }))
    rerender(<CallTable calls={many} />)
    expect(box()?.classList.contains('filled')).toBe(true)
  })

  it('says so when the provider reports neither direction nor number, and never guesses them', () => {
    renderWithServices(<CallTable calls={[liveCall({ callId: 'ring', direction: null, destination: null })]} />)
    const row = rowOf('ring')
    expect(row.getByText('Not reported')).toBeDefined()
    expect(row.getByText('(direction not reported)')).toBeDefined()
    expect(row.queryByRole('img', { name: 'Inbound' })).toBeNull()
    expect(row.queryByRole('img', { name: 'Outbound' })).toBeNull()
  })

  it('counts the time since the call was first seen in its state', () => {
    const seenAt = new Date(Date.now() - 75_000).toISOString()
    renderWithServices(<CallTable calls={[liveCall({ callId: 'long', seenAt })]} />)
    expect(rowOf('long').getByText(/^1:1[5-6]$/)).toBeDefined()
  })

  it('marks the call a notification pointed at, and gives it the focus', () => {
    renderWithServices(<CallTable calls={[liveCall({ callId: 'x' }), liveCall({ callId: 'y' })]} focus="y" />)
    const focused = screen.getAllByRole('row').find((row) => row.dataset.callId === 'y')
    expect(focused?.getAttribute('aria-current')).toBe('true')
    expect(document.activeElement).toBe(focused)
    const other = screen.getAllByRole('row').find((row) => row.dataset.callId === 'x')
    expect(other?.getAttribute('aria-current')).toBeNull()
  })

  it('speaks the chosen language, Vietnamese included', async () => {
    renderWithServices(<CallTable calls={[liveCall({ callId: 'vi', direction: null, destination: null })]} />)
    await act(() => i18next.changeLanguage('vi'))
    const row = rowOf('vi')
    expect(row.getByText('Đang đổ chuông')).toBeDefined()
    expect(row.getByText('Không được báo')).toBeDefined()
    expect(row.getByText('(không rõ chiều gọi)')).toBeDefined()
  })

  it('puts only the rows in view into the page, however many calls there are', () => {
    const calls = Array.from({ length: 5000 }, (_unused, index) =>
      liveCall({ callId: `c${String(index).padStart(4, '0')}`, seenAt: new Date(1_000_000 + index).toISOString() }),
    )
    renderWithServices(<CallTable calls={calls} />)
    const rows = screen.getAllByRole('row').filter((row) => row.dataset.callId)
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThan(40)
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('5001')
  })

  it('renders again only the rows whose call changed when an update comes', () => {
    const seenAt = (index: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, index)).toISOString()
    let board: LiveSnapshot = liveState({
      version: 1,
      calls: ['a', 'b', 'c', 'd'].map((callId, index) => liveCall({ callId, state: 'on_call', seenAt: seenAt(index) })),
    })
    const rendered: string[] = []
    const onRowRender = (key: string) => rendered.push(key.split('\n')[1] ?? key)
    const { rerender } = renderWithServices(<CallTable calls={board.calls} onRowRender={onRowRender} />)
    expect(rendered.sort()).toEqual(['a', 'b', 'c', 'd'])

    // Call c changes in place (its agent's name): only its row renders again.
    rendered.length = 0
    const apply = (update: Parameters<typeof applyLiveUpdate>[1]) => {
      const next = applyLiveUpdate(board, update)
      if (!next) throw new Error('the update did not apply')
      board = next
      rerender(<CallTable calls={board.calls} onRowRender={onRowRender} />)
    }
    apply(
      liveUpdate({
        version: 2,
        base: 1,
        changed: [liveCall({ callId: 'c', state: 'on_call', seenAt: seenAt(2), agentName: 'Lê Văn Hoà' })],
      }),
    )
    expect(rendered).toEqual(['c'])
    expect(rowOf('c').getByText('Lê Văn Hoà')).toBeDefined()

    // The last call goes: nothing above it moves, so no row renders again.
    rendered.length = 0
    apply(liveUpdate({ version: 3, base: 2, removed: [{ accountId: liveCall().accountId, callId: 'd' }] }))
    expect(rendered).toEqual([])
    expect(
      screen
        .getAllByRole('row')
        .filter((row) => row.dataset.callId)
        .map((row) => row.dataset.callId),
    ).toEqual(['a', 'b', 'c'])

    // An update of the other parts alone keeps the same calls: the table has nothing to do.
    rendered.length = 0
    apply(liveUpdate({ version: 4, base: 3, parts: { queues: [{ id: 1, label: 'Sales' }] } }))
    expect(rendered).toEqual([])
    expect(callKey(board.calls[0] ?? liveCall())).toContain('\na')
  })

  it('updates the rows in the page in place when other calls take their places, and keeps the focused call’s own row', () => {
    const seenAt = (index: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, index)).toISOString()
    const calls = (prefix: string) =>
      Array.from({ length: 5 }, (_unused, index) =>
        liveCall({ callId: `${prefix}${index}`, extension: `${prefix}-ext-${index}`, seenAt: seenAt(index) }),
      )
    const rowElements = () => screen.getAllByRole('row').filter((row) => row.dataset.callId)
    const { rerender } = renderWithServices(<CallTable calls={calls('a')} focus="a4" />)
    const before = rowElements()
    const focusedRow = before.find((row) => row.dataset.callId === 'a4')
    // Every call in view is answered and replaced by another (a busy floor's poll); the focused one moves to the top.
    const focused = liveCall({ callId: 'a4', extension: 'a-ext-4', seenAt: seenAt(-1) })
    rerender(<CallTable calls={[focused, ...calls('b').slice(0, 4)]} focus="a4" />)
    const after = rowElements()
    expect(after.map((row) => row.dataset.callId)).toEqual(['a4', 'b0', 'b1', 'b2', 'b3'])
    // The same elements show the new calls in the places they had: nothing there was taken out
    // of the page and built again (the fifth place was the focused call's own row before).
    for (const place of [1, 2, 3]) expect(after[place]).toBe(before[place])
    expect(rowOf('b0').getByText('b-ext-0')).toBeDefined()
    // The focused call's row is still its element (it holds the keyboard focus), now first.
    expect(after[0]).toBe(focusedRow)
    expect(document.activeElement).toBe(focusedRow)
  })
})
