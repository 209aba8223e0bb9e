import { describe, expect, it } from 'vitest'

import { liveStateSchema, type LiveCall } from '../../src/shared/domain/live'
import {
  applyLiveUpdate,
  compareLiveCalls,
  emptyLiveBoard,
  liveUpdateSchema,
  type LiveSnapshot,
  type LiveUpdate,
} from '../../src/shared/domain/live-update'

const call = (
  callId: string,
  seconds: number,
  state: LiveCall['state'] = 'on_call',
  accountId = 'acc-1',
): LiveCall => ({
  callId,
  state,
  direction: 'inbound',
  extension: '082018',
  agentName: 'Trần Thị Lan',
  username: 'lan.tran',
  userId: 'u-1',
  destination: '02873001234',
  startedAt: null,
  domainName: null,
  accountId,
  accountLabel: 'Hà Nội support',
  queueIds: null,
  concerned: true,
  seenAt: new Date(Date.UTC(2026, 2, 10, 9, 0, seconds)).toISOString(),
})

const board = (calls: LiveCall[], version = 1): LiveSnapshot => ({
  ...emptyLiveBoard,
  version,
  calls: [...calls].sort(compareLiveCalls),
})
const update = (fields: Partial<LiveUpdate>): LiveUpdate => ({
  version: 2,
  base: 1,
  added: [],
  changed: [],
  removed: [],
  parts: {},
  ...fields,
})

describe('applying a board update', () => {
  it('applies only on the version it was made from', () => {
    const start = board([call('a', 1)])
    expect(applyLiveUpdate(start, update({ base: 0, added: [call('b', 2)] }))).toBeUndefined()
    expect(applyLiveUpdate(start, update({ base: 2, version: 3, added: [call('b', 2)] }))).toBeUndefined()
    expect(applyLiveUpdate(start, update({ added: [call('b', 2)] }))?.version).toBe(2)
  })

  it('refuses an update that does not fit the board: a call added twice, or changed or removed unseen', () => {
    const start = board([call('a', 1)])
    expect(applyLiveUpdate(start, update({ added: [call('a', 1)] }))).toBeUndefined()
    expect(applyLiveUpdate(start, update({ changed: [call('x', 1)] }))).toBeUndefined()
    expect(applyLiveUpdate(start, update({ removed: [{ accountId: 'acc-1', callId: 'x' }] }))).toBeUndefined()
    // Call ids are unique per account only: another account's "a" is another call.
    expect(applyLiveUpdate(start, update({ added: [call('a', 1, 'on_call', 'acc-2')] }))?.calls).toHaveLength(2)
  })

  it('keeps calls it does not name as the same objects, in the order main sorts the whole board', () => {
    const kept = [call('a', 1), call('b', 2), call('c', 3), call('d', 4)]
    const start = board(kept)
    const next = applyLiveUpdate(
      start,
      update({
        added: [call('new-ring', 9, 'ringing'), call('e', 0)],
        changed: [{ ...call('c', 3), state: 'ringing' }],
        removed: [{ accountId: 'acc-1', callId: 'b' }],
      }),
    )
    expect(next?.calls.map((entry) => entry.callId)).toEqual(['c', 'new-ring', 'e', 'a', 'd'])
    expect(next?.calls.find((entry) => entry.callId === 'a')).toBe(kept[0])
    expect(next?.calls.find((entry) => entry.callId === 'd')).toBe(kept[3])
    // The same as sorting the whole new board from scratch.
    expect(next?.calls).toEqual([...(next?.calls ?? [])].sort(compareLiveCalls))
  })

  it('replaces the parts that came, whole, leaves the others, and keeps the calls array when no call moved', () => {
    const start = { ...board([call('a', 1)]), queues: [{ id: 1, label: 'Sales' }] }
    const monitors = [
      {
        accountId: 'acc-1',
        accountLabel: 'Hà Nội support',
        provider: 'tel4vn' as const,
        state: 'ok' as const,
        problem: null,
        lastSuccessAt: null,
        push: null,
        blindSince: null,
        pushReason: null,
        pollSeconds: 2,
      },
    ]
    const next = applyLiveUpdate(start, update({ parts: { monitors } }))
    expect(next?.monitors).toEqual(monitors)
    expect(next?.queues).toBe(start.queues)
    expect(next?.calls).toBe(start.calls)
  })

  it('carries a part of the board added later without a change to the schema of updates', () => {
    // liveUpdateSchema's parts derive from liveStateSchema: a part is any key the board has.
    const parts = Object.keys(liveUpdateSchema.shape.parts.shape).sort()
    expect(parts).toEqual(
      Object.keys(liveStateSchema.shape)
        .filter((key) => key !== 'calls')
        .sort(),
    )
    expect(parts).toContain('monitors')
  })
})
