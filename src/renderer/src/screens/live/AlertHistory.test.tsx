import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { alert } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { AlertHistory } from './AlertHistory'

const list = () => within(screen.getByRole('list'))

describe('the alert history', () => {
  it('says what will be kept when there is nothing yet, and offers nothing to clear', () => {
    renderWithServices(<AlertHistory alerts={[]} onClear={() => undefined} onSeen={() => undefined} />)
    expect(screen.getByRole('heading', { name: 'Recent alerts' })).toBeDefined()
    expect(screen.getByText('No alerts yet. Missed calls will stay here until you clear them.')).toBeDefined()
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Clear' }).disabled).toBe(true)
  })

  it('lists missed calls first, then the rest newest first as they came', () => {
    renderWithServices(
      <AlertHistory
        alerts={[
          alert({ id: 'r1', kind: 'ringing', subject: '101 (Lan)' }),
          alert({ id: 'm1', kind: 'missed', subject: '111 (Liam Wilson)' }),
          alert({ id: 'ai', kind: 'ai_failed', subject: 'bookingAgent', detail: 'Timed out after 30 s' }),
          alert({ id: 'ar', kind: 'agent_ringing', subject: 'Trần Thị Lan' }),
        ]}
        onClear={() => undefined}
        onSeen={() => undefined}
      />,
    )
    const items = list()
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(items[0]).toContain('Missed on')
    expect(items[0]).toContain('111 (Liam Wilson)')
    expect(items[1]).toContain('Rang on')
    expect(items[2]).toContain('AI agent failed:')
    expect(items[2]).toContain('Timed out after 30 s')
    expect(items[3]).toContain('Ringing:')
    expect(items[3]).toContain('Trần Thị Lan')
  })

  it('shows a queue crossing into alert and back to normal with its figures, and whether the desktop heard it', () => {
    renderWithServices(
      <AlertHistory
        alerts={[
          alert({ id: 'qn', kind: 'queue_normal', subject: 'Sales', detail: '0 calls ringing', notified: true }),
          alert({ id: 'qa', kind: 'queue_alert', subject: 'Sales', detail: '5 calls ringing', notified: false }),
        ]}
        onClear={() => undefined}
        onSeen={() => undefined}
      />,
    )
    const items = list()
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(items[0]).toContain('Back to normal: Sales · 0 calls ringing')
    expect(items[0]).not.toContain('not notified')
    expect(items[1]).toContain('In alert: Sales · 5 calls ringing')
    expect(items[1]).toContain('not notified')
  })

  it('names the number that received the call', () => {
    renderWithServices(
      <AlertHistory
        alerts={[alert({ calledNumber: '02873001234' })]}
        onClear={() => undefined}
        onSeen={() => undefined}
      />,
    )
    expect(list().getByText(/to 02873001234/)).toBeDefined()
  })

  it('says when an alert was not notified, except for missed calls, which always stay', () => {
    renderWithServices(
      <AlertHistory
        alerts={[
          alert({ id: 'r', kind: 'ringing', subject: 'ring', notified: false }),
          alert({ id: 'm', kind: 'missed', subject: 'miss', notified: false }),
        ]}
        onClear={() => undefined}
        onSeen={() => undefined}
      />,
    )
    const [missed, ringing] = list().getAllByRole('listitem')
    expect(missed?.textContent).not.toContain('not notified')
    expect(ringing?.textContent).toContain('not notified')
  })

  it('clears on request', async () => {
    const onClear = vi.fn()
    const { user } = renderWithServices(<AlertHistory alerts={[alert()]} onClear={onClear} onSeen={() => undefined} />)
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(onClear).toHaveBeenCalledOnce()
  })

  it('marks the alerts of the call a notification pointed at', () => {
    renderWithServices(
      <AlertHistory
        alerts={[alert({ id: 'missed:call-9', subject: 'nine' }), alert({ id: 'missed:call-8', subject: 'eight' })]}
        onClear={() => undefined}
        onSeen={() => undefined}
        focus="call-9"
      />,
    )
    const nine = screen.getByText('nine').closest('li')
    const eight = screen.getByText('eight').closest('li')
    expect(nine?.getAttribute('aria-current')).toBe('true')
    expect(eight?.getAttribute('aria-current')).toBeNull()
  })

  it('marks missed calls not seen before as new and tells main they are seen, once the window shows', () => {
    const onSeen = vi.fn()
    const missed = [
      alert({ id: 'missed:a', kind: 'missed', subject: 'new one', seen: false }),
      alert({ id: 'missed:b', kind: 'missed', subject: 'old one', seen: true }),
    ]
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    const { rerender } = renderWithServices(<AlertHistory alerts={missed} onClear={() => undefined} onSeen={onSeen} />)
    // Hidden in the tray: nobody looked.
    expect(onSeen).not.toHaveBeenCalled()
    visibility.mockReturnValue('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(onSeen).toHaveBeenCalledOnce()
    // Main answers with the call seen: its mark stays while the screen is open.
    rerender(
      <AlertHistory
        alerts={missed.map((entry) => ({ ...entry, seen: true }))}
        onClear={() => undefined}
        onSeen={onSeen}
      />,
    )
    expect(screen.getByText('new one').closest('li')?.textContent).toMatch(/^New/)
    expect(screen.getByText('old one').closest('li')?.textContent).not.toMatch(/New/)
    expect(onSeen).toHaveBeenCalledOnce()
    visibility.mockRestore()
  })

  it('says when VoIPbin set the agent to away after a missed call, or could not', () => {
    renderWithServices(
      <AlertHistory
        alerts={[
          alert({ id: 'away', kind: 'away_set', subject: 'test2' }),
          alert({ id: 'fail', kind: 'away_failed', subject: 'test3', notified: false }),
        ]}
        onClear={() => undefined}
        onSeen={() => undefined}
      />,
    )
    expect(screen.getByText('test2').closest('li')?.textContent).toContain('Set to Away after a missed call:')
    expect(screen.getByText('test3').closest('li')?.textContent).toContain('Could not set to Away after a missed call:')
  })
})
