import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { CallinQueueSave } from '../../../../shared/domain/alohub-queues'
import { inTurn } from '../../test-support/answers'
import { answerQuestion } from '../../test-support/confirm'
import { alohubAgent, ids } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { QueueEditor } from './QueueEditor'

const agent = alohubAgent({
  agentId: '082018',
  userName: 'dung.pham',
  callinQueueIds: [1001226, 1000886],
  callinQueueLabel: '1001226-test,1000886-sales',
  priority: '2',
})
const known = [
  { id: 1000886, name: 'sales' },
  { id: 1001226, name: 'test' },
  { id: 1002000, name: 'vip' },
]

/** The editor, with AloHub's answers to saves in turn. */
function renderEditor(...outcomes: CallinQueueSave[]) {
  const onSaved = vi.fn()
  const onClose = vi.fn()
  const rendered = renderWithServices(
    <QueueEditor accountId={ids.alohub} agent={agent} queues={known} onClose={onClose} onSaved={onSaved} />,
    { answers: { 'alohub.saveCallinQueues': inTurn(...outcomes), 'alohub.setCalloutQueue': { saved: true } } },
  )
  return { ...rendered, onSaved, onClose }
}

const chips = () =>
  within(screen.getByRole('list', { name: 'Callin queues after saving' }))
    .getAllByRole('listitem')
    .map((item) => item.firstChild?.textContent)
const changes = () => screen.getByRole('region', { name: 'What saving changes' }).textContent

