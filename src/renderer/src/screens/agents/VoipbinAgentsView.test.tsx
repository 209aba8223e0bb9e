import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { VoipbinAgentView } from '../../../../shared/domain/voipbin-views'
import type { FakeAnswers } from '../../test-support/fake-client'
import { ids, voipbinAgent } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { VoipbinAgentsView } from './VoipbinAgentsView'

const lan = voipbinAgent()
const minh = voipbinAgent({ id: 'agent-minh', username: 'minh.vo', name: 'Võ Minh', status: 'away' })

/** VoIPbin's pages, one agent each, chained by their tokens; a status filter as VoIPbin applies it. */
function voipbin(agents: VoipbinAgentView[]): FakeAnswers {
  return {
    'voipbin.listAgents': ({ pageToken, status }) => {
      const matching = agents.filter((agent) => !status || agent.status === status)
      const at = pageToken ? Number(pageToken) : 0
      return {
        agents: matching.slice(at, at + 1),
        nextPageToken: at + 1 < matching.length ? String(at + 1) : null,
      }
    },
    'voipbin.setStatus': ({ agentId, status }) => ({
      ...(agents.find((agent) => agent.id === agentId) ?? lan),
      status,
    }),
    'voipbin.createAgent': ({ agent }) =>
      voipbinAgent({ id: 'agent-new', username: agent.username, name: agent.name ?? '', addresses: agent.addresses }),
  }
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'VoIPbin agents' }))
    .getAllByRole('rowheader')
    .map((header) => header.querySelector('.vb-agent-name')?.textContent)

describe('VoIPbin’s agents', () => {
  it('loads a page at a time, the next with the token the last gave', async () => {
    const { user, client } = renderWithServices(
      <VoipbinAgentsView accountId={ids.voipbin} accountLabel="Demo VoIPbin" />,
      {
        answers: voipbin([lan, minh]),
      },
    )
    await screen.findByRole('table', { name: 'VoIPbin agents' })
    expect(rowNames()).toEqual(['Trần Thị Lan'])
    expect(screen.getByRole('heading', { name: /Agents/ }).textContent).toContain('1 loaded, more in VoIPbin')
    await user.click(screen.getByRole('button', { name: 'Load more' }))
    expect(await screen.findByText('Võ Minh')).toBeDefined()
    expect(rowNames()).toEqual(['Trần Thị Lan', 'Võ Minh'])
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
    expect(client.requestsTo('voipbin.listAgents')).toEqual([
      { accountId: ids.voipbin, pageSize: 25 },
      { accountId: ids.voipbin, pageSize: 25, pageToken: '1' },
    ])
  })

  it('asks VoIPbin for the agents of a status', async () => {
    const { user, client } = renderWithServices(
      <VoipbinAgentsView accountId={ids.voipbin} accountLabel="Demo VoIPbin" />,
      {
        answers: voipbin([lan, minh]),
      },
    )
    await screen.findByRole('table', { name: 'VoIPbin agents' })
    await user.selectOptions(screen.getByLabelText('Status'), 'Away')
    expect(await screen.findByText('Võ Minh')).toBeDefined()
    expect(client.requestsTo('voipbin.listAgents').at(-1)).toEqual({
      accountId: ids.voipbin,
      pageSize: 25,
      status: 'away',
    })
  })

  it('sets a status and shows what VoIPbin answered', async () => {
    const { user, client } = renderWithServices(
      <VoipbinAgentsView accountId={ids.voipbin} accountLabel="Demo VoIPbin" />,
      {
        answers: voipbin([lan]),
      },
    )
    await screen.findByRole('table', { name: 'VoIPbin agents' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of Trần Thị Lan (lan.tran)' }), 'Busy')
    await user.click(screen.getByRole('button', { name: 'Set status of Trần Thị Lan (lan.tran) to Busy' }))
    expect(client.requestsTo('voipbin.setStatus')).toEqual([
      { accountId: ids.voipbin, agentId: 'agent-lan', status: 'busy' },
    ])
    expect((await screen.findByRole('status')).textContent).toBe('Trần Thị Lan (lan.tran) is now busy.')
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: /Status of/ }).value).toBe('busy')
  })

  it('puts a new agent at the top of the list', async () => {
    const { user } = renderWithServices(<VoipbinAgentsView accountId={ids.voipbin} accountLabel="Demo VoIPbin" />, {
      answers: voipbin([lan]),
    })
    await screen.findByRole('table', { name: 'VoIPbin agents' })
    await user.click(screen.getByRole('button', { name: 'New agent' }))
    await user.type(screen.getByLabelText('Username'), 'hoa.le')
    await user.type(screen.getByLabelText('Password'), 'correct horse')
    await user.type(screen.getByLabelText('Name'), 'Lê Hoa')
    await user.click(screen.getByRole('button', { name: 'Create agent' }))
    expect((await screen.findByRole('status')).textContent).toContain('Agent Lê Hoa (hoa.le) created')
    expect(rowNames()).toEqual(['Lê Hoa', 'Trần Thị Lan'])
    expect(screen.queryByRole('heading', { name: 'New VoIPbin agent' })).toBeNull()
  })

  it('opens an agent’s address editor and direct SIP panel', async () => {
    const { user } = renderWithServices(<VoipbinAgentsView accountId={ids.voipbin} accountLabel="Demo VoIPbin" />, {
      answers: voipbin([lan]),
    })
    await screen.findByRole('table', { name: 'VoIPbin agents' })
    await user.click(screen.getByRole('button', { name: 'Edit addresses of Trần Thị Lan (lan.tran)' }))
    expect(screen.getByRole('heading', { name: 'Addresses of Trần Thị Lan (lan.tran)' })).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Make SIP address of Trần Thị Lan (lan.tran)' }))
    expect(screen.getByRole('heading', { name: 'Direct SIP address of Trần Thị Lan (lan.tran)' })).toBeDefined()
    expect(screen.queryByRole('heading', { name: 'Addresses of Trần Thị Lan (lan.tran)' })).toBeNull()
  })
})
