import type { LiveCall } from './live'

/** What names a call across updates: a call id is unique only within its account. */
export interface CallKey {
  readonly accountId: string
  readonly callId: string
}

/** The board's calls by account, then call id: no joined key is built per call. */
type CallIndex = Map<string, Map<string, LiveCall>>

/**
 * Each calls array's index, handed on from one board to the next: an update costs its changes
 * (lookups, binary searches, one copy of the array), not a pass of comparisons over 5,000 calls.
 * The index moves to the new array and leaves the old one, so applying another update to an older
 * board later builds its own index again instead of reading one that has moved on.
 */
const indexes = new WeakMap<ReadonlyArray<LiveCall>, CallIndex>()

function indexOf(calls: ReadonlyArray<LiveCall>): CallIndex {
  const kept = indexes.get(calls)
  if (kept) return kept
  const index: CallIndex = new Map()
  for (const call of calls) put(index, call)
  return index
}

const find = (index: CallIndex, key: CallKey) => index.get(key.accountId)?.get(key.callId)

function put(index: CallIndex, call: LiveCall) {
  let calls = index.get(call.accountId)
  if (!calls) index.set(call.accountId, (calls = new Map()))
  calls.set(call.callId, call)
}

function drop(index: CallIndex, key: CallKey) {
  const calls = index.get(key.accountId)
  calls?.delete(key.callId)
  if (calls?.size === 0) index.delete(key.accountId)
}

/**
 * `calls` (sorted by `compare`, a total order) with `removed` taken out and `added` and `changed`
 * put in their places, or undefined when the changes were not made on these calls: a call added
 * that is already there, a changed or removed call that is not, or one call named twice. Calls
 * not named stay the same objects.
 */
export function applyCallChanges(
  calls: ReadonlyArray<LiveCall>,
  changes: { added: ReadonlyArray<LiveCall>; changed: ReadonlyArray<LiveCall>; removed: ReadonlyArray<CallKey> },
  compare: (a: LiveCall, b: LiveCall) => number,
): LiveCall[] | undefined {
  const index = indexOf(calls)
  const named = new Map<string, Set<string>>()
  const nameOnce = (key: CallKey) => {
    let ids = named.get(key.accountId)
    if (!ids) named.set(key.accountId, (ids = new Set()))
    if (ids.has(key.callId)) return false
    ids.add(key.callId)
    return true
  }
  // Positions of the calls that leave (removed, and the old form of those changed).
  const leaving: number[] = []
  for (const key of [...changes.changed, ...changes.removed]) {
    const old = find(index, key)
    if (!old || !nameOnce(key)) return undefined
    const at = position(calls, old, compare)
    // Not where the order puts it: these calls were not sorted as the board is; start afresh.
    if (calls[at] !== old) return undefined
    leaving.push(at)
  }
  for (const call of changes.added) if (find(index, call) || !nameOnce(call)) return undefined

  leaving.sort((a, b) => a - b)
  const arriving = [...changes.added, ...changes.changed].sort(compare)
  // Where each arriving call goes among the old calls (before the first that sorts after it).
  const places = arriving.map((call) => position(calls, call, compare))
  const next = new Array<LiveCall>(calls.length - leaving.length + arriving.length)
  let out = 0
  let leave = 0
  let arrive = 0
  for (let at = 0; at <= calls.length; at += 1) {
    while (arrive < arriving.length && places[arrive] === at) next[out++] = arriving[arrive++] as LiveCall
    if (at === calls.length) break
    if (leaving[leave] === at) leave += 1
    else next[out++] = calls[at] as LiveCall
  }

  indexes.delete(calls)
  for (const key of changes.removed) drop(index, key)
  for (const call of arriving) put(index, call)
  indexes.set(next, index)
  return next
}

/** The first position in `calls` whose call does not sort before `call` (binary search). */
function position(calls: ReadonlyArray<LiveCall>, call: LiveCall, compare: (a: LiveCall, b: LiveCall) => number) {
  let low = 0
  let high = calls.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(calls[middle] as LiveCall, call) < 0) low = middle + 1
    else high = middle
  }
  return low
}
