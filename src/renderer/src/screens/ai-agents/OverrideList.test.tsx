import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { AgentHubAbilities, AgentHubDenials } from '../../../../shared/domain/agenthub-views'
import type { FakeAnswers } from '../../test-support/fake-client'
import { ids, override } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { OverrideList } from './OverrideList'

const everything: AgentHubAbilities = { view: true, create: true, update: true, delete: true, viewExecutions: true }
const booking = override()
const refunds = override({ id: 'ovr-2', agentName: 'refundHelper', enabled: false, provider: null, model: null })
const retired = override({ id: 'ovr-3', agentName: 'oldBot', isActive: false })

function renderList({
  answers = {},
  abilities = everything,
  denials = {},
}: { answers?: FakeAnswers; abilities?: AgentHubAbilities; denials?: AgentHubDenials } = {}) {
  const handlers = { onOpen: vi.fn(), onCreate: vi.fn(), onExecutions: vi.fn() }
  const rendered = renderWithServices(
    <OverrideList
      accountId={ids.agenthub}
      accountLabel="Demo AgentHub"
      abilities={abilities}
      denials={denials}
      {...handlers}
    />,
    {
      answers: {
        'agenthub.listOverrides': { items: [booking, refunds, retired], paging: null },
        'agenthub.deleteOverride': ({ id }) => override({ id, isActive: false }),
        ...answers,
      },
    },
  )
  return { ...rendered, ...handlers }
}

const rowOf = (name: string) => within(screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement)

describe('the AgentHub overrides', () => {
  it('lists each override with its model, tools and state; a deleted one stays, marked', async () => {
    const { client } = renderList()
    await screen.findByRole('table', { name: 'AI agent overrides' })
    expect(rowOf('bookingAgent').getByText('openai · gpt-4o')).toBeDefined()
    expect(rowOf('bookingAgent').getByText('On')).toBeDefined()
    expect(rowOf('refundHelper').getByText('default')).toBeDefined()
    expect(rowOf('refundHelper').getByText('Off')).toBeDefined()
    expect(rowOf('oldBot').getByText('Deleted')).toBeDefined()
    expect(rowOf('oldBot').getByRole<HTMLButtonElement>('button', { name: 'oldBot' }).disabled).toBe(true)
    expect(rowOf('oldBot').queryByRole('button', { name: 'Delete' })).toBeNull()
    expect(client.requestsTo('agenthub.listOverrides')).toEqual([
      { accountId: ids.agenthub, pageNumber: 1, pageRowCount: 10 },
    ])
  })

  it('opens an override, a new one, and an override’s executions', async () => {
    const { user, onOpen, onCreate, onExecutions } = renderList()
    await screen.findByRole('table', { name: 'AI agent overrides' })
    await user.click(screen.getByRole('button', { name: 'bookingAgent' }))
    expect(onOpen).toHaveBeenCalledWith(booking)
    await user.click(screen.getByRole('button', { name: 'New override' }))
    expect(onCreate).toHaveBeenCalledOnce()
    await user.click(rowOf('refundHelper').getByRole('button', { name: 'Executions' }))
    expect(onExecutions).toHaveBeenCalledWith('refundHelper')
  })

  it('switches an override off with only that field, against the version listed', async () => {
    const { user, client } = renderList({
      answers: {
        'agenthub.updateOverride': { outcome: 'saved', override: { ...booking, enabled: false, recordVersion: 4 } },
      },
    })
    await screen.findByRole('table', { name: 'AI agent overrides' })
    await user.click(rowOf('bookingAgent').getByRole('button', { name: 'Disable' }))
    expect(client.requestsTo('agenthub.updateOverride')).toEqual([
      { accountId: ids.agenthub, id: 'ovr-1', baseVersion: 3, patch: { enabled: false }, overwrite: false },
    ])
  })

  it('says so when the override changed elsewhere meanwhile, and reads the list again', async () => {
    const { user, client } = renderList({
      answers: { 'agenthub.updateOverride': { outcome: 'conflict', current: { ...booking, recordVersion: 4 } } },
    })
    await screen.findByRole('table', { name: 'AI agent overrides' })
    await user.click(rowOf('bookingAgent').getByRole('button', { name: 'Disable' }))
    expect((await screen.findByRole('status')).textContent).toBe(
      'bookingAgent was changed elsewhere just now; the list shows it as it is. Try again.',
    )
    expect(client.requestsTo('agenthub.listOverrides').length).toBeGreaterThan(1)
  })

  it('deletes only after a second click that names the override', async () => {
    const { user, client } = renderList()
    await screen.findByRole('table', { name: 'AI agent overrides' })
    await user.click(rowOf('bookingAgent').getByRole('button', { name: 'Delete' }))
    expect(client.requestsTo('agenthub.deleteOverride')).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Keep' }))
    await user.click(rowOf('bookingAgent').getByRole('button', { name: 'Delete' }))
    await user.click(screen.getByRole('button', { name: 'Delete bookingAgent' }))
    expect(client.requestsTo('agenthub.deleteOverride')).toEqual([{ accountId: ids.agenthub, id: 'ovr-1' }])
  })

  it('turns off what AgentHub refuses, and says AgentHub’s reason', async () => {
    renderList({
      abilities: { ...everything, create: false, delete: false },
      denials: {
        create: { kind: 'refused', api: 'createAgentOverride', status: 403, message: 'Forbidden for role viewer' },
        delete: { kind: 'permission', permissionName: 'deleteAgentOverride' },
      },
    })
    await screen.findByRole('table', { name: 'AI agent overrides' })
    const create = screen.getByRole<HTMLButtonElement>('button', { name: 'New override' })
    expect(create.disabled).toBe(true)
    expect(
      screen.getByText(
        'New overrides are off. AgentHub refused to create overrides for this user (HTTP 403): Forbidden for role viewer',
      ),
    ).toBeDefined()
    expect(rowOf('bookingAgent').getByRole<HTMLButtonElement>('button', { name: 'Delete' }).disabled).toBe(true)
    expect(
      screen.getByText('Delete is off. AgentHub lists deleteAgentOverride as not allowed for this user.'),
    ).toBeDefined()
  })

  it('pages through AgentHub’s pages', async () => {
    const { user, client } = renderList({
      answers: {
        'agenthub.listOverrides': ({ pageNumber }) => ({
          items: [override({ id: `ovr-p${pageNumber}`, agentName: `agent${pageNumber}` })],
          paging: { pageNumber, pageRowCount: 10, totalRowCount: 12, pageCount: 2 },
        }),
      },
    })
    const pages = within(await screen.findByRole('navigation', { name: 'Override pages' }))
    expect(pages.getByText('Page 1 of 2 · 12 in all')).toBeDefined()
    expect(pages.getByRole<HTMLButtonElement>('button', { name: 'Previous' }).disabled).toBe(true)
    await user.click(pages.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('button', { name: 'agent2' })).toBeDefined()
    expect(client.requestsTo('agenthub.listOverrides').map((request) => request.pageNumber)).toEqual([1, 2])
  })
})
