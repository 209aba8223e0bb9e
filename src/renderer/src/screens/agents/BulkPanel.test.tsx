import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { BulkJob } from '../../../../shared/domain/alohub-views'
import { bulkJob, ids } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { BulkPanel } from './BulkPanel'

const queues = [{ id: 1001226, name: 'test' }]

function renderPanel(job?: BulkJob, selected = ['082018', '082019']) {
  const onStarted = vi.fn()
  const rendered = renderWithServices(
    <BulkPanel
      accountId={ids.alohub}
      selected={selected}
      queues={queues}
      job={job}
      onStarted={onStarted}
      onClearSelection={() => undefined}
    />,
    {
      answers: {
        'alohub.startBulk': ({ agentIds, action }) => bulkJob({ agentIds: [...agentIds], action }),
        'alohub.cancelBulk': bulkJob({ state: 'cancelled' }),
        'alohub.resumeBulk': bulkJob({ state: 'running' }),
      },
    },
  )
  return { ...rendered, onStarted }
}

describe('a bulk change', () => {
  it('adds the selected agents to a queue without asking twice', async () => {
    const { user, client, onStarted } = renderPanel()
    expect(screen.getByRole('heading', { name: 'Change 2 selected agents' })).toBeDefined()
    await user.type(screen.getByLabelText('Queue'), '1001226')
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(client.requestsTo('alohub.startBulk')).toEqual([
      { accountId: ids.alohub, agentIds: ['082018', '082019'], action: { kind: 'addQueue', queueId: 1001226 } },
    ])
    expect(onStarted).toHaveBeenCalledOnce()
  })

  it('wants a queue id, as a whole number', async () => {
    const { user, client } = renderPanel()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(screen.getByText('Enter the queue id')).toBeDefined()
    await user.type(screen.getByLabelText('Queue'), '1.5')
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(screen.getByText('A queue id is a whole number above 0')).toBeDefined()
    expect(client.requestsTo('alohub.startBulk')).toEqual([])
  })

  it('asks before removing many agents from a queue, and says who is skipped', async () => {
    const { user, client } = renderPanel()
    await user.selectOptions(screen.getByLabelText('Change'), 'Remove from a callin queue')
    await user.type(screen.getByLabelText('Queue'), '1001226')
    await user.click(screen.getByRole('button', { name: 'Start' }))
    const question = screen.getByRole('alertdialog')
    expect(question.textContent).toContain('Remove from queue 1001226 for 2 agents?')
    expect(question.textContent).toContain('Agents for whom it is the only callin queue are skipped')
    expect(client.requestsTo('alohub.startBulk')).toEqual([])
    await user.click(within(question).getByRole('button', { name: 'Yes, remove from queue 1001226' }))
    expect(client.requestsTo('alohub.startBulk')[0]?.action).toEqual({ kind: 'removeQueue', queueId: 1001226 })
  })

  it('asks before turning recording off, and sends nothing on Cancel', async () => {
    const { user, client } = renderPanel()
    await user.selectOptions(screen.getByLabelText('Change'), 'Turn recording off')
    expect(screen.queryByLabelText('Queue')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    const question = screen.getByRole('alertdialog')
    expect(question.textContent).toContain('Their calls will no longer be recorded.')
    await user.click(within(question).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(client.requestsTo('alohub.startBulk')).toEqual([])
  })

  it('turns recording on at once', async () => {
    const { user, client } = renderPanel()
    await user.selectOptions(screen.getByLabelText('Change'), 'Turn recording on')
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(client.requestsTo('alohub.startBulk')[0]?.action).toEqual({ kind: 'recording', enabled: true })
  })
})

describe('a bulk change’s progress', () => {
  it('counts what is handled, and can be cancelled while it runs', async () => {
    const job = bulkJob({
      agentIds: ['a', 'b', 'c', 'd'],
      results: [
        { agentId: 'a', outcome: 'done' },
        { agentId: 'b', outcome: 'skipped', reason: 'onlyQueue' },
      ],
    })
    const { user, client } = renderPanel(job)
    const progress = within(screen.getByRole('region', { name: 'Bulk change progress' }))
    expect(progress.getByText(/2 of 4 agents/)).toBeDefined()
    expect(progress.getByRole('status').textContent).toBe('Working…')
    expect(progress.getByText('1 done · 0 nothing to change · 1 skipped · 0 failed')).toBeDefined()
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Start' }).disabled).toBe(true)
    const needLook = within(progress.getByRole('table', { name: 'Agents that need a look' }))
    expect(needLook.getByRole('row', { name: /b Skipped It is the only callin queue/ })).toBeDefined()
    await user.click(progress.getByRole('button', { name: 'Cancel' }))
    expect(client.requestsTo('alohub.cancelBulk')).toEqual([{ jobId: 'job-1' }])
  })

  it('says when it waits for AloHub’s rate limit', () => {
    renderPanel(bulkJob({ waitingUntil: '2026-03-10T09:05:00.000Z' }))
    expect(screen.getByRole('status').textContent).toMatch(/^Waiting for AloHub's rate limit until /)
  })

  it('says why it stopped by itself, how many are left, and resumes', async () => {
    const job = bulkJob({
      agentIds: ['a', 'b', 'c'],
      results: [
        {
          agentId: 'a',
          outcome: 'failed',
          problem: { code: 'problems:http.auth', params: { providerId: 'alohub', http: 'HTTP 401' } },
        },
      ],
      state: 'stopped',
      problem: { code: 'problems:account.noKey', params: { account: 'Sài Gòn sales' } },
    })
    const { user, client } = renderPanel(job, [])
    expect(screen.getByRole('status').textContent).toBe('Stopped; 2 agents left to do.')
    expect(screen.getByRole('alert').textContent).toContain('No key is set for Sài Gòn sales; add it on Accounts.')
    expect(screen.getByText('AloHub rejected the credentials (HTTP 401).')).toBeDefined()
    // Nothing selected: the progress stays, the form does not.
    expect(screen.queryByRole('form', { name: 'Bulk change' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Resume' }))
    expect(client.requestsTo('alohub.resumeBulk')).toEqual([{ jobId: 'job-1' }])
  })

  it('folds away the results that need nothing, until asked', async () => {
    const job = bulkJob({
      agentIds: ['a', 'b'],
      results: [
        { agentId: 'a', outcome: 'done' },
        { agentId: 'b', outcome: 'unchanged', reason: 'alreadyIn' },
      ],
      state: 'finished',
      finishedAt: '2026-03-10T09:01:00.000Z',
    })
    const { user } = renderPanel(job)
    expect(screen.getByRole('status').textContent).toBe('Finished.')
    expect(screen.queryByRole('table', { name: 'Other results' })).toBeNull()
    await user.click(screen.getByText('Other results (2)'))
    const rest = within(await screen.findByRole('table', { name: 'Other results' }))
    expect(rest.getByRole('row', { name: /b Nothing to change Already in the queue\./ })).toBeDefined()
  })
})
