import { act, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'

import { liveCall } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { CallTable } from './CallTable'

const rowOf = (callId: string) => {
  const row = screen.getAllByRole('row').find((candidate) => candidate.dataset.callId === callId)
  if (!row) throw new Error(`No row for call ${callId}`)
  return within(row)
}

describe('the Live board’s call table', () => {
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
})
