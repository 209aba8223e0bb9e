import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { TREND_MINUTES, type QueueTrend, type QueueTrends as Trends } from '../../../../shared/domain/queue-trends'
import { renderWithServices } from '../../test-support/render'

import { QueueTrends, trendSummary } from './QueueTrends'

const quiet = (values: Partial<Record<number, number>>) =>
  Array.from({ length: TREND_MINUTES }, (_, index) => values[index] ?? null)
const trend = (overrides: Partial<QueueTrend>): QueueTrend => ({
  key: 'queue:12',
  kind: 'queue',
  label: 'Sales',
  ringing: quiet({ 10: 4, 50: 1 }),
  onCalls: quiet({ 10: 2, 58: 7 }),
  missed: Array.from({ length: TREND_MINUTES }, (_, index) => (index === 20 || index === 59 ? 1 : 0)),
  ...overrides,
})
const answer = (groups: QueueTrend[], kept = false): Trends => ({ until: '2026-11-24T09:00:00.000Z', kept, groups })

describe('the queue trends panel', () => {
  it('names each chart by its group and says the hour in words', async () => {
    renderWithServices(<QueueTrends />, {
      answers: {
        'live.getTrends': answer([
          trend({}),
          trend({
            key: 'account:v',
            kind: 'account',
            label: 'VoIPbin',
            ringing: quiet({}),
            onCalls: quiet({}),
            missed: Array(60).fill(0),
          }),
        ]),
      },
    })
    expect(
      await screen.findByRole('figure', {
        // Spaces between the caption's parts are as the accessibility tree joins them.
        name: /^Queue\s+Sales\s*:\s+ringing peak 4, on calls peak 7, 2 missed in the last hour$/,
      }),
    ).toBeDefined()
    expect(screen.getByRole('figure', { name: /^Account\s+VoIPbin\s*:\s+no figures in the last hour$/ })).toBeDefined()
  })

  it('says there is nothing yet before any figures, and keeps the trends when asked', async () => {
    const { client } = renderWithServices(<QueueTrends />, {
      answers: { 'live.getTrends': answer([]), 'live.keepTrends': ({ keep }) => answer([], keep) },
    })
    expect(await screen.findByText(/No queue figures yet/)).toBeDefined()
    const keep = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Keep across restarts' })
    expect(keep.checked).toBe(false)
    await userEvent.click(keep)
    expect(client.requestsTo('live.keepTrends')).toEqual([{ keep: true }])
    await waitFor(() => expect(keep.checked).toBe(true))
  })

  it('draws the first dozen groups and the rest on request', async () => {
    const many = Array.from({ length: 15 }, (_, index) => trend({ key: `queue:${index}`, label: `Queue ${index}` }))
    renderWithServices(<QueueTrends />, { answers: { 'live.getTrends': answer(many) } })
    await screen.findByRole('figure', { name: /^Queue\s+Queue 0\s*:/ })
    expect(screen.getAllByRole('figure')).toHaveLength(12)
    await userEvent.click(screen.getByRole('button', { name: 'Show all 15' }))
    expect(screen.getAllByRole('figure')).toHaveLength(15)
  })

  it('counts peaks over the minutes with figures only, and missed calls over all', () => {
    expect(trendSummary(trend({}))).toEqual({ ringingPeak: 4, onCallsPeak: 7, missed: 2 })
    expect(trendSummary(trend({ ringing: quiet({}), onCalls: quiet({}), missed: Array(60).fill(0) }))).toBeNull()
  })
})
