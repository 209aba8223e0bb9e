import { describe, expect, it } from 'vitest'

import type { MissedCallReport } from '../../../src/main/monitor/missed-call-log'
import { MAX_MISSED_CALLS_PER_DAY } from '../../../src/main/monitor/missed-call-log'
import {
  createMissedCallLogService,
  MISSED_LOG_WRITE_DELAY_MS,
} from '../../../src/main/monitor/missed-call-log-service'
import { manualClock } from '../../helpers/manual-clock'
import { recordingLogger } from '../../helpers/recording-logger'

// 23:58 in Hà Nội (UTC+7): midnight comes two minutes in.
const BEFORE_MIDNIGHT = Date.parse('2026-11-24T16:58:00Z')
const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const call = (callId: string, overrides: Partial<MissedCallReport> = {}): MissedCallReport => ({
  callId,
  accountId: 'a',
  accountLabel: 'Tổng đài Hà Nội',
  provider: 'tel4vn',
  queueIds: [9001, 9002, 9001],
  domainName: 'pbx.example.vn',
  extension: '101',
  agentName: 'Trần Thị Lan',
  calledNumber: '+84912345678',
  concerned: true,
  ...overrides,
})

function setUp(options: { limit?: number; start?: number } = {}) {
  const clock = manualClock(options.start ?? BEFORE_MIDNIGHT)
  const backend = { store: {} as Record<string, unknown> }
  const logger = recordingLogger()
  const labels = new Map([[9001, 'Sales']])
  const open = () =>
    createMissedCallLogService({
      clock,
      backend,
      logger,
      timeZone: TIME_ZONE,
      queueLabel: (id) => labels.get(id) ?? null,
      ...(options.limit ? { limit: options.limit } : {}),
    })
  return { clock, backend, logger, open }
}

describe("the day's missed-call log", () => {
  it('keeps the calls the user is concerned with, once each, with their queues by id and label', () => {
    const { open } = setUp()
    const log = open()
    log.missed([call('c1'), call('c2', { concerned: false }), call('c1')])
    log.missed([call('c1')])
    const today = log.today()
    expect(today.day).toBe('2026-11-24')
    expect(today.entries).toEqual([
      {
        callId: 'c1',
        at: '2026-11-24T16:58:00.000Z',
        accountId: 'a',
        accountLabel: 'Tổng đài Hà Nội',
        extension: '101',
        agentName: 'Trần Thị Lan',
        calledNumber: '+84912345678',
        queues: [
          { id: 9001, label: 'Sales' },
          { id: 9002, label: null },
        ],
      },
    ])
  })

  it('begins a new day empty at local midnight', () => {
    const { clock, open } = setUp()
    const log = open()
    log.missed([call('late')])
    clock.advance(60_000)
    expect(log.today().entries.map((entry) => entry.callId)).toEqual(['late'])
    clock.advance(60_000) // 00:00 in Hà Nội, still the 24th in UTC.
    expect(log.today()).toMatchObject({ day: '2026-11-25', entries: [], dropped: 0 })
    log.missed([call('early')])
    expect(log.today().entries.map((entry) => entry.callId)).toEqual(['early'])
  })

  it('writes at most once every few seconds and at quit, and a restart keeps today’s calls', () => {
    const { clock, backend, open } = setUp()
    const log = open()
    log.missed([call('c1')])
    expect(backend.store).toEqual({})
    clock.advance(1000)
    log.missed([call('c2')])
    clock.advance(MISSED_LOG_WRITE_DELAY_MS)
    const firstWrite = backend.store
    expect(firstWrite).toMatchObject({ version: 1, day: '2026-11-24', dropped: 0 })
    log.missed([call('c3')])
    // Not written again until the delay has passed.
    expect(backend.store).toBe(firstWrite)
    log.dispose()
    expect(backend.store).not.toBe(firstWrite)
    // Names, numbers and ids only.
    expect(Object.keys(backend.store)).toEqual(['version', 'day', 'dropped', 'entries'])

    const restarted = open()
    expect(restarted.today().entries.map((entry) => entry.callId)).toEqual(['c1', 'c2', 'c3'])
    // A call reported again after the restart (a poll and a push) is not logged twice.
    restarted.missed([call('c2'), call('c4')])
    expect(restarted.today().entries.map((entry) => entry.callId)).toEqual(['c1', 'c2', 'c3', 'c4'])
  })

  it("drops yesterday's calls on load, and starts afresh (said once) from a file it cannot read", () => {
    const { clock, backend, logger, open } = setUp()
    const log = open()
    log.missed([call('yesterday')])
    log.dispose()
    clock.advance(5 * 60_000) // Past midnight while the app was closed.
    expect(open().today()).toMatchObject({ day: '2026-11-25', entries: [] })

    backend.store = { version: 1, day: 'today', entries: 'many' }
    expect(open().today().entries).toEqual([])
    expect(logger.lines.filter((line) => line.includes('missed calls'))).toHaveLength(1)
  })

  it('is bounded: past the limit the oldest go, counted, also across a restart', () => {
    expect(MAX_MISSED_CALLS_PER_DAY).toBe(20_000)
    const { open } = setUp({ limit: 3 })
    const log = open()
    log.missed(['c1', 'c2', 'c3', 'c4'].map((id) => call(id)))
    log.missed([call('c5')])
    expect(log.today()).toMatchObject({ limit: 3, dropped: 2 })
    expect(log.today().entries.map((entry) => entry.callId)).toEqual(['c3', 'c4', 'c5'])
    log.dispose()
    const restarted = open()
    restarted.missed([call('c6')])
    expect(restarted.today()).toMatchObject({ dropped: 3 })
    expect(restarted.today().entries.map((entry) => entry.callId)).toEqual(['c4', 'c5', 'c6'])
  })

  it('holds a busy day of 20,000 calls', () => {
    const { open } = setUp({ start: Date.parse('2026-11-24T02:00:00Z') })
    const log = open()
    for (let batch = 0; batch < 210; batch += 1)
      log.missed(Array.from({ length: 100 }, (_, index) => call(`b${batch}-${index}`)))
    const today = log.today()
    expect(today.entries).toHaveLength(20_000)
    expect(today.dropped).toBe(1000)
    expect(today.entries[0]?.callId).toBe('b10-0')
  })
})
