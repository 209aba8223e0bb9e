import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { FakeAnswers } from '../test-support/fake-client'
import { accountOf, avatarAgent, execution, override, session, tool } from '../test-support/fixtures'
import { renderWithServices } from '../test-support/render'

import { AiAgentsScreen } from './AiAgentsScreen'

const agenthub = accountOf('agenthub')
const avatar = accountOf('avatar')

const services: FakeAnswers = {
  'agenthub.session': session(),
  'agenthub.listTools': [tool()],
  'agenthub.listOverrides': { items: [override()], paging: null },
  'agenthub.listExecutions': { items: [execution()], paging: null },
  'agenthub.updateOverride': ({ patch }) => ({ outcome: 'saved', override: override({ ...patch, recordVersion: 4 }) }),
  'avatar.listAgents': [avatarAgent()],
}

describe('the AI agents screen', () => {
  it('points to Accounts when no AgentHub or avatar account has a key', async () => {
    const onNavigate = vi.fn()
    const { user } = renderWithServices(<AiAgentsScreen onNavigate={onNavigate} />, {
      answers: { 'accounts.list': [{ ...agenthub, hasSecret: false }] },
    })
    expect(await screen.findByRole('heading', { name: 'No AI agents to show' })).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Go to Accounts' }))
    expect(onNavigate).toHaveBeenCalledWith('accounts')
  })

  it('says who is signed in to AgentHub, with their role', async () => {
    renderWithServices(<AiAgentsScreen onNavigate={() => undefined} />, {
      answers: { ...services, 'accounts.list': [agenthub] },
    })
    const identity = within(await screen.findByRole('region', { name: 'Signed in to AgentHub' }))
    expect(identity.getByText('Nguyễn Mai')).toBeDefined()
    expect(identity.getByText(/mai@example\.com · role admin · Bots/)).toBeDefined()
  })

  it('moves between overrides, an editor and executions, and says what was saved', async () => {
    const { user, client } = renderWithServices(<AiAgentsScreen onNavigate={() => undefined} />, {
      answers: { ...services, 'accounts.list': [agenthub] },
    })
    await user.click(await screen.findByRole('button', { name: 'bookingAgent' }))
    const temperature = screen.getByLabelText('Temperature')
    await user.clear(temperature)
    await user.type(temperature, '0.9')
    await user.click(screen.getByRole('button', { name: 'Review changes' }))
    await user.click(screen.getByRole('button', { name: 'Save 1 change' }))
    expect((await screen.findByRole('status')).textContent).toBe('bookingAgent saved (version 4).')
    expect(client.requestsTo('agenthub.updateOverride')[0]?.patch).toEqual({ temperature: 0.9 })
    const views = within(screen.getByRole('navigation', { name: 'AI agents views' }))
    await user.click(views.getByRole('button', { name: 'Executions' }))
    expect(await screen.findByRole('table', { name: 'AI agent executions' })).toBeDefined()
    expect(views.getByRole('button', { name: 'Executions' }).getAttribute('aria-current')).toBe('page')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('opens an override’s executions already filtered by its name', async () => {
    const { user, client } = renderWithServices(<AiAgentsScreen onNavigate={() => undefined} />, {
      answers: { ...services, 'accounts.list': [agenthub] },
    })
    const row = (await screen.findByRole('rowheader', { name: 'bookingAgent' })).closest('tr') as HTMLElement
    await user.click(within(row).getByRole('button', { name: 'Executions' }))
    await screen.findByRole('table', { name: 'AI agent executions' })
    expect(client.requestsTo('agenthub.listExecutions')[0]?.filter).toEqual({ agentName: 'bookingAgent' })
  })

  it('switches to an avatar account, showing its agents instead', async () => {
    const { user } = renderWithServices(<AiAgentsScreen onNavigate={() => undefined} />, {
      answers: { ...services, 'accounts.list': [avatar, agenthub] },
    })
    // AgentHub first: overrides are what the screen is mostly for.
    expect(await screen.findByRole('button', { name: 'Bots', pressed: true })).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Avatars' }))
    expect(await screen.findByRole('article', { name: 'Linh Receptionist' })).toBeDefined()
    expect(screen.queryByRole('region', { name: 'Signed in to AgentHub' })).toBeNull()
  })
})
