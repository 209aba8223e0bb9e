import { screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'

import type { AgentHubDenials, ExecutionFilterInput } from '../../../../shared/domain/agenthub-views'
import type { FakeAnswers } from '../../test-support/fake-client'
import { execution, ids } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'
import { cellTexts } from '../../test-support/table'

import { ExecutionList } from './ExecutionList'

const ok = execution()
const failed = execution({
  id: 'exec-2',
  agentName: 'refundHelper',
  status: 'error',
  error: 'Tool refundOrder timed out',
  tokenUsage: null,
  durationMs: null,
  source: null,
})

const answers: FakeAnswers = {
  'agenthub.listExecutions': ({ filter }) => ({
    items: [ok, failed].filter(
      (run) =>
        (!filter.agentName || run.agentName === filter.agentName) && (!filter.status || run.status === filter.status),
    ),
    paging: null,
  }),
  'agenthub.getExecution': ({ id }) => (id === failed.id ? failed : ok),
}

/** The list as the screen holds it: the filter lives above it. */
function Executions({
  initial = {},
  allowed = true,
  denials = {},
}: {
  initial?: ExecutionFilterInput
  allowed?: boolean
  denials?: AgentHubDenials
}) {
  const [filter, setFilter] = useState<ExecutionFilterInput>(initial)
  return (
    <ExecutionList
      accountId={ids.agenthub}
      accountLabel="Demo AgentHub"
      allowed={allowed}
      denials={denials}
      filter={filter}
      onFilter={setFilter}
    />
  )
}

const table = async () => within(await screen.findByRole('table', { name: 'AI agent executions' }))

describe('the AI agents’ executions', () => {
  it('lists the runs with their status in words, tokens and duration', async () => {
    const { client } = renderWithServices(<Executions />, { answers })
    const runs = await table()
    const [, first, second] = runs.getAllByRole('row')
    // The first cell, when the run started, is written in the machine's own time zone.
    expect(cellTexts(first).slice(1)).toEqual(['bookingAgent', 'Succeeded', 'web', '150', '1.5 s'])
    expect(cellTexts(second).slice(1)).toEqual(['refundHelper', 'Error', '—', '—', '—'])
    expect(client.requestsTo('agenthub.listExecutions')).toEqual([
      { accountId: ids.agenthub, filter: {}, pageNumber: 1, pageRowCount: 15 },
    ])
  })

  it('filters by what is typed, leaving empty fields out', async () => {
    const { user, client } = renderWithServices(<Executions />, { answers })
    await table()
    await user.type(screen.getByLabelText('AI agent'), 'refundHelper')
    await user.type(screen.getByLabelText('Source'), '   ')
    await user.click(screen.getByRole('button', { name: 'Filter' }))
    expect(client.requestsTo('agenthub.listExecutions').at(-1)?.filter).toEqual({ agentName: 'refundHelper' })
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'bookingAgent' })).toBeNull())
    expect(screen.getByRole('cell', { name: 'refundHelper' })).toBeDefined()
  })

  it('filters by status as soon as one is chosen, and clears', async () => {
    const { user, client } = renderWithServices(<Executions />, { answers })
    await table()
    await user.selectOptions(screen.getByLabelText('Status'), 'Error')
    expect(client.requestsTo('agenthub.listExecutions').at(-1)?.filter).toEqual({ status: 'error' })
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(client.requestsTo('agenthub.listExecutions').at(-1)?.filter).toEqual({})
  })

  it('starts from an override’s name when opened from it', async () => {
    const { client } = renderWithServices(<Executions initial={{ agentName: 'bookingAgent' }} />, { answers })
    await table()
    expect(screen.getByLabelText<HTMLInputElement>('AI agent').value).toBe('bookingAgent')
    expect(client.requestsTo('agenthub.listExecutions')[0]?.filter).toEqual({ agentName: 'bookingAgent' })
  })

  it('opens one run in full: what failed, what it cost, what went in and out', async () => {
    const { user, client } = renderWithServices(<Executions />, { answers })
    const runs = await table()
    const [, , second] = runs.getAllByRole('row')
    await user.click(within(second as HTMLElement).getByRole('button'))
    const detail = within(screen.getByRole('region', { name: 'Execution detail' }))
    expect(await detail.findByRole('heading', { name: /^refundHelper · error$/i })).toBeDefined()
    expect(detail.getByRole('note').textContent).toBe('Tool refundOrder timed out')
    expect(client.requestsTo('agenthub.getExecution')).toEqual([{ accountId: ids.agenthub, id: 'exec-2' }])
    await user.click(detail.getByRole('button', { name: 'Close the execution' }))
    expect(screen.queryByRole('region', { name: 'Execution detail' })).toBeNull()
  })

  it('shows the token breakdown and the input of a run', async () => {
    const { user } = renderWithServices(<Executions />, { answers })
    const runs = await table()
    const [, first] = runs.getAllByRole('row')
    await user.click(within(first as HTMLElement).getByRole('button'))
    const detail = within(screen.getByRole('region', { name: 'Execution detail' }))
    expect(await detail.findByText('150 (prompt 100, completion 50)')).toBeDefined()
    expect(detail.getByText(/"question": "Where is my booking\?"/)).toBeDefined()
  })

  it('asks nothing of AgentHub when it refuses executions to this user, and says why', () => {
    const { client } = renderWithServices(
      <Executions
        allowed={false}
        denials={{ viewExecutions: { kind: 'refused', api: 'listExecutions', status: 403, message: '' } }}
      />,
      { answers },
    )
    expect(
      screen.getByText('Executions are not shown. AgentHub refused to list executions for this user (HTTP 403).'),
    ).toBeDefined()
    expect(client.calls).toEqual([])
  })
})
