import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { AgentsScreen } from '../screens/AgentsScreen'
import { AiAgentsScreen } from '../screens/AiAgentsScreen'
import { providerRefusal } from '../test-support/answers'
import { accountOf, avatarAgent, execution, ids, override, session, tool, voipbinAgent } from '../test-support/fixtures'
import { renderWithServices } from '../test-support/render'

// What main announces after an account's key was replaced (accounts.accountChanged): open
// screens read again what they show of that account, without a reload.

const agenthub = accountOf('agenthub')
const avatar = accountOf('avatar')
const voipbin = accountOf('voipbin')

const viewer = session({
  user: { userId: 'u-2', email: 'viewer@example.com', fullname: 'Trần Viewer', roleId: 'viewer', tenantId: 't-1' },
  abilities: { view: true, create: false, update: false, delete: false, viewExecutions: true },
})

describe('an account whose key is replaced', () => {
  it('shows the AI agents screen’s new identity and role', async () => {
    let current = session()
    const { client } = renderWithServices(<AiAgentsScreen onNavigate={() => undefined} />, {
      answers: {
        'accounts.list': [agenthub],
        'agenthub.session': () => current,
        'agenthub.listTools': [tool()],
        'agenthub.listOverrides': { items: [override()], paging: null },
        'agenthub.listExecutions': { items: [execution()], paging: null },
      },
    })
    const identity = () => within(screen.getByRole('region', { name: 'Signed in to AgentHub' }))
    expect(await screen.findByText(/mai@example\.com · role admin/)).toBeDefined()
    const overridesBefore = client.requestsTo('agenthub.listOverrides').length

    current = viewer
    await client.emit('accounts.accountChanged', { accountId: ids.agenthub, change: 'key' })

    await waitFor(() => expect(identity().getByText(/viewer@example\.com · role viewer/)).toBeDefined())
    expect(identity().queryByText('Nguyễn Mai')).toBeNull()
    expect(client.requestsTo('agenthub.session')).toHaveLength(2)
    // The list on screen is read again too, on the new key.
    expect(client.requestsTo('agenthub.listOverrides').length).toBeGreaterThan(overridesBefore)
  })

  it('replaces an avatar list with the platform’s refusal of the new key', async () => {
    let refused = false
    const { client } = renderWithServices(<AiAgentsScreen onNavigate={() => undefined} />, {
      answers: {
        'accounts.list': [avatar],
        'avatar.listAgents': () => {
          if (refused) throw providerRefusal('avatar', 'forbidden')
          return [avatarAgent()]
        },
      },
    })
    expect(await screen.findByText('Linh Receptionist')).toBeDefined()
    refused = true
    await client.emit('accounts.accountChanged', { accountId: ids.avatar, change: 'key' })
    expect(await screen.findByRole('alert')).toBeDefined()
    expect(screen.queryByText('Linh Receptionist')).toBeNull()
  })

  it('reads the Agents screen’s list again, and leaves other accounts alone', async () => {
    let name = 'Before'
    const { client } = renderWithServices(<AgentsScreen onNavigate={() => undefined} />, {
      answers: {
        'accounts.list': [voipbin],
        'voipbin.listAgents': () => ({ agents: [voipbinAgent({ name })], nextPageToken: null }),
      },
    })
    expect(await screen.findByText('Before')).toBeDefined()
    name = 'After'
    await client.emit('accounts.accountChanged', { accountId: ids.agenthub, change: 'key' })
    expect(client.requestsTo('voipbin.listAgents')).toHaveLength(1)
    await client.emit('accounts.accountChanged', { accountId: ids.voipbin, change: 'key' })
    expect(await screen.findByText('After')).toBeDefined()
    expect(client.requestsTo('voipbin.listAgents')).toHaveLength(2)
  })
})
