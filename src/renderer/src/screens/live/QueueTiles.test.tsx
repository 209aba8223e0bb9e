import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ids, queueFigures } from '../../test-support/fixtures'
import { renderWithServices } from '../../test-support/render'

import { QueueTiles } from './QueueTiles'

const labels = new Map([
  [ids.alohub, 'Sài Gòn sales'],
  [ids.tel4vn, 'Hà Nội support'],
  [ids.voipbin, 'Đà Nẵng team'],
])
const tile = (name: string) => screen.getByRole('listitem', { name })

describe('queue and team tiles on the Live board', () => {
  it('shows nothing while there is no group', () => {
    const { container } = renderWithServices(<QueueTiles figures={[]} accountLabels={labels} />)
    expect(container.textContent).toBe('')
  })

  it('shows a queue’s figures, the longest ringing marked as an estimate, and where they come from', () => {
    renderWithServices(
      <QueueTiles
        figures={[queueFigures({ ringing: 3, onCalls: 12, longestRingingSeconds: 42, agentsLoggedIn: 15 })]}
        accountLabels={labels}
      />,
    )
    const queue = within(tile('1001226-test'))
    expect(queue.getByText('AloHub queue · Sài Gòn sales')).toBeDefined()
    expect(queue.getByText('Ringing now').nextSibling?.textContent).toBe('3')
    expect(queue.getByText('On calls').nextSibling?.textContent).toBe('12')
    expect(queue.getByText('Logged in').nextSibling?.textContent).toBe('15')
    expect(queue.getByText('Available').nextSibling?.textContent).toBe('1')
    const longest = queue.getByText(/Longest ringing/)
    expect(longest.textContent).toBe('Longest ringing* (estimate)')
    expect(longest.nextSibling?.textContent).toBe('~42 s')
    expect(queue.getByText('Normal')).toBeDefined()
    expect(screen.getByText(/Longest ringing is an estimate/)).toBeDefined()
  })

  it('keeps ringing now and longest ringing as the headline, the rest on one small line', () => {
    renderWithServices(
      <QueueTiles
        figures={[queueFigures({ ringing: 3, onCalls: 12, longestRingingSeconds: 42, agentsLoggedIn: 15 })]}
        accountLabels={labels}
      />,
    )
    const queue = tile('1001226-test')
    const [headline, minor] = [...queue.querySelectorAll('dl')]
    expect([...(headline?.querySelectorAll('dt') ?? [])].map((term) => term.textContent)).toEqual([
      'Ringing now',
      'Longest ringing* (estimate)',
    ])
    expect(headline?.className).toBe('queue-tile-headline')
    expect(minor?.className).toBe('queue-tile-minor')
    expect(minor?.textContent).toBe('On calls12Logged in15Available1')
  })

  it('says warn and alert in words, not only in colour', () => {
    renderWithServices(
      <QueueTiles
        figures={[
          queueFigures({ key: 'queue:1', label: 'Billing', level: 'warn' }),
          queueFigures({ key: 'queue:2', label: 'Sales', level: 'alert' }),
        ]}
        accountLabels={labels}
      />,
    )
    expect(within(tile('Billing')).getByText('Warning')).toBeDefined()
    expect(tile('Billing').className).toContain('warn')
    expect(within(tile('Sales')).getByText('Alert')).toBeDefined()
    expect(tile('Sales').className).toContain('alert')
  })

  it('shows a dash, said as "no data" to a screen reader, where the provider does not tell, never zero', () => {
    renderWithServices(
      <QueueTiles
        figures={[
          queueFigures({
            key: 'domain:t:hn.tel4vn.com',
            kind: 'domain',
            label: 'hn.tel4vn.com',
            accountIds: [ids.tel4vn],
            agentsLoggedIn: null,
            agentsAvailable: null,
          }),
        ]}
        accountLabels={labels}
      />,
    )
    const domain = within(tile('hn.tel4vn.com'))
    expect(domain.getByText('Tel4vn domain · Hà Nội support')).toBeDefined()
    const noData = (label: string | RegExp) => {
      const value = domain.getByText(label).nextElementSibling as HTMLElement
      expect(within(value).getByText('–').getAttribute('aria-hidden')).toBe('true')
      expect(within(value).getByText('no data').className).toBe('visually-hidden')
      return value.textContent
    }
    expect(noData('Logged in')).toBe('–no data')
    expect(noData('Available')).toBe('–no data')
    expect(noData(/Longest ringing/)).toBe('–no data')
    // Only the dash is seen: no long word in the tile's own text.
    expect(domain.queryByText('not reported')).toBeNull()
  })

  it('lists VoIPbin’s agents by status in words, and on calls as not reported', () => {
    renderWithServices(
      <QueueTiles
        figures={[
          queueFigures({
            key: `account:${ids.voipbin}`,
            kind: 'account',
            label: 'Đà Nẵng team',
            accountIds: [ids.voipbin],
            ringing: 1,
            onCallsReported: false,
            agentsLoggedIn: null,
            agentsAvailable: 3,
            agentsByStatus: { available: 3, busy: 2, '': 1, on_break: 1 },
          }),
        ]}
        accountLabels={labels}
      />,
    )
    const account = within(tile('Đà Nẵng team'))
    expect(account.getByText('On calls').nextSibling?.textContent).toBe('–no data')
    const statuses = within(account.getByRole('list', { name: 'Agents by status' }))
    expect(statuses.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'available 3',
      'busy 2',
      'no status 1',
      'on_break 1',
    ])
  })
})
