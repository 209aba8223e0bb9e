import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { FakeAnswers } from '../../test-support/fake-client'
import { renderWithServices } from '../../test-support/render'

import { nextOccurrence, NotificationsSection } from './NotificationsSection'

const answers: FakeAnswers = {
  'notifications.pause': ({ duration }) => ({
    paused: true,
    until: duration === 'until-resumed' ? null : '2026-03-10T10:00:00.000Z',
  }),
  'notifications.resume': { paused: false },
  'notifications.pauseUntil': ({ until }) => ({ paused: true, until }),
  'notifications.sendTest': {
    id: 'test-1',
    title: 'AgentDesk',
    body: 'Notifications work.',
    shownAt: '2026-03-10T09:00:00.000Z',
  },
}

describe('pausing and testing notifications', () => {
  it('offers the three pauses while notifications are on, and sends the one chosen', async () => {
    const { user, client } = renderWithServices(<NotificationsSection pause={{ paused: false }} />, { answers })
    expect(screen.getByText('Notifications on')).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Pause 15 minutes' }))
    await user.click(screen.getByRole('button', { name: 'Pause 1 hour' }))
    await user.click(screen.getByRole('button', { name: 'Pause until I resume' }))
    expect(client.requestsTo('notifications.pause')).toEqual([
      { duration: '15m' },
      { duration: '1h' },
      { duration: 'until-resumed' },
    ])
  })

  it('says how long the pause lasts and offers to resume', async () => {
    const { user, client } = renderWithServices(<NotificationsSection pause={{ paused: true, until: null }} />, {
      answers,
    })
    expect(screen.getByText('Paused until you resume')).toBeDefined()
    expect(screen.queryByRole('button', { name: 'Pause 1 hour' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Resume notifications' }))
    expect(client.requestsTo('notifications.resume')).toHaveLength(1)
  })

  it('names the time a timed pause ends', () => {
    renderWithServices(<NotificationsSection pause={{ paused: true, until: '2026-03-10T10:00:00.000Z' }} />)
    expect(screen.getByText(/^Paused until (\S+ )?\d{1,2}:\d{2}/)).toBeDefined()
  })

  it('sends a test notification', async () => {
    const { user, client } = renderWithServices(<NotificationsSection pause={{ paused: false }} />, { answers })
    await user.click(screen.getByRole('button', { name: 'Send a test notification' }))
    expect(client.requestsTo('notifications.sendTest')).toHaveLength(1)
  })

  it('says when alerts are paused by working hours', () => {
    renderWithServices(
      <NotificationsSection pause={{ paused: true, until: '2026-03-10T01:00:00.000Z', outsideWorkingHours: true }} />,
    )
    expect(screen.getByText(/^Outside working hours until (\S+ )?\d{1,2}:\d{2}/)).toBeDefined()
  })

  it('pauses until a chosen time, and names a time it cannot read as the catalog words it', async () => {
    const { user, client } = renderWithServices(<NotificationsSection pause={{ paused: false }} />, { answers })
    const input = screen.getByLabelText('Pause until', { selector: 'input' })
    await user.click(screen.getByRole('button', { name: 'Pause until this time' }))
    expect(await screen.findByText('Enter a time as HH:MM, for example 08:00 or 17:30.')).toBeDefined()
    expect(client.requestsTo('notifications.pauseUntil')).toEqual([])
    await user.type(input, '14:30')
    await user.click(screen.getByRole('button', { name: 'Pause until this time' }))
    const [request] = client.requestsTo('notifications.pauseUntil')
    expect(new Date(request?.until ?? '').toTimeString().slice(0, 5)).toBe('14:30')
  })

  it('takes a time already past today as tomorrow', () => {
    const now = new Date(2026, 2, 10, 15, 0)
    expect(nextOccurrence('14:30', now)).toBe(new Date(2026, 2, 11, 14, 30).toISOString())
    expect(nextOccurrence('16:00', now)).toBe(new Date(2026, 2, 10, 16, 0).toISOString())
  })
})
