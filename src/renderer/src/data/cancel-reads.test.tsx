import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { STILL_WAITING_AFTER_MS } from '../components/useQueryState'
import { AvatarAgentsView } from '../screens/ai-agents/avatars/AvatarAgentsView'
import { avatarAgent, ids } from '../test-support/fixtures'
import { renderWithServices } from '../test-support/render'

/** A provider that never answers the list: only a cancel ends the wait. */
const never = () => new Promise<never>(() => undefined)
const listCall = { operation: 'avatar.listAgents', request: { accountId: ids.avatar } }

const view = <AvatarAgentsView accountId={ids.avatar} accountLabel="Demo avatars" />

// Cancelling a read on screen is more than forgetting it: the query's signal reaches the client,
// which tells main (here the fake services, which record it) to abort the request.
describe('stopping a read that takes too long', () => {
  beforeEach(() => {
    // Real time still passes (Testing Library waits on it); the test jumps over the few seconds.
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('Cancel sends the cancel of the list’s call, and Try again reads it afresh', async () => {
    const { client, user } = renderWithServices(view, { answers: { 'avatar.listAgents': never } })
    expect(await screen.findByText('Loading avatar agents…')).toBeDefined()
    act(() => void vi.advanceTimersByTime(STILL_WAITING_AFTER_MS))
    const cancel = await screen.findByRole('button', { name: /^Stop waiting for .*\(Demo avatars\)$/ })
    expect(client.cancelled).toEqual([])

    await user.click(cancel)
    expect(client.cancelled).toEqual([listCall])
    expect(
      await screen.findByText(/^Stopped waiting for .*\(Demo avatars\): the request was cancelled\./),
    ).toBeDefined()

    client.answer('avatar.listAgents', [avatarAgent()])
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('list', { name: 'Avatar agents, newest first' })).toBeDefined()
    expect(client.calls.filter((call) => call.operation === 'avatar.listAgents')).toHaveLength(2)
    expect(client.cancelled).toHaveLength(1)
  })

  it('leaving the screen cancels what it still waits for', async () => {
    const { client, unmount } = renderWithServices(view, { answers: { 'avatar.listAgents': never } })
    expect(await screen.findByText('Loading avatar agents…')).toBeDefined()
    unmount()
    expect(client.cancelled).toEqual([listCall])
  })

  it('an account change cancels the read made with the old settings and reads again', async () => {
    const { client } = renderWithServices(view, { answers: { 'avatar.listAgents': never } })
    expect(await screen.findByText('Loading avatar agents…')).toBeDefined()
    client.answer('avatar.listAgents', [avatarAgent()])
    await client.emit('accounts.accountChanged', { accountId: ids.avatar, change: 'key' })
    expect(client.cancelled).toEqual([listCall])
    expect(await screen.findByRole('list', { name: 'Avatar agents, newest first' })).toBeDefined()
  })

  it('an answer that came in time is never cancelled', async () => {
    const { client, unmount } = renderWithServices(view, { answers: { 'avatar.listAgents': [avatarAgent()] } })
    expect(await screen.findByRole('list', { name: 'Avatar agents, newest first' })).toBeDefined()
    unmount()
    expect(client.cancelled).toEqual([])
  })
})
