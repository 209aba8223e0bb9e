import { describe, expect, it } from 'vitest'

import { liveFilterSchema, noLiveFilter, passesFilter } from '../../src/shared/domain/live-filter'

const call = { direction: 'inbound' as const, agentKeys: ['082018', 'lan.tran', 'Trần Thị Lan'], queueIds: [3, 5] }

describe('live filter', () => {
  it('lets everything through when open', () => {
    expect(passesFilter(noLiveFilter, call)).toBe(true)
    expect(passesFilter(noLiveFilter, { ...call, queueIds: null })).toBe(true)
  })

  it('matches direction, agents (any key, any case) and queues together', () => {
    expect(passesFilter({ ...noLiveFilter, direction: 'outbound' }, call)).toBe(false)
    expect(passesFilter({ ...noLiveFilter, agents: ['TRẦN THỊ LAN'] }, call)).toBe(true)
    expect(passesFilter({ ...noLiveFilter, agents: ['082019'] }, call)).toBe(false)
    expect(passesFilter({ ...noLiveFilter, queues: [5, 9] }, call)).toBe(true)
    expect(passesFilter({ direction: 'inbound', agents: ['lan.tran'], queues: [9] }, call)).toBe(false)
  })

  it('does not hold back a ring whose direction the provider did not give', () => {
    expect(passesFilter({ ...noLiveFilter, direction: 'outbound' }, { ...call, direction: null })).toBe(true)
    expect(
      passesFilter({ ...noLiveFilter, direction: 'inbound', agents: ['082019'] }, { ...call, direction: null }),
    ).toBe(false)
  })

  it('lets nothing through a queue filter when the queues of the extension are unknown', () => {
    expect(passesFilter({ ...noLiveFilter, queues: [3] }, { ...call, queueIds: null })).toBe(false)
  })

  it('refuses blank agent names and unknown fields', () => {
    expect(liveFilterSchema.safeParse({ ...noLiveFilter, agents: ['  '] }).success).toBe(false)
    expect(liveFilterSchema.safeParse({ ...noLiveFilter, extra: 1 }).success).toBe(false)
  })
})
