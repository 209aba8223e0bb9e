import { describe, expect, it } from 'vitest'

import { MISSED_KEPT } from '../../src/main/relay-protocol/relay-entries'
import { createTenantCalls } from '../../src/relay/tenant/tenant-calls'
import type { MonitoredCall } from '../../src/shared/domain/calls'

const call = (callId: string, overrides: Partial<MonitoredCall> = {}): MonitoredCall => ({
  callId,
  state: 'ringing',
  direction: 'inbound',
  extension: '100',
  agentName: 'Lan',
  username: 'lan',
  userId: 'u-100',
  destination: '02873001234',
  startedAt: '2026-11-24T09:00:00.000Z',
  domainName: 'demo.tel4vn.com',
  ...overrides,
})
const at = (minutes: number) => new Date(Date.parse('2026-11-24T09:00:00Z') + minutes * 60_000)

describe("a tenant's calls per extension", () => {
  it('counts a revision per extension per poll with changes, and lists each change under its extension', () => {
    const calls = createTenantCalls('e1')
    const first = calls.apply([call('a'), call('b', { extension: '200' })], at(0))
    expect(
      first.events.map(({ extension, event }) => [extension, event.revision, event.changes.map((c) => c.kind)]),
    ).toEqual([
      ['100', 1, ['ringing']],
      ['200', 1, ['ringing']],
    ])
    expect(calls.apply([call('a'), call('b', { extension: '200' })], at(0.1))).toEqual({
      events: [],
      changedExtensions: [],
    })
    const second = calls.apply([call('a', { state: 'on_call' })], at(0.2))
    expect(
      second.events.map(({ extension, event }) => [extension, event.revision, event.changes.map((c) => c.kind)]),
    ).toEqual([
      ['100', 2, ['answered']],
      ['200', 2, ['missed']],
    ])
    expect(calls.index()).toEqual({ v: 1, epoch: 'e1', extensions: { '100': 2, '200': 2 } })
  })

  it('rewrites an entry whose calls read otherwise without a change (a detail), with no event', () => {
    const calls = createTenantCalls('e1')
    calls.apply([call('a'), call('b')], at(0))
    // Another order of the same rows changes nothing.
    expect(calls.apply([call('b'), call('a')], at(0.1)).changedExtensions).toEqual([])
    const renamed = calls.apply([call('a', { agentName: 'Lan Anh' }), call('b')], at(0.2))
    expect(renamed).toEqual({ events: [], changedExtensions: ['100'] })
    expect(calls.entry('100', at(0.2))).toMatchObject({
      revision: 2,
      calls: [{ agentName: 'Lan Anh' }, { callId: 'b' }],
    })
  })

  it('keeps the last 50 missed calls of the last hour, newest first', () => {
    const calls = createTenantCalls('e1')
    for (let index = 0; index < MISSED_KEPT + 5; index += 1) {
      calls.apply([call(`m${index}`)], at(index * 0.1))
      calls.apply([], at(index * 0.1 + 0.05))
    }
    const missed = calls.entry('100', at(6)).missed
    expect(missed).toHaveLength(MISSED_KEPT)
    expect(missed[0]?.call.callId).toBe(`m${MISSED_KEPT + 4}`)
    // An hour after the last, none is left.
    expect(calls.entry('100', at(6 + 61)).missed).toEqual([])
  })

  it('goes on from a restored entry: a call gone meanwhile is missed at the next revision', () => {
    const calls = createTenantCalls('e1', {
      epoch: 'e1',
      entries: new Map([['100', { v: 1, epoch: 'e1', revision: 7, calls: [call('a')], missed: [] }]]),
    })
    const applied = calls.apply([], at(1))
    expect(applied.events).toEqual([
      {
        extension: '100',
        event: {
          v: 1,
          epoch: 'e1',
          revision: 8,
          at: at(1).toISOString(),
          changes: [{ kind: 'missed', call: call('a') }],
        },
      },
    ])
  })
})
