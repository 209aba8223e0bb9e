import { describe, expect, it } from 'vitest'

import { seededRandom, type SeededRandom } from '../../src/main/sandbox/seeded-random'
import { liveCallSchema } from '../../src/shared/domain/live'
import { liveUpdateSchema } from '../../src/shared/domain/live-update'
import { isLiveCall, liveUpdateEventSchema, readLiveUpdate } from '../../src/shared/domain/live-update-check'

// The hand check of `live.changed` must say exactly what liveUpdateSchema says: updates are
// generated (seeded, so a failure repeats) around a real call, each field now and then missing,
// null, of the wrong type or a near miss, with fields the schema does not know, and keys and
// updates of the wrong shape.

const MISSING = Symbol('missing')
const wrongTypes = [MISSING, 0, 1.5, true, {}, [], ['x']]

const fields: Record<string, { readonly good: ReadonlyArray<unknown>; readonly odd: ReadonlyArray<unknown> }> = {
  callId: { good: ['call-1', '', 'Nguyễn'], odd: [null, ...wrongTypes] },
  state: { good: ['ringing', 'on_call'], odd: ['RINGING', 'onCall', '', null, ...wrongTypes] },
  direction: { good: ['inbound', 'outbound', null], odd: ['INBOUND', 'internal', '', ...wrongTypes] },
  extension: { good: ['082018', ''], odd: [null, ...wrongTypes] },
  agentName: { good: ['Trần Thị Lan', null], odd: wrongTypes },
  username: { good: ['lan.tran', null], odd: wrongTypes },
  userId: { good: ['u-1', null], odd: wrongTypes },
  destination: { good: ['02873001234', null], odd: wrongTypes },
  startedAt: { good: ['2026-03-10T09:00:00.000Z', null], odd: wrongTypes },
  domainName: { good: ['demo.tel4vn.com', null], odd: wrongTypes },
  accountId: { good: ['acc-1'], odd: [null, ...wrongTypes] },
  accountLabel: { good: ['Hà Nội support', ''], odd: [null, ...wrongTypes] },
  queueIds: {
    good: [null, [], [1, 2], [0]],
    odd: [MISSING, [1.5], ['1'], [2 ** 53], [Number.NaN], [null], 1, {}, 'x'],
  },
  concerned: { good: [true, false], odd: [null, 'true', 0, MISSING] },
  seenAt: { good: ['2026-03-10T09:00:00.000Z', ''], odd: [null, ...wrongTypes] },
}

function generatedCall(random: SeededRandom, oddness: number): unknown {
  if (random.chance(oddness / 10)) return random.pick([null, 'call', 42, [], true])
  const call: Record<string, unknown> = {}
  for (const [name, values] of Object.entries(fields)) {
    const value = random.chance(oddness) ? random.pick(values.odd) : random.pick(values.good)
    if (value !== MISSING) call[name] = value
  }
  if (random.chance(oddness)) call.notInTheSchema = random.pick(['x', null, undefined])
  return call
}

function generatedKey(random: SeededRandom, oddness: number): unknown {
  if (!random.chance(oddness)) return { accountId: 'acc-1', callId: random.pick(['a', 'b', '']) }
  return random.pick([
    { accountId: 'acc-1' },
    { accountId: 1, callId: 'a' },
    { accountId: 'a', callId: 'b', x: 1 },
    null,
  ])
}

function generatedUpdate(random: SeededRandom): unknown {
  const oddness = random.pick([0, 0, 0.01, 0.05, 0.3])
  const calls = () => Array.from({ length: random.int(0, 6) }, () => generatedCall(random, oddness))
  const update: Record<string, unknown> = {
    version: random.chance(0.95) ? random.int(1, 1000) : random.pick([-1, 1.5, '2', null, 2 ** 53]),
    base: random.chance(0.95) ? random.int(0, 1000) : random.pick([-1, 0.5, undefined]),
    added: random.chance(0.97) ? calls() : random.pick([null, {}, 'x']),
    changed: random.chance(0.97) ? calls() : random.pick([null, undefined]),
    removed: Array.from({ length: random.int(0, 3) }, () => generatedKey(random, oddness)),
    parts: random.chance(0.95)
      ? random.pick([{}, { queues: [{ id: 1, label: 'Sales' }] }])
      : random.pick([null, { queues: 'x' }, undefined]),
  }
  if (random.chance(0.1)) update.extra = 'dropped by the schema'
  return update
}

describe('the hand check of a board update', () => {
  it('accepts and refuses exactly what liveUpdateSchema does, and gives the same update', () => {
    const random = seededRandom(16)
    let accepted = 0
    for (let round = 0; round < 3000; round += 1) {
      const update = generatedUpdate(random)
      const bySchema = liveUpdateSchema.safeParse(update)
      const byHand = readLiveUpdate(update)
      // The hand check may leave an update to the schema (a call with a field to strip), never pass one it refuses.
      if (byHand) {
        expect(bySchema.success).toBe(true)
        expect(byHand).toEqual(bySchema.data)
        accepted += 1
      }
      const event = liveUpdateEventSchema.safeParse(update)
      expect(event.success).toBe(bySchema.success)
      if (event.success) expect(event.data).toEqual(bySchema.data)
    }
    // Most generated updates are good ones: the hand path is the one taken.
    expect(accepted).toBeGreaterThan(1000)
  })

  it('checks each call as liveCallSchema does, leaving one with a field to strip to the schema', () => {
    const random = seededRandom(7)
    for (let round = 0; round < 3000; round += 1) {
      const call = generatedCall(random, 0.1)
      const bySchema = liveCallSchema.safeParse(call)
      if (isLiveCall(call)) expect(bySchema.success).toBe(true)
      else if (bySchema.success) expect(Object.keys(call as object)).toContain('notInTheSchema')
    }
  })

  it('fails a malformed update with the schema’s own words, naming the field', () => {
    const checked = liveUpdateEventSchema.safeParse({
      version: 2,
      base: 1,
      added: [{ callId: 'a' }],
      changed: [],
      removed: [],
      parts: {},
    })
    expect(checked.success).toBe(false)
    expect(checked.error?.issues.map((issue) => issue.path.join('.'))).toContain('added.0.state')
  })
})
