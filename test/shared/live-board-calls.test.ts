import { describe, expect, it } from 'vitest'

import { seededRandom } from '../../src/main/sandbox/seeded-random'
import type { LiveCall } from '../../src/shared/domain/live'
import { applyCallChanges } from '../../src/shared/domain/live-board-calls'
import { applyLiveUpdate, callKey, compareLiveCalls, emptyLiveBoard } from '../../src/shared/domain/live-update'

const call = (callId: string, second: number, state: LiveCall['state'], accountId = 'acc-1'): LiveCall => ({
  callId,
  state,
  direction: 'inbound',
  extension: '082018',
  agentName: null,
  username: null,
  userId: null,
  destination: null,
  startedAt: null,
  domainName: null,
  accountId,
  accountLabel: 'Hà Nội support',
  queueIds: null,
  concerned: true,
  seenAt: new Date(Date.UTC(2026, 2, 10, 9, 0, 0) + second * 1000).toISOString(),
})

describe('applying calls that moved to a long board', () => {
  it('gives what sorting the whole new board gives, keeping every unnamed call the same object, update after update', () => {
    const random = seededRandom(5000)
    let live = new Map<string, LiveCall>()
    let next = 0
    for (let index = 0; index < 2000; index += 1) {
      const fresh = call(
        `c${next++}`,
        random.int(0, 600),
        random.chance(0.5) ? 'ringing' : 'on_call',
        `acc-${index % 3}`,
      )
      live.set(callKey(fresh), fresh)
    }
    let board = { ...emptyLiveBoard, version: 1, calls: [...live.values()].sort(compareLiveCalls) }
    for (let round = 0; round < 60; round += 1) {
      const keys = [...live.keys()]
      const named = new Set<string>()
      const pickUnnamed = () => {
        for (;;) {
          const key = random.pick(keys)
          if (!named.has(key)) return (named.add(key), key)
        }
      }
      const changed = Array.from({ length: random.int(0, 60) }, () => {
        const before = live.get(pickUnnamed()) as LiveCall
        // Answered, or still ringing with another field changed: it moves, or it stays in place.
        return random.chance(0.5)
          ? { ...before, state: 'on_call' as const, seenAt: call('', 600 + round, 'on_call').seenAt }
          : { ...before, agentName: `agent ${round}` }
      })
      const removed = Array.from({ length: random.int(0, 60) }, () => {
        const gone = live.get(pickUnnamed()) as LiveCall
        return { accountId: gone.accountId, callId: gone.callId }
      })
      const added = Array.from({ length: random.int(0, 60) }, () =>
        call(`c${next++}`, random.int(0, 700), 'ringing', `acc-${random.int(0, 2)}`),
      )
      const expected = new Map(live)
      for (const key of removed) expected.delete(callKey(key))
      for (const moved of [...changed, ...added]) expected.set(callKey(moved), moved)

      const applied = applyLiveUpdate(board, {
        version: board.version + 1,
        base: board.version,
        added,
        changed,
        removed,
        parts: {},
      })
      if (!applied) throw new Error(`round ${round} did not apply`)
      expect(applied.calls).toEqual([...expected.values()].sort(compareLiveCalls))
      // Identity, not only equality: a row whose call was not named does not render again.
      const byKey = new Map(applied.calls.map((entry) => [callKey(entry), entry]))
      for (const [key, kept] of live) if (expected.get(key) === kept) expect(byKey.get(key)).toBe(kept)
      board = applied
      live = expected
    }
  })

  it('refuses changes not made on these calls, and leaves the calls usable for the next update', () => {
    const calls = [call('a', 1, 'ringing'), call('b', 2, 'on_call')]
    const changes = (fields: Partial<Parameters<typeof applyCallChanges>[1]>) => ({
      added: [],
      changed: [],
      removed: [],
      ...fields,
    })
    expect(applyCallChanges(calls, changes({ added: [call('a', 5, 'on_call')] }), compareLiveCalls)).toBeUndefined()
    expect(applyCallChanges(calls, changes({ changed: [call('x', 1, 'ringing')] }), compareLiveCalls)).toBeUndefined()
    // One call named twice in one update: not an update main makes; read the board whole.
    expect(
      applyCallChanges(
        calls,
        changes({ changed: [call('b', 3, 'on_call')], removed: [{ accountId: 'acc-1', callId: 'b' }] }),
        compareLiveCalls,
      ),
    ).toBeUndefined()
    const after = applyCallChanges(calls, changes({ added: [call('c', 0, 'on_call')] }), compareLiveCalls)
    expect(after?.map((entry) => entry.callId)).toEqual(['a', 'c', 'b'])
  })

  it('applies to an older board again without reading the index the newer one took over', () => {
    const start = [call('a', 1, 'ringing'), call('b', 2, 'on_call')]
    const first = applyCallChanges(
      start,
      { added: [call('c', 3, 'on_call')], changed: [], removed: [] },
      compareLiveCalls,
    )
    expect(first?.map((entry) => entry.callId)).toEqual(['a', 'b', 'c'])
    // The same start again (a whole read answered with an older version, say): "c" is not on it.
    const again = applyCallChanges(
      start,
      { added: [call('c', 0, 'on_call')], changed: [], removed: [] },
      compareLiveCalls,
    )
    expect(again?.map((entry) => entry.callId)).toEqual(['a', 'c', 'b'])
    const removedFromStart = applyCallChanges(
      start,
      { added: [], changed: [], removed: [{ accountId: 'acc-1', callId: 'b' }] },
      compareLiveCalls,
    )
    expect(removedFromStart?.map((entry) => entry.callId)).toEqual(['a'])
  })
})
