import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { LiveFilter } from '../../../../shared/domain/live-filter'
import { ipcFailure, type FakeAnswers } from '../../test-support/fake-client'
import { liveState } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { LiveFilterBar } from './LiveFilterBar'

const open: LiveFilter = { direction: 'any', agents: [], queues: [] }
const queues = [
  { id: 1001226, label: 'test' },
  { id: 1000886, label: null },
]

/** The services keep the filter and answer with the board under it. */
const answers: FakeAnswers = { 'live.setFilter': ({ filter }) => liveState({ filter }) }

describe('the supervisor’s call filter', () => {
  it('sends a new direction as soon as it is chosen', async () => {
    const { user, client } = renderWithServices(<LiveFilterBar filter={open} queues={queues} roles="supervisor" />, {
      answers,
    })
    await user.selectOptions(screen.getByLabelText('Direction'), 'Inbound only')
    expect(client.requestsTo('live.setFilter')).toEqual([{ filter: { direction: 'inbound', agents: [], queues: [] } }])
  })

  it('sends the agents typed, one per comma, when the field is left', async () => {
    const { user, client } = renderWithServices(<LiveFilterBar filter={open} queues={queues} roles="supervisor" />, {
      answers,
    })
    await user.type(screen.getByLabelText('Agents'), ' 082018, Lan ,, 102')
    expect(client.requestsTo('live.setFilter')).toEqual([])
    await user.tab()
    expect(client.requestsTo('live.setFilter')).toEqual([
      { filter: { direction: 'any', agents: ['082018', 'Lan', '102'], queues: [] } },
    ])
  })

  it('sends nothing when the field is left unchanged', async () => {
    const filter = { ...open, agents: ['082018'] }
    const { user, client } = renderWithServices(<LiveFilterBar filter={filter} queues={queues} roles="supervisor" />, {
      answers,
    })
    await user.click(screen.getByLabelText('Agents'))
    await user.tab()
    expect(client.requestsTo('live.setFilter')).toEqual([])
  })

  it('refuses an agent name that is too long, says why beside the field, and sends nothing', async () => {
    const { user, client } = renderWithServices(<LiveFilterBar filter={open} queues={queues} roles="supervisor" />, {
      answers,
    })
    const agents = screen.getByLabelText('Agents')
    await user.type(agents, `Lan, ${'x'.repeat(65)}`)
    await user.tab()
    const problem = screen.getByRole('alert')
    expect(problem.textContent).toBe(
      'Each agent is an extension or a name of at most 64 characters, separated by commas.',
    )
    expect(agents.getAttribute('aria-invalid')).toBe('true')
    expect(agents.getAttribute('aria-describedby')).toBe(problem.id)
    expect(client.requestsTo('live.setFilter')).toEqual([])
  })

  it('offers the known queues as switches, named where AloHub names them, and sends the choice', async () => {
    const { user, client } = renderWithServices(<LiveFilterBar filter={open} queues={queues} roles="supervisor" />, {
      answers,
    })
    const named = screen.getByRole('button', { name: 'test', pressed: false })
    expect(screen.getByRole('button', { name: 'Queue 1000886', pressed: false })).toBeDefined()
    await user.click(named)
    expect(client.requestsTo('live.setFilter')).toEqual([
      { filter: { direction: 'any', agents: [], queues: [1001226] } },
    ])
    expect(screen.getByRole('button', { name: 'test', pressed: true })).toBeDefined()
  })

  it('says where queues come from when no monitored AloHub account gives any', () => {
    renderWithServices(<LiveFilterBar filter={open} queues={[]} roles="supervisor" />, { answers })
    expect(screen.getByText('Queues come from a monitored AloHub account; add one to filter by queue.')).toBeDefined()
  })

  it('clears a narrowed filter in one step', async () => {
    const narrowed: LiveFilter = { direction: 'outbound', agents: ['Lan'], queues: [1001226] }
    const { user, client } = renderWithServices(
      <LiveFilterBar filter={narrowed} queues={queues} roles="supervisor" />,
      { answers },
    )
    expect(screen.getByLabelText<HTMLSelectElement>('Direction').value).toBe('outbound')
    expect(screen.getByLabelText<HTMLInputElement>('Agents').value).toBe('Lan')
    await user.click(screen.getByRole('button', { name: 'Clear filter' }))
    expect(client.requestsTo('live.setFilter')).toEqual([{ filter: open }])
  })

  it('shows a filter changed elsewhere, without losing the board’s other updates', () => {
    const { rerender } = renderWithServices(<LiveFilterBar filter={open} queues={queues} roles="supervisor" />, {
      answers,
    })
    rerender(
      <LiveFilterBar
        filter={{ direction: 'inbound', agents: ['101'], queues: [] }}
        queues={queues}
        roles="supervisor"
      />,
    )
    expect(screen.getByLabelText<HTMLSelectElement>('Direction').value).toBe('inbound')
    expect(screen.getByLabelText<HTMLInputElement>('Agents').value).toBe('101')
  })

  it('keeps what the user is typing when the board updates with the same filter', async () => {
    const { user, rerender } = renderWithServices(<LiveFilterBar filter={open} queues={queues} roles="supervisor" />, {
      answers,
    })
    await user.type(screen.getByLabelText('Agents'), 'La')
    rerender(<LiveFilterBar filter={{ ...open }} queues={queues} roles="supervisor" />)
    expect(screen.getByLabelText<HTMLInputElement>('Agents').value).toBe('La')
  })

  it('shows the services’ refusal', async () => {
    const { user } = renderWithServices(<LiveFilterBar filter={open} queues={queues} roles="supervisor" />, {
      answers: {
        'live.setFilter': () => {
          throw ipcFailure({
            kind: 'internal',
            problem: { code: 'problems:unexpected', params: { detail: 'The settings file could not be written.' } },
          })
        },
      },
    })
    await user.selectOptions(screen.getByLabelText('Direction'), 'Outbound only')
    expect((await screen.findByRole('alert')).textContent).toContain('The settings file could not be written.')
  })
})
