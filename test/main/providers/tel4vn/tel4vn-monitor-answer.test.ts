import { describe, expect, it } from 'vitest'

import { ProviderError } from '../../../../src/main/providers/http/provider-error'
import { validateResponse } from '../../../../src/main/providers/http/response-validation'
import { toMonitoredCall, VIETNAM_UTC_OFFSET_MINUTES } from '../../../../src/main/providers/tel4vn/tel4vn-mapping'
import {
  isMonitorRow,
  readMonitorCalls,
  tel4vnMonitorCallsSchema,
} from '../../../../src/main/providers/tel4vn/tel4vn-monitor-answer'
import { tel4vnMonitorRowSchema, tel4vnMonitorSchema } from '../../../../src/main/providers/tel4vn/tel4vn-schemas'
import { seededRandom, type SeededRandom } from '../../../../src/main/sandbox/seeded-random'

// The hand check must say exactly what the zod schema says, on every row: these answers are
// generated (seeded, so a failure repeats) around the document's row, with each field now and
// then missing, null, of the wrong type or a near miss, and rows and answers of the wrong shape.

const offset = VIETNAM_UTC_OFFSET_MINUTES
const toIso = (local: string) => new Date(Date.parse(`${local.replace(' ', 'T')}Z`) - offset * 60_000).toISOString()

const MISSING = Symbol('missing')
const wrongTypes = [null, MISSING, 0, 101, -1.5, true, false, {}, [], ['101'], { value: 'x' }]
const texts = ['', 'x', 'Nguyễn Văn An', ' inbound ', '101', '0899123456']

/** Values a field may take: mostly ones the document shows, sometimes anything. */
const fields: Record<string, { readonly good: ReadonlyArray<unknown>; readonly odd: ReadonlyArray<unknown> }> = {
  call_id: { good: ['6a65480c-8bc7-4d4a-9aae-4488d67bf711', 'c', 'call-1'], odd: ['', ...wrongTypes] },
  call_state: { good: ['RINGING', 'ONCALL'], odd: ['ringing', 'OnCall', 'HANGUP', '', ...wrongTypes] },
  direction: { good: ['inbound', 'outbound', null, MISSING], odd: ['INBOUND', ' outbound ', 'internal', '', 0, {}] },
  extension: { good: ['101', '100042'], odd: ['', ...wrongTypes] },
  agent_name: { good: ['Test 01', 'Nguyễn Văn An', null, MISSING], odd: [...texts, 0, true, []] },
  username: { good: ['test01', null, MISSING], odd: [...texts, 7, {}] },
  user_id: { good: ['41d0f364-79f8-4abb-9834-ee803320ea8d', null, MISSING], odd: [...texts, 1, [1]] },
  destination: { good: ['0899123456', null, MISSING], odd: [...texts, 899123456, false] },
  call_time: {
    good: ['2021-07-01 09:30:00', '2026-11-25 23:59:59', null, MISSING],
    odd: [
      '',
      '2021-07-01T09:30:00',
      '2021-07-01 9:30:00',
      '2021-07-01 09:30:00\n',
      ' 2021-07-01 09:30:00',
      '2021-07-01 09:30:00.123',
      '2021-7-1 09:30:00',
      20210701,
      {},
      true,
    ],
  },
  domain_name: { good: ['test01.tel4vn.com', null, MISSING], odd: [...texts, 3, {}] },
  // Documented but not read by the app: any value passes, as in the schema.
  domain_id: { good: ['9eb34970-dec2-466d-98c7-9532439be7eb', MISSING], odd: [null, 5, {}, []] },
  extension_id: { good: ['663dec3e-a405-4372-9991-8e6ae9f9788a', MISSING], odd: [null, 5] },
  user_agent: { good: ['MicroSIP/3.20.6', MISSING], odd: [null, []] },
}

function generatedRow(random: SeededRandom, oddness: number): unknown {
  const shape = random.next()
  // JSON cannot give an array with named fields, but the check must refuse one as zod does.
  const arrayRow = Object.assign([], { call_id: 'a', call_state: 'RINGING', extension: '101' })
  if (shape < oddness / 20) return random.pick([null, 'row', 42, [], [{ call_id: 'a' }], true, arrayRow])
  const row: Record<string, unknown> = {}
  for (const [name, values] of Object.entries(fields)) {
    const value = random.chance(oddness) ? random.pick(values.odd) : random.pick(values.good)
    if (value !== MISSING) row[name] = value
  }
  if (random.chance(0.2)) row.not_documented = random.pick(['x', null, 1, { nested: true }])
  return row
}

