import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { FakeAnswers } from '../../test-support/fake-client'
import { renderWithServices } from '../../test-support/render'

import { NotificationsSection } from './NotificationsSection'

const answers: FakeAnswers = {
  'notifications.pause': ({ duration }) => ({
    paused: true,
    until: duration === 'until-resumed' ? null : '2026-03-10T10:00:00.000Z',
  }),
  'notifications.resume': { paused: false },
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
    expect(screen.getByText(/^Paused until \d{1,2}:\d{2}/)).toBeDefined()
  })

  it('sends a test notification', async () => {
    const { user, client } = renderWithServices(<NotificationsSection pause={{ paused: false }} />, { answers })
    await user.click(screen.getByRole('button', { name: 'Send a test notification' }))
    expect(client.requestsTo('notifications.sendTest')).toHaveLength(1)
  })
})
