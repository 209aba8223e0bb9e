import { z } from 'zod'

import type { LiveCall } from './live'
import { liveUpdateSchema, livePartsSchema, type LiveCallKey, type LiveUpdate } from './live-update'

/**
 * `live.changed` as it crosses the bridge (checked in main before it is sent, and in the
 * renderer as it arrives). On a floor of 5,000 calls an update carries some 250 calls, and zod
 * copying each of them cost more than the rest of the renderer's work on the update: the calls
 * are checked by hand (the same rules as `liveCallSchema`, proven by
 * test/shared/live-update-check.test.ts), the other parts by their schema. An update the hand
 * check refuses goes through `liveUpdateSchema` itself, so a malformed one fails with the
 * schema's own words, naming the field.
 */
export const liveUpdateEventSchema = z.unknown().transform((value, context): LiveUpdate => {
  const read = readLiveUpdate(value)
  if (read) return read
  const checked = liveUpdateSchema.safeParse(value)
  if (!checked.success) {
    for (const { message, path } of checked.error.issues)
      context.issues.push({ code: 'custom', message, path, input: value })
    return z.NEVER
  }
  // Not reached while the hand check and the schema agree; were they ever to differ, the schema decides.
  return checked.data
})

/**
 * The update, when `liveUpdateSchema` accepts it and would give back the same calls (none with a
 * field the schema does not know, which it would strip); otherwise undefined.
 */
export function readLiveUpdate(value: unknown): LiveUpdate | undefined {
  if (!isRecord(value)) return undefined
  const { version, base, added, changed, removed, parts } = value
  if (!isCount(version) || !isCount(base)) return undefined
  if (!Array.isArray(added) || !Array.isArray(changed) || !Array.isArray(removed)) return undefined
  if (!added.every(isLiveCall) || !changed.every(isLiveCall) || !removed.every(isCallKey)) return undefined
  const checkedParts = livePartsSchema.safeParse(parts)
  if (!checkedParts.success) return undefined
  return { version, base, added, changed, removed, parts: checkedParts.data }
}

/** The fields of `liveCallSchema`, all required: a call with exactly these and no other. */
const CALL_FIELDS = 15

/** Whether `liveCallSchema` accepts the call and would keep it as it is. */
export function isLiveCall(call: unknown): call is LiveCall {
  if (!isRecord(call)) return false
  const { state, direction, queueIds } = call
  return (
    typeof call.callId === 'string' &&
    (state === 'ringing' || state === 'on_call') &&
    (direction === null || direction === 'inbound' || direction === 'outbound') &&
    typeof call.extension === 'string' &&
    isTextOrNull(call.agentName) &&
    isTextOrNull(call.username) &&
    isTextOrNull(call.userId) &&
    isTextOrNull(call.destination) &&
    isTextOrNull(call.startedAt) &&
    isTextOrNull(call.domainName) &&
    typeof call.accountId === 'string' &&
    typeof call.accountLabel === 'string' &&
    (queueIds === null || (Array.isArray(queueIds) && queueIds.every((id) => Number.isSafeInteger(id)))) &&
    typeof call.concerned === 'boolean' &&
    typeof call.seenAt === 'string' &&
    // Every field above is present (undefined fails each check): any more is one zod would strip.
    Object.keys(call).length === CALL_FIELDS
  )
}

function isCallKey(key: unknown): key is LiveCallKey {
  return (
    isRecord(key) &&
    typeof key.accountId === 'string' &&
    typeof key.callId === 'string' &&
    Object.keys(key).length === 2
  )
}

/** What zod's object check accepts: an object, not null, not an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isTextOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string'
}

/** `z.number().int().nonnegative()`. */
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}
