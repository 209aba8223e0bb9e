import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { AlohubAgentView } from '../../../../shared/domain/alohub-views'
import { providerRefusal } from '../../test-support/answers'
import type { FakeAnswers } from '../../test-support/fake-client'
import { alohubAgent, ids } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { AlohubAgentsView } from './AlohubAgentsView'

const dung = alohubAgent({ agentId: '082018', userName: 'dung.pham' })
const lan = alohubAgent({
  agentId: '082019',
  userName: 'Trần Thị Lan',
  active: false,
  callinQueueIds: [1000886],
  callinQueueLabel: '1000886-sales',
  systemStatus: 'BUSY',
})

/** AloHub with these agents, one page each of the given size; filters as AloHub applies them. */
function alohub(agents: AlohubAgentView[], pageSize = agents.length): FakeAnswers {
  return {
    'alohub.listAgents': ({ page, active, queueId }) => {
      const matching = agents.filter(
        (agent) =>
          (active === undefined || agent.active === active) &&
          (queueId === undefined || agent.callinQueueIds.includes(queueId)),
      )
      return {
        agents: matching.slice(page * pageSize, (page + 1) * pageSize),
        total: matching.length,
        page,
        size: 500,
      }
    },
    'alohub.recordingMarks': {},
    'alohub.latestBulk': null,
    'alohub.setRecording': ({ enabled }) => ({ enabled, at: new Date().toISOString() }),
  }
}

const rowOf = (agentId: string) => {
  const row = screen
    .getAllByRole('row')
    .find((candidate) => candidate.querySelector('th')?.textContent.startsWith(agentId))
  if (!row) throw new Error(`No row for ${agentId}`)
  return within(row)
}

describe('AloHub’s agents', () => {
  // happy-dom lays nothing out: the agents' scroll box gets the height a window gives it, so the
  // virtualised table draws its rows as it does on screen.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('agent-scroll') ? 600 : 0
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('lists every agent with presence, queues and recording as far as the app knows it', async () => {
    renderWithServices(<AlohubAgentsView accountId={ids.alohub} accountLabel="Demo AloHub" />, {
      answers: alohub([dung, lan]),
    })
    const table = await screen.findByRole('table', { name: 'AloHub agents' })
    expect(table.getAttribute('aria-rowcount')).toBe('3')
    expect(rowOf('082018').getByText('Available')).toBeDefined()
    expect(rowOf('082018').getByText('test')).toBeDefined()
    expect(rowOf('082019').getByText('Not available')).toBeDefined()
    expect(rowOf('082019').getByText('Inactive')).toBeDefined()
    // AloHub never reports recording: only what this app set is known.
    expect(rowOf('082018').getByText('Unknown')).toBeDefined()
  })

  it('reads every page AloHub has for the filter', async () => {
    const { client } = renderWithServices(<AlohubAgentsView accountId={ids.alohub} accountLabel="Demo AloHub" />, {
      answers: alohub([dung, lan, alohubAgent({ agentId: '082020', userName: 'hoa.le' })], 2),
    })
    await screen.findByRole('table', { name: 'AloHub agents' })
    expect(await screen.findByText('hoa.le', { exact: false })).toBeDefined()
    expect(client.requestsTo('alohub.listAgents').map((request) => request.page)).toEqual([0, 1])
  })

  it('asks AloHub for the agents of a status', async () => {
    const { user, client } = renderWithServices(
      <AlohubAgentsView accountId={ids.alohub} accountLabel="Demo AloHub" />,
      {
        answers: alohub([dung, lan]),
      },
    )
    await screen.findByRole('table', { name: 'AloHub agents' })
    await user.selectOptions(screen.getByLabelText('Status'), 'Inactive')
    expect(client.requestsTo('alohub.listAgents').at(-1)).toMatchObject({ active: false, page: 0 })
    await screen.findByText('Trần Thị Lan', { exact: false })
    expect(screen.queryByText('dung.pham', { exact: false })).toBeNull()
  })

  it('searches the loaded agents by extension or name, accents ignored', async () => {
    const { user } = renderWithServices(<AlohubAgentsView accountId={ids.alohub} accountLabel="Demo AloHub" />, {
      answers: alohub([dung, lan]),
    })
    await screen.findByRole('table', { name: 'AloHub agents' })
    await user.type(screen.getByLabelText('Search'), 'tran thi')
    expect(screen.getByRole('heading', { name: /Agents/ }).textContent).toContain('1 matching of 2 loaded')
    expect(screen.queryByText('dung.pham', { exact: false })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Select all matching (1)' }))
    expect(screen.getByRole('heading', { name: 'Change 1 selected agent' })).toBeDefined()
  })

  it('turns recording on for one agent and says so', async () => {
    const { user, client } = renderWithServices(
      <AlohubAgentsView accountId={ids.alohub} accountLabel="Demo AloHub" />,
      {
        answers: alohub([dung, lan]),
      },
    )
    await screen.findByRole('table', { name: 'AloHub agents' })
    await user.click(screen.getByRole('button', { name: 'Turn recording on for 082018 dung.pham' }))
    expect(client.requestsTo('alohub.setRecording')).toEqual([
      { accountId: ids.alohub, agentId: '082018', enabled: true },
    ])
    expect((await screen.findByRole('status')).textContent).toBe('Recording turned on for 082018.')
  })

  it('shows a failed action in the row it concerns', async () => {
    const { user } = renderWithServices(<AlohubAgentsView accountId={ids.alohub} accountLabel="Demo AloHub" />, {
      answers: {
        ...alohub([dung, lan]),
        'alohub.setRecording': () => {
          throw providerRefusal('alohub', 'forbidden', 'the key may not change recording')
        },
      },
    })
    await screen.findByRole('table', { name: 'AloHub agents' })
    await user.click(screen.getByRole('button', { name: 'Turn recording on for 082019 Trần Thị Lan' }))
    expect((await rowOf('082019').findByRole('alert')).textContent).toBe(
      'AloHub refused: the credentials lack permission for this (HTTP 403): the key may not change recording.',
    )
  })

  it('opens the queue editor of an agent, and a bulk change once agents are selected', async () => {
    const { user } = renderWithServices(<AlohubAgentsView accountId={ids.alohub} accountLabel="Demo AloHub" />, {
      answers: alohub([dung, lan]),
    })
    await screen.findByRole('table', { name: 'AloHub agents' })
    await user.click(screen.getByRole('button', { name: 'Edit queues of 082019 Trần Thị Lan' }))
    expect(screen.getByRole('heading', { name: 'Queues of 082019 Trần Thị Lan' })).toBeDefined()
    expect(screen.queryByRole('heading', { name: /selected agent/ })).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: 'Select 082018 dung.pham' }))
    expect(screen.getByRole('heading', { name: 'Change 1 selected agent' })).toBeDefined()
  })
})
