import { z } from 'zod'

import type { MonitoredCall } from '../../../shared/domain/calls'

import { toMonitoredCall } from './tel4vn-mapping'
import { LOCAL_TIME_PATTERN, tel4vnMonitorSchema, type Tel4vnMonitorRow } from './tel4vn-schemas'

/** What the monitor answer means to the app: the calls on the extensions, and the total the server reports. */
export interface Tel4vnMonitorCalls {
  readonly calls: MonitoredCall[]
  readonly total: number
}

/**
 * The monitor answer checked against the documented schema, then mapped to calls. A big centre
 * answers with thousands of rows every two seconds, and zod copying every row cost a third of
 * what JSON.parse itself costs: rows are checked by hand (the same rules as `tel4vnMonitorSchema`,
 * proven by test/main/providers/tel4vn/tel4vn-monitor-answer.test.ts) and mapped as they came, in
 * one pass. An answer the hand check refuses goes through the schema itself, so a
 * malformed row fails with the schema's own words, naming the field.
 */
export function tel4vnMonitorCallsSchema(offsetMinutes: number, toIso: (local: string) => string) {
  return z.unknown().transform((body, context): Tel4vnMonitorCalls => {
    const read = readMonitorCalls(body, offsetMinutes, toIso)
    if (read) return read
    const checked = tel4vnMonitorSchema.safeParse(body)
    if (!checked.success) {
      // The schema's own words and paths: the error names the field as it always did.
      for (const { message, path } of checked.error.issues)
        context.issues.push({ code: 'custom', message, path, input: body })
      return z.NEVER
    }
    // Not reached while the hand check and the schema agree (the test says they do); were they
    // ever to differ, the schema decides.
    return callsOf(checked.data.data, checked.data.total, offsetMinutes, toIso)
  })
}

/**
 * The calls of an answer `tel4vnMonitorSchema` accepts, checked and mapped in one pass over the
 * rows; undefined for any answer the schema would refuse.
 */
export function readMonitorCalls(
  body: unknown,
  offsetMinutes: number,
  toIso: (local: string) => string,
): Tel4vnMonitorCalls | undefined {
  if (!isRecord(body)) return undefined
  const { data, total } = body
  if (!Array.isArray(data)) return undefined
  if (total !== undefined && total !== null && !isCount(total)) return undefined
  const calls: MonitoredCall[] = []
  // Plain loop, no callback: this runs over every row of every poll.
  for (let index = 0; index < data.length; index += 1) {
    const row: unknown = data[index]
    if (!isMonitorRow(row)) return undefined
    const call = toMonitoredCall(row, offsetMinutes, toIso)
    if (call) calls.push(call)
  }
  return { calls, total: total ?? data.length }
}

function callsOf(
  rows: ReadonlyArray<Tel4vnMonitorRow>,
  total: number | null | undefined,
  offsetMinutes: number,
  toIso: (local: string) => string,
): Tel4vnMonitorCalls {
  const calls: MonitoredCall[] = []
  for (const row of rows) {
    const call = toMonitoredCall(row, offsetMinutes, toIso)
    if (call) calls.push(call)
  }
  return { calls, total: total ?? rows.length }
}

/** Whether `tel4vnMonitorRowSchema` accepts the row. */
export function isMonitorRow(row: unknown): row is Tel4vnMonitorRow {
  if (!isRecord(row)) return false
  const { call_id: callId, call_time: callTime } = row
  return (
    typeof callId === 'string' &&
    callId.length > 0 &&
    typeof row.call_state === 'string' &&
    typeof row.extension === 'string' &&
    isTextOrNothing(row.direction) &&
    isTextOrNothing(row.agent_name) &&
    isTextOrNothing(row.username) &&
    isTextOrNothing(row.user_id) &&
    isTextOrNothing(row.destination) &&
    isTextOrNothing(row.domain_name) &&
    (callTime === undefined || callTime === null || (typeof callTime === 'string' && LOCAL_TIME_PATTERN.test(callTime)))
  )
}

/** What zod's object check accepts: an object, not null, not an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `z.string().nullish()`. */
function isTextOrNothing(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string'
}

/** `z.number().int().nonnegative()`: a finite safe integer, at least zero. */
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}
