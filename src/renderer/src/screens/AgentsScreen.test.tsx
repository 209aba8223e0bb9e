import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { FakeAnswers } from '../test-support/fake-client'
import { accountOf, accountView, ids, voipbinAgent } from '../test-support/fixtures'
import { renderWithServices } from '../test-support/render'

import { AgentsScreen } from './AgentsScreen'

const services: FakeAnswers = {
  'alohub.listAgents': ({ page }) => ({ agents: [], total: 0, page, size: 500 }),
  'alohub.recordingMarks': {},
  'alohub.latestBulk': null,
  'voipbin.listAgents': { agents: [voipbinAgent()], nextPageToken: null },
}

const alohub = accountView({ label: 'Sài Gòn sales' })
const voipbin = accountOf('voipbin')

describe('the Agents screen', () => {
  it('points to Accounts when no AloHub or VoIPbin account has a key', async () => {
    const onNavigate = vi.fn()
    const { user } = renderWithServices(<AgentsScreen onNavigate={onNavigate} />, {
      answers: {
        'accounts.list': [accountView({ hasSecret: false }), accountOf('tel4vn', { label: 'Tel' })],
      },
    })
    expect(await screen.findByRole('heading', { name: 'No agents to show' })).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Go to Accounts' }))
    expect(onNavigate).toHaveBeenCalledWith('accounts')
  })

  it('shows the first account’s agents, and switches between the accounts', async () => {
    const { user, client } = renderWithServices(<AgentsScreen onNavigate={() => undefined} />, {
      answers: { ...services, 'accounts.list': [voipbin, alohub] },
    })
    // AloHub first: accounts are offered in the order of the providers.
    const alohubChoice = await screen.findByRole('button', { name: 'Sài Gòn sales (AloHub)', pressed: true })
    expect(alohubChoice).toBeDefined()
    expect(await screen.findByRole('form', { name: 'Agent filter' })).toBeDefined()
    expect(client.requestsTo('alohub.listAgents')[0]?.accountId).toBe(ids.alohub)
    await user.click(screen.getByRole('button', { name: 'VoIPbin desk (VoIPbin)' }))
    expect(await screen.findByRole('table', { name: 'VoIPbin agents' })).toBeDefined()
    expect(client.requestsTo('voipbin.listAgents')[0]?.accountId).toBe(ids.voipbin)
  })

  it('offers no choice when there is one account', async () => {
    renderWithServices(<AgentsScreen onNavigate={() => undefined} />, {
      answers: { ...services, 'accounts.list': [voipbin] },
    })
    expect(await screen.findByRole('table', { name: 'VoIPbin agents' })).toBeDefined()
    expect(screen.queryByRole('group', { name: 'Agent accounts' })).toBeNull()
  })
})