function generatedAnswer(random: SeededRandom): unknown {
  const oddness = random.pick([0, 0, 0.002, 0.01, 0.05, 0.3])
  const rows = Array.from({ length: random.int(0, 12) }, () => generatedRow(random, oddness))
  const total = random.chance(0.85)
    ? rows.length
    : random.pick([MISSING, null, 0, -1, 1.5, 2 ** 53, Infinity, Number.NaN, '2', {}])
  const answer: Record<string, unknown> = { data: rows }
  if (total !== MISSING) answer.total = total
  if (random.chance(0.1)) answer.page = 1
  if (random.chance(0.03)) {
    return random.pick([
      null,
      [],
      'ok',
      { total: 1 },
      { data: 'rows' },
      { data: null },
      Object.assign([], { data: [] }),
    ])
  }
  return answer
}

/** What the client did before the hand check: the schema, then the mapping, row by row. */
function throughSchema(body: unknown) {
  const answer = validateResponse('tel4vn', tel4vnMonitorSchema, body, 200)
  const calls = answer.data.flatMap((row) => toMonitoredCall(row, offset, toIso) ?? [])
  return { calls, total: answer.total ?? answer.data.length }
}

/** The answer (calls and total) or the error's words, whichever comes out. */
function outcome(read: () => unknown): unknown {
  try {
    return { read: read() }
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error
    return { kind: error.kind, problem: error.problem }
  }
}

describe('the Tel4vn monitor answer checked by hand', () => {
  it('accepts exactly the rows and answers the zod schema accepts, over 5,000 generated answers', () => {
    const random = seededRandom(16)
    const counted = { answersAccepted: 0, answersRefused: 0, rowsAccepted: 0, rowsRefused: 0 }
    const disagreements: string[] = []
    const compare = (what: string, value: unknown, handSays: boolean, schemaSays: boolean) => {
      if (handSays !== schemaSays) disagreements.push(`${what} ${JSON.stringify(value)}: schema ${schemaSays}`)
    }
    for (let index = 0; index < 5000; index += 1) {
      const answer = generatedAnswer(random)
      // As JSON.parse gives it (NaN and Infinity become null, missing values drop out), and as generated.
      for (const body of [answer, JSON.parse(JSON.stringify(answer)) as unknown]) {
        const schemaSays = tel4vnMonitorSchema.safeParse(body).success
        compare('answer', body, readMonitorCalls(body, offset, toIso) !== undefined, schemaSays)
        counted[schemaSays ? 'answersAccepted' : 'answersRefused'] += 1
        const rows = (body as { data?: unknown } | null)?.data
        for (const row of Array.isArray(rows) ? (rows as unknown[]) : []) {
          const rowSchemaSays = tel4vnMonitorRowSchema.safeParse(row).success
          compare('row', row, isMonitorRow(row), rowSchemaSays)
          counted[rowSchemaSays ? 'rowsAccepted' : 'rowsRefused'] += 1
        }
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([])
    // Both ways, plenty of each: a generator that only made good rows would prove nothing.
    for (const count of Object.values(counted)) expect(count).toBeGreaterThan(1500)
  })

  it('gives the same calls, or the same error naming the field, as the schema and mapping did', () => {
    const schema = tel4vnMonitorCallsSchema(offset, toIso)
    const random = seededRandom(61)
    let errors = 0
    for (let index = 0; index < 2000; index += 1) {
      const body = JSON.parse(JSON.stringify(generatedAnswer(random))) as unknown
      const before = outcome(() => throughSchema(body))
      expect(outcome(() => validateResponse('tel4vn', schema, body, 200))).toEqual(before)
      if ('problem' in (before as object)) errors += 1
    }
    expect(errors).toBeGreaterThan(300)
  })

  it('names the malformed field of the row in the error', () => {
    const schema = tel4vnMonitorCallsSchema(offset, toIso)
    const good = { call_id: 'a', call_state: 'RINGING', extension: '101', call_time: '2021-07-01 09:30:00' }
    const body = { data: [good, { ...good, call_id: 'b', call_time: '2021-07-01T09:30:00' }], total: 2 }
    expect(outcome(() => validateResponse('tel4vn', schema, body, 200))).toEqual({
      kind: 'bad_response',
      problem: {
        code: 'problems:answer.unexpected',
        params: { providerId: 'tel4vn', details: 'data.1.call_time: expected "YYYY-MM-DD HH:MM:SS"' },
      },
    })
  })
})
