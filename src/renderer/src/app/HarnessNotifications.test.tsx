import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithServices } from '../test-support/render'

import { HarnessNotifications } from './HarnessNotifications'

const ring = {
  id: 'ring:call-1',
  title: 'Ringing: 082018',
  body: 'Trần Thị Lan · to 02873001234',
  shownAt: '2026-03-10T09:12:00.000Z',
}

describe('desktop notifications in the browser harness', () => {
  it('shows each notification main sends in the page', async () => {
    const { client } = renderWithServices(<HarnessNotifications />, {
      answers: { 'notifications.activate': { activated: true } },
      transport: 'browser-harness',
    })
    expect(screen.queryByRole('list', { name: 'Desktop notifications' })).toBeNull()
    await client.emit('notifications.shown', ring)
    const toast = within(screen.getByRole('list', { name: 'Desktop notifications' })).getByRole('status')
    expect(toast.textContent).toContain('Ringing: 082018')
    expect(toast.textContent).toContain('Trần Thị Lan · to 02873001234')
  })

  it('does what clicking the desktop notification does', async () => {
    const { client, user } = renderWithServices(<HarnessNotifications />, {
      answers: { 'notifications.activate': { activated: true } },
    })
    await client.emit('notifications.shown', ring)
    await user.click(screen.getByRole('button', { name: /^Ringing: 082018/ }))
    expect(client.requestsTo('notifications.activate')).toEqual([{ id: 'ring:call-1' }])
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('can be dismissed without acting on it', async () => {
    const { client, user } = renderWithServices(<HarnessNotifications />)
    await client.emit('notifications.shown', ring)
    await user.click(screen.getByRole('button', { name: 'Dismiss notification: Ringing: 082018' }))
    expect(screen.queryByRole('status')).toBeNull()
    expect(client.calls).toEqual([])
  })
})
