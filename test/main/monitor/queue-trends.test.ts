import { describe, expect, it } from 'vitest'

import { createQueueTrendRecorder, storedTrendsSchema, type TrendFigures } from '../../../src/main/monitor/queue-trends'
import { MAX_TREND_GROUPS, queueTrendSchema } from '../../../src/shared/domain/queue-trends'

const start = Date.parse('2026-11-24T09:00:00Z')
const at = (minutes: number, seconds = 0) => new Date(start + minutes * 60_000 + seconds * 1000)
const queue = (id: number, ringing: number, onCalls: number): TrendFigures => ({
  key: `queue:${id}`,
  kind: 'queue',
  label: `Sales ${id}`,
  ringing,
  onCalls,
})

describe('the queue trend recorder', () => {
  it('keeps one sample a minute: the most ringing and on calls seen in its polls', () => {
    const trends = createQueueTrendRecorder()
    trends.record([queue(12, 1, 3)], at(0, 5))
    trends.record([queue(12, 4, 2)], at(0, 25))
    trends.record([queue(12, 2, 5)], at(0, 45))
    trends.record([queue(12, 0, 1)], at(1, 5))
    const [trend] = trends.trends(at(1, 30))
    expect(queueTrendSchema.parse(trend)).toEqual(trend)
    expect(trend?.ringing.slice(-2)).toEqual([4, 0])
    expect(trend?.onCalls.slice(-2)).toEqual([5, 1])
    // Minutes nobody polled are gaps, not zeros.
    expect(trend?.ringing.slice(0, 58)).toEqual(Array(58).fill(null))
  })

  it('counts missed calls per minute in each group they belonged to, once per group', () => {
    const trends = createQueueTrendRecorder()
    trends.record([queue(12, 0, 0), queue(13, 0, 0)], at(0))
    trends.missed(['queue:12', 'queue:13', 'queue:12'], at(0, 10))
    trends.missed(['queue:12'], at(0, 50))
    trends.missed(['queue:12'], at(2))
    const [twelve, thirteen] = trends.trends(at(2))
    expect(twelve?.missed.slice(-3)).toEqual([2, 0, 1])
    expect(thirteen?.missed.slice(-3)).toEqual([1, 0, 0])
  })

  it('shows a group only once figures name it, with missed calls that came before', () => {
    const trends = createQueueTrendRecorder()
    trends.missed(['domain:a:pbx.example'], at(0))
    expect(trends.trends(at(0))).toEqual([])
    trends.record(
      [{ key: 'domain:a:pbx.example', kind: 'domain', label: 'pbx.example', ringing: 1, onCalls: 0 }],
      at(1),
    )
    expect(trends.trends(at(1))[0]).toMatchObject({ kind: 'domain', label: 'pbx.example' })
    expect(trends.trends(at(1))[0]?.missed.slice(-2)).toEqual([1, 0])
  })

  it('reaches back 60 minutes: older samples fall out, a group silent for an hour is dropped', () => {
    const trends = createQueueTrendRecorder()
    trends.record([queue(1, 9, 9), queue(2, 1, 1)], at(0))
    for (let minute = 1; minute < 60; minute += 1) trends.record([queue(2, 1, 1)], at(minute))
    const [first] = trends.trends(at(59))
    expect(first?.ringing[0]).toBe(9)
    trends.record([queue(2, 3, 3)], at(60))
    // Minute 0 is now 60 minutes ago: out of the hour, and queue 1 with it.
    expect(trends.trends(at(60)).map((trend) => trend.key)).toEqual(['queue:2'])
    expect(trends.size).toBe(1)
    expect(trends.trends(at(60))[0]?.ringing.at(-1)).toBe(3)
    // A slot reused an hour later starts empty rather than adding to what it held.
    expect(trends.trends(at(60))[0]?.ringing.at(-2)).toBe(1)
  })

  it('orders queues, then domains, then accounts, by name with numbers in order', () => {
    const trends = createQueueTrendRecorder()
    trends.record(
      [
        { key: 'account:v', kind: 'account', label: 'VoIPbin', ringing: 0, onCalls: 0 },
        { key: 'queue:10', kind: 'queue', label: 'Queue 10', ringing: 0, onCalls: 0 },
        { key: 'domain:t:x', kind: 'domain', label: 'x.example', ringing: 0, onCalls: 0 },
        { key: 'queue:9', kind: 'queue', label: 'Queue 9', ringing: 0, onCalls: 0 },
      ],
      at(0),
    )
    expect(trends.trends(at(0)).map((trend) => trend.label)).toEqual(['Queue 9', 'Queue 10', 'x.example', 'VoIPbin'])
  })

  it('follows at most MAX_TREND_GROUPS groups, however many keys arrive', () => {
    const trends = createQueueTrendRecorder()
    trends.record(
      Array.from({ length: MAX_TREND_GROUPS + 50 }, (_, id) => queue(id, 0, 0)),
      at(0),
    )
    trends.missed(['queue:999999'], at(0))
    expect(trends.size).toBe(MAX_TREND_GROUPS)
  })

  it('saves the last hour and restores it, dropping samples older than 60 minutes', () => {
    const trends = createQueueTrendRecorder()
    trends.record([queue(12, 2, 4)], at(0))
    trends.record([queue(12, 3, 1)], at(30))
    trends.missed(['queue:12'], at(30))
    const saved = storedTrendsSchema.parse(JSON.parse(JSON.stringify(trends.save(at(30)))))
    expect(saved.groups[0]?.samples).toEqual([
      [Math.floor(at(0).getTime() / 60_000), 2, 4, 0],
      [Math.floor(at(30).getTime() / 60_000), 3, 1, 1],
    ])

    const later = createQueueTrendRecorder()
    later.restore(saved, at(45))
    expect(later.trends(at(45))[0]?.ringing.filter((value) => value !== null)).toEqual([2, 3])
    const afterAnHour = createQueueTrendRecorder()
    afterAnHour.restore(saved, at(60))
    expect(afterAnHour.trends(at(60))[0]?.ringing.filter((value) => value !== null)).toEqual([3])
    const muchLater = createQueueTrendRecorder()
    muchLater.restore(saved, at(95))
    expect(muchLater.size).toBe(0)
  })

  it('keeps a count past what the typed arrays hold at their ceiling', () => {
    const trends = createQueueTrendRecorder()
    trends.record([queue(1, 100_000, 40_000)], at(0))
    expect(trends.trends(at(0))[0]?.ringing.at(-1)).toBe(0x7fff)
    expect(storedTrendsSchema.safeParse(trends.save(at(0))).success).toBe(true)
  })
})