describe('the AloHub queue editor', () => {
  it('shows the agent’s callin queues by name, with nothing to change yet', () => {
    renderEditor()
    expect(screen.getByRole('heading', { name: 'Queues of 082018 dung.pham' })).toBe(document.activeElement)
    expect(chips()).toEqual(['1000886 · sales', '1001226 · test'])
    expect(changes()).toBe('No queue changes yet.')
    expect(screen.getByLabelText<HTMLInputElement>('Priority').value).toBe('2')
  })

  it('adds a queue, shows what saving changes, and sends the list as opened and as wanted', async () => {
    const { user, client, onSaved } = renderEditor({
      outcome: 'saved',
      queues: [1000886, 1001226, 1002000],
      added: [1002000],
      removed: [],
    })
    await user.type(screen.getByLabelText('Add queue'), '1002000')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    expect(chips()).toEqual(['1000886 · sales', '1001226 · test', '1002000 · vip'])
    expect(changes()).toBe('Add 1002000 · vip')
    await user.click(screen.getByRole('button', { name: 'Save callin queues' }))
    expect(client.requestsTo('alohub.saveCallinQueues')).toEqual([
      {
        accountId: ids.alohub,
        agentId: '082018',
        base: [1000886, 1001226],
        desired: [1000886, 1001226, 1002000],
        priority: 2,
        confirmRemoval: false,
        overwrite: false,
      },
    ])
    expect(onSaved).toHaveBeenCalledWith('Queues of 082018 saved: added 1002000 · vip.')
  })

  it('says what is wrong with a queue id typed, and adds nothing', async () => {
    const { user } = renderEditor()
    const field = screen.getByLabelText('Add queue')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    expect(screen.getByText('Enter a queue id')).toBeDefined()
    await user.type(field, '12a{Enter}')
    expect(screen.getByText('A queue id is digits only')).toBeDefined()
    expect(field.getAttribute('aria-invalid')).toBe('true')
    await user.clear(field)
    await user.type(field, '1001226{Enter}')
    expect(screen.getByText('Already in queue 1001226 · test')).toBeDefined()
    expect(chips()).toEqual(['1000886 · sales', '1001226 · test'])
  })

  it('keeps at least one queue: AloHub requires it', async () => {
    const { user } = renderEditor()
    await user.click(screen.getByRole('button', { name: 'Remove queue 1000886 · sales' }))
    await user.click(screen.getByRole('button', { name: 'Remove queue 1001226 · test' }))
    expect(screen.getByText('AloHub keeps every agent in at least one callin queue.')).toBeDefined()
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save callin queues' }).disabled).toBe(true)
  })

  it('refuses a priority that is not a whole number', async () => {
    const { user } = renderEditor()
    const priority = screen.getByLabelText('Priority')
    await user.clear(priority)
    await user.type(priority, 'high')
    expect(screen.getByText('Priority is a whole number from 0')).toBeDefined()
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save callin queues' }).disabled).toBe(true)
  })

  it('asks before removing, and removes only on a clear yes', async () => {
    const { user, client, onSaved } = renderEditor(
      { outcome: 'confirm_removal', added: [], removed: [1000886] },
      { outcome: 'saved', queues: [1001226], added: [], removed: [1000886] },
    )
    await user.click(screen.getByRole('button', { name: 'Remove queue 1000886 · sales' }))
    expect(changes()).toBe('Remove 1000886 · sales')
    const asked = await answerQuestion(user, 'Save callin queues', 'Remove and save')
    expect(asked).toContain('Remove this queue from 082018?')
    expect(asked).toContain('1000886 · sales. Calls to it will no longer reach this agent.')
    expect(client.requestsTo('alohub.saveCallinQueues').map((request) => request.confirmRemoval)).toEqual([false, true])
    expect(onSaved).toHaveBeenCalledWith('Queues of 082018 saved: removed 1000886 · sales.')
  })

  it('goes back to editing, sending nothing, when the user keeps the queues', async () => {
    const { user, client } = renderEditor({ outcome: 'confirm_removal', added: [], removed: [1000886] })
    await user.click(screen.getByRole('button', { name: 'Remove queue 1000886 · sales' }))
    await user.click(screen.getByRole('button', { name: 'Save callin queues' }))
    await user.click(screen.getByRole('button', { name: 'Keep them' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(client.requestsTo('alohub.saveCallinQueues')).toHaveLength(1)
  })
})

describe('a queue list changed elsewhere', () => {
  const changedElsewhere: CallinQueueSave = { outcome: 'changed_elsewhere', current: [1001226, 1002000] }

  it('is shown beside the user’s, and nothing is overwritten silently', async () => {
    const { user, onSaved } = renderEditor(changedElsewhere)
    await user.type(screen.getByLabelText('Add queue'), '1003000{Enter}')
    await user.click(screen.getByRole('button', { name: 'Save callin queues' }))
    const conflict = screen.getByRole('alert')
    expect(conflict.textContent).toContain('Someone changed these queues since you opened them.')
    const terms = within(conflict)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent])
    expect(terms).toEqual([
      ['Now in AloHub', '1001226 · test, 1002000 · vip'],
      ['Yours', '1000886 · sales, 1001226 · test, 1003000'],
    ])
    expect(onSaved).not.toHaveBeenCalled()
    expect(screen.queryByRole('button', { name: 'Save callin queues' })).toBeNull()
  })

  it('can be taken as it is: the user’s edits are dropped and the next save starts from it', async () => {
    const { user, client } = renderEditor(changedElsewhere, {
      outcome: 'saved',
      queues: [1000886, 1001226, 1002000],
      added: [1000886],
      removed: [],
    })
    await user.type(screen.getByLabelText('Add queue'), '1003000{Enter}')
    await user.click(screen.getByRole('button', { name: 'Save callin queues' }))
    await user.click(screen.getByRole('button', { name: 'Use theirs and discard mine' }))
    expect(chips()).toEqual(['1001226 · test', '1002000 · vip'])
    expect(changes()).toBe('No queue changes yet.')
    await user.type(screen.getByLabelText('Add queue'), '1000886{Enter}')
    await user.click(screen.getByRole('button', { name: 'Save callin queues' }))
    expect(client.requestsTo('alohub.saveCallinQueues')[1]).toMatchObject({
      base: [1001226, 1002000],
      desired: [1000886, 1001226, 1002000],
      overwrite: false,
    })
  })

  it('can be overwritten with the user’s list, on purpose', async () => {
    const { user, client, onSaved } = renderEditor(changedElsewhere, {
      outcome: 'saved',
      queues: [1000886, 1001226],
      added: [1000886],
      removed: [1002000],
    })
    await user.click(screen.getByRole('button', { name: 'Save callin queues' }))
    await user.click(screen.getByRole('button', { name: 'Save mine over theirs' }))
    expect(client.requestsTo('alohub.saveCallinQueues')[1]).toMatchObject({
      base: [1000886, 1001226],
      desired: [1000886, 1001226],
      overwrite: true,
    })
    expect(onSaved).toHaveBeenCalledWith('Queues of 082018 saved: added 1000886 · sales; removed 1002000 · vip.')
  })
})

describe('the callout queue', () => {
  it('is set on its own, and checked first', async () => {
    const { user, client, onSaved } = renderEditor()
    const callout = screen.getByRole('textbox', { name: 'Callout queue' })
    await user.type(callout, 'x{Enter}')
    expect(screen.getByText('A queue id is digits only')).toBeDefined()
    await user.clear(callout)
    await user.type(callout, '1002000')
    await user.click(screen.getByRole('button', { name: 'Set callout queue' }))
    expect(client.requestsTo('alohub.setCalloutQueue')).toEqual([
      { accountId: ids.alohub, agentId: '082018', queueId: 1002000 },
    ])
    expect(onSaved).toHaveBeenCalledWith('Callout queue of 082018 set to 1002000.')
  })
})
