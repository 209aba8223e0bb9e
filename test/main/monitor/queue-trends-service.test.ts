import { describe, expect, it } from 'vitest'

import { createQueueTrendsService } from '../../../src/main/monitor/queue-trends-service'
import { openSettingsRepository } from '../../../src/main/settings/settings-repository'
import { manualClock } from '../../helpers/manual-clock'
import { recordingLogger } from '../../helpers/recording-logger'

const sales = { key: 'queue:12', kind: 'queue' as const, label: 'Sales', ringing: 2, onCalls: 1 }

function setUp(start?: number) {
  const clock = manualClock(start)
  const settingsBackend = { store: {} as Record<string, unknown> }
  const backend = { store: {} as Record<string, unknown> }
  const logger = recordingLogger()
  const open = () =>
    createQueueTrendsService({ clock, settings: openSettingsRepository(settingsBackend, logger), backend, logger })
  return { clock, backend, settingsBackend, open, logger }
}

describe('the queue trends service', () => {
  it('keeps the trends in memory only by default: a restart starts empty and nothing is written', () => {
    const { clock, backend, open } = setUp()
    const trends = open()
    trends.record([sales])
    clock.advance(60_000)
    trends.record([sales])
    trends.dispose()
    expect(backend.store).toEqual({})
    expect(open().view().groups).toEqual([])
    expect(open().view().kept).toBe(false)
  })

  it('when kept, writes once a minute and at quit, and a restart shows the last hour again', () => {
    const { clock, backend, open } = setUp()
    const trends = open()
    expect(trends.setKept(true).kept).toBe(true)
    trends.record([sales])
    const firstWrite = backend.store
    clock.advance(20_000)
    trends.record([{ ...sales, ringing: 5 }])
    // The same minute: not written again.
    expect(backend.store).toBe(firstWrite)
    clock.advance(50_000)
    trends.record([sales])
    expect(backend.store).not.toBe(firstWrite)
    trends.dispose()
    // Counts and names only.
    expect(Object.keys(backend.store)).toEqual(['version', 'groups'])

    clock.advance(10 * 60_000)
    const restarted = open()
    const [trend] = restarted.view().groups
    expect(trend?.ringing.filter((value) => value !== null)).toEqual([5, 2])
    expect(restarted.view().kept).toBe(true)
  })

  it('drops kept samples older than 60 minutes on load, and forgets the file when no longer kept', () => {
    const { clock, backend, open } = setUp()
    const trends = open()
    trends.setKept(true)
    trends.record([sales])
    clock.advance(30 * 60_000)
    trends.record([{ ...sales, ringing: 7 }])
    trends.dispose()

    clock.advance(45 * 60_000)
    const [trend] = open().view().groups
    expect(trend?.ringing.filter((value) => value !== null)).toEqual([7])

    open().setKept(false)
    expect(backend.store).toEqual({})
    expect(open().view().groups).toEqual([])
  })

  it('starts afresh, and says so, from a file it cannot read', () => {
    const { backend, open, logger, settingsBackend } = setUp()
    open().setKept(true)
    backend.store = { version: 1, groups: 'garbled' }
    expect(open().view().groups).toEqual([])
    expect(logger.lines).toContain('warn trends: kept samples unreadable, starting afresh')
    expect(settingsBackend.store.keepQueueTrends).toBe(true)
  })

  it('counts a missed call in each of its queues and in its domain, or its account without one', () => {
    const { open } = setUp()
    const trends = open()
    trends.record([
      sales,
      { key: 'queue:13', kind: 'queue', label: 'Support', ringing: 0, onCalls: 0 },
      { key: 'domain:t1:pbx.example', kind: 'domain', label: 'pbx.example', ringing: 0, onCalls: 0 },
      { key: 'account:v1', kind: 'account', label: 'VoIPbin', ringing: 0, onCalls: 0 },
      { key: 'domain:t1:', kind: 'domain', label: 'Tel4vn', ringing: 0, onCalls: 0 },
    ])
    trends.missed([
      { accountId: 't1', provider: 'tel4vn', queueIds: [12, 13], domainName: 'pbx.example' },
      { accountId: 'v1', provider: 'voipbin', queueIds: null, domainName: null },
      // A Tel4vn row without a domain: the figures count it under the account's empty domain.
      { accountId: 't1', provider: 'tel4vn', queueIds: null, domainName: null },
    ])
    const missed = Object.fromEntries(trends.view().groups.map((group) => [group.key, group.missed.at(-1)]))
    expect(missed).toEqual({
      'queue:12': 1,
      'queue:13': 1,
      'domain:t1:pbx.example': 1,
      'account:v1': 1,
      'domain:t1:': 1,
    })
  })
})
