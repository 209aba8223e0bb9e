import { screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'

import type { ToolCatalogEntry } from '../../../../shared/domain/agenthub'
import { tool } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { ToolPicker } from './ToolPicker'

const catalog = [
  tool(),
  tool({
    id: 'tool-2',
    toolName: 'refundOrder',
    serviceName: 'payments',
    description: 'Refunds an order',
    parameters: {},
  }),
  tool({
    id: 'tool-3',
    toolName: 'cancelBooking',
    serviceName: 'bookings',
    description: null,
    parameters: { type: 'object', properties: { reason: {} } },
  }),
]

function Picker({
  initial = [],
  tools = catalog,
}: {
  initial?: string[]
  tools?: ReadonlyArray<ToolCatalogEntry> | 'loading'
}) {
  const [selected, setSelected] = useState(initial)
  return <ToolPicker catalog={tools === 'loading' ? undefined : tools} selected={selected} onChange={setSelected} />
}

describe('the tool picker', () => {
  it('groups the catalog by service, with each tool’s description and parameters', () => {
    renderWithServices(<Picker />)
    const bookings = within(screen.getByRole('group', { name: 'Service bookings' }))
    expect(
      bookings.getAllByRole('checkbox').map((box) => box.closest('li')?.querySelector('code')?.textContent),
    ).toEqual(['lookupBooking', 'cancelBooking'])
    expect(bookings.getByText('Finds a booking by its code')).toBeDefined()
    expect(bookings.getByText('Parameters: code: string')).toBeDefined()
    expect(bookings.getByText('No description')).toBeDefined()
    expect(bookings.getByText('Parameters: reason: any')).toBeDefined()
    expect(
      within(screen.getByRole('group', { name: 'Service payments' })).getByText('Parameters: no parameters'),
    ).toBeDefined()
  })

  it('counts and lists what is selected', async () => {
    const { user } = renderWithServices(<Picker />)
    expect(screen.getByText('(0 selected)')).toBeDefined()
    await user.click(screen.getByRole('checkbox', { name: 'refundOrder' }))
    await user.click(screen.getByRole('checkbox', { name: 'lookupBooking' }))
    expect(screen.getByText('(2 selected)')).toBeDefined()
    await user.click(screen.getByRole('checkbox', { name: 'refundOrder' }))
    expect(screen.getByText('(1 selected)')).toBeDefined()
  })

  it('searches names and descriptions, and says when nothing matches', async () => {
    const { user } = renderWithServices(<Picker />)
    await user.type(screen.getByRole('searchbox', { name: 'Search tools' }), 'refunds')
    expect(screen.getAllByRole('checkbox').map((box) => box.closest('li')?.querySelector('code')?.textContent)).toEqual(
      ['refundOrder'],
    )
    await user.type(screen.getByRole('searchbox', { name: 'Search tools' }), 'zzz')
    expect(screen.getByText('No tool matches “refundszzz”.')).toBeDefined()
  })

  it('keeps a selected tool the catalog dropped, flagged, until the user unticks it', async () => {
    const { user } = renderWithServices(<Picker initial={['lookupBooking', 'oldTool']} />)
    const missing = within(screen.getByRole('list', { name: 'Tools no longer in the catalog' }))
    await user.click(missing.getByRole('checkbox', { name: 'oldTool' }))
    expect(screen.queryByRole('list', { name: 'Tools no longer in the catalog' })).toBeNull()
    expect(screen.getByText('(1 selected)')).toBeDefined()
  })

  it('says the catalog is loading until it arrives', () => {
    renderWithServices(<Picker tools="loading" />)
    expect(screen.getByText('Loading the tool catalog…')).toBeDefined()
  })
})
