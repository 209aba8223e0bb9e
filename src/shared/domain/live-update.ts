import { z } from 'zod'

import { liveCallSchema, liveStateSchema, type LiveCall } from './live'
import { applyCallChanges } from './live-board-calls'
import { noLiveFilter } from './live-filter'

/**
 * The Live board travels as changes, not snapshots: main numbers every state it publishes and
 * sends what changed since the one before; the renderer applies an update only on the version it
 * was made from, and otherwise reads the whole board once (`live.getState`) and carries on.
 */

const versionSchema = z.number().int().nonnegative()

/** The board with the version main gave it: what `live.getState` answers. */
export const liveSnapshotSchema = liveStateSchema.extend({ version: versionSchema })
export type LiveSnapshot = z.infer<typeof liveSnapshotSchema>

/** Version 0, before main publishes anything: nothing watched, no filter narrowing. */
export const emptyLiveBoard: LiveSnapshot = {
  version: 0,
  filter: noLiveFilter,
  queues: [],
  calls: [],
  monitors: [],
  presence: [],
  agentCounts: [],
  figures: [],
}

/** What names a call across updates: a call id is unique only within its account. */
export const liveCallKeySchema = z.object({ accountId: z.string(), callId: z.string() })
export type LiveCallKey = z.infer<typeof liveCallKeySchema>

/**
 * Every part of the board but its calls, each present only when it changed, and then whole.
 * Derived from the board's own schema, so a part added to LiveState later travels unchanged.
 */
export const livePartsSchema = liveStateSchema.omit({ calls: true }).partial()
export type LiveParts = z.infer<typeof livePartsSchema>

/** One step of the board: from version `base` to `version`. */
export const liveUpdateSchema = z.object({
  version: versionSchema,
  base: versionSchema,
  /** Calls not on the board at `base`. */
  added: z.array(liveCallSchema),
  /** Calls on the board at `base` that differ in any field, whole. */
  changed: z.array(liveCallSchema),
  /** Calls gone since `base`. */
  removed: z.array(liveCallKeySchema),
  parts: livePartsSchema,
})
export type LiveUpdate = z.infer<typeof liveUpdateSchema>

/** One string per call, the same in main and the renderer (row keys too). */
export const callKey = (call: LiveCallKey): string => `${call.accountId}\n${call.callId}`

/**
 * The board's order: ringing first, then the longest-running; ties by account and call id, so
 * main and the renderer, sorting the same calls, reach the same order whatever came first.
 */
export function compareLiveCalls(a: LiveCall, b: LiveCall): number {
  if (a.state !== b.state) return a.state === 'ringing' ? -1 : 1
  return order(a.seenAt, b.seenAt) || order(a.accountId, b.accountId) || order(a.callId, b.callId)
}

// Plain code-unit order: ISO times sort as text, and localeCompare costs far more on 5,000 calls.
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The board after `update`, or undefined when the update was not made on this board (another
 * base, a call added twice, a changed or removed call it does not have): then read it whole.
 * Calls the update does not name stay the same objects, so their rows need not render again,
 * and an update that touches no call keeps the same array. Costs the calls that moved, not the
 * board's length (live-board-calls.ts).
 */
export function applyLiveUpdate(board: LiveSnapshot, update: LiveUpdate): LiveSnapshot | undefined {
  if (update.base !== board.version) return undefined
  const next: LiveSnapshot = { ...board, version: update.version }
  // Generic over the parts, as main's diff is: whatever part came, it replaces that part whole.
  for (const [part, value] of Object.entries(update.parts)) {
    if (value !== undefined) (next as Record<string, unknown>)[part] = value
  }
  if (update.added.length === 0 && update.changed.length === 0 && update.removed.length === 0) {
    return { ...next, calls: board.calls }
  }
  const calls = applyCallChanges(board.calls, update, compareLiveCalls)
  return calls && { ...next, calls }
}
