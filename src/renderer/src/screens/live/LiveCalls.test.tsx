import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { LiveCall } from '../../../../shared/domain/live'
import { applyLiveUpdate, compareLiveCalls, type LiveSnapshot } from '../../../../shared/domain/live-update'
import { liveCall, liveState, liveUpdate } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { LiveCalls } from './LiveCalls'

const at = (second: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, 0) + second * 1000).toISOString()
const board = (calls: LiveCall[]): LiveSnapshot => liveState({ version: 1, calls: [...calls].sort(compareLiveCalls) })
const shownIds = () =>
  screen
    .getAllByRole('row')
    .map((row) => row.dataset.callId)
    .filter(Boolean)

describe('the Live board’s calls after many updates', () => {
  // happy-dom lays nothing out: the scroll box gets the height a window gives it (600 px).
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('call-scroll') ? 600 : 0
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('searches the whole board as the updates left it, and counts its ringing calls, not only the rows in view', async () => {
    let live = board(
      Array.from({ length: 3000 }, (_unused, index) =>
        liveCall({ callId: `c${index}`, extension: String(100_000 + index), state: 'on_call', seenAt: at(index) }),
      ),
    )
    // 40 updates: ten calls answered ringing, ten ended, ten new ones ringing each time.
    for (let round = 0; round < 40; round += 1) {
      const ringing = live.calls.filter((call) => call.state === 'ringing').slice(0, 10)
      const ended = live.calls.filter((call) => call.state === 'on_call').slice(-10)
      const next = applyLiveUpdate(
        live,
        liveUpdate({
          version: live.version + 1,
          base: live.version,
          changed: ringing.map((call) => ({ ...call, state: 'on_call', seenAt: at(5000 + round) })),
          removed: ended.map(({ accountId, callId }) => ({ accountId, callId })),
          added: Array.from({ length: 10 }, (_unused, index) =>
            liveCall({ callId: `r${round}-${index}`, extension: `new-${round}-${index}`, seenAt: at(4000 + round) }),
          ),
        }),
      )
      if (!next) throw new Error(`update ${round} did not apply`)
      live = next
    }
    const { rerender } = renderWithServices(<LiveCalls calls={live.calls} />)
    // Each round's new calls are answered the round after and end the one after that: the last
    // round's are ringing, the round's before on the line, the older ones gone.
    expect(screen.getByRole('heading', { name: /Calls/ }).textContent).toContain('(10 ringing)')
    // A call far down the board, never in view, and one ended long ago: found and not found.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search calls' }), { target: { value: '101500' } })
    await waitFor(() => expect(shownIds()).toEqual(['c1500']))
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search calls' }), { target: { value: '102999' } })
    await waitFor(() => expect(screen.getByText(/No call matches/)).toBeDefined())
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search calls' }), { target: { value: 'new-38-5' } })
    await waitFor(() => expect(shownIds()).toEqual(['r38-5']))
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search calls' }), { target: { value: 'new-37-5' } })
    await waitFor(() => expect(screen.getByText(/No call matches/)).toBeDefined())
    // One more update: the search follows the board (the new call rings, r38-5 ends).
    const last = applyLiveUpdate(
      live,
      liveUpdate({
        version: live.version + 1,
        base: live.version,
        removed: [{ accountId: liveCall().accountId, callId: 'r38-5' }],
        added: [liveCall({ callId: 'late', extension: 'new-37-5', seenAt: at(6000) })],
      }),
    )
    rerender(<LiveCalls calls={last?.calls ?? []} />)
    await waitFor(() => expect(shownIds()).toEqual(['late']))
    expect(screen.getByRole('heading', { name: /Calls/ }).textContent).toContain('(11 ringing)')
  })
})
