import { diffCalls, type CallChange } from '../../main/monitor/call-tracker'
import {
  MISSED_KEPT,
  MISSED_KEPT_MS,
  type ExtensionEntry,
  type ExtensionEvent,
  type IndexEntry,
  type RelayedCall,
} from '../../main/relay-protocol/relay-entries'
import type { MonitoredCall } from '../../shared/domain/calls'

/** What the relay holds of one extension: what its KV entry says. */
interface ExtensionState {
  revision: number
  calls: RelayedCall[]
  missed: Array<{ at: string; call: RelayedCall }>
}

/** What the bucket held when the relay started (see restore-tenant.ts). */
export interface RestoredCalls {
  readonly epoch: string
  readonly entries: ReadonlyMap<string, ExtensionEntry>
}

/** One poll's outcome: the events to publish, and which entries (and whether the index) to write. */
export interface AppliedPoll {
  readonly events: ReadonlyArray<{ readonly extension: string; readonly event: ExtensionEvent }>
  readonly changedExtensions: ReadonlyArray<string>
}

/**
 * A tenant's calls, per extension, as the desks are told them: each poll is diffed against the
 * previous one (the app's own diffCalls, so "missed" means here what it means on a desk) and every
 * extension with a change counts one revision up. Restored from the bucket, it goes on from the
 * calls and revisions the desks already hold, so a call that vanished while the relay was down
 * is published as missed in the same epoch.
 */
export function createTenantCalls(epoch: string, restored?: RestoredCalls) {
  const extensions = new Map<string, ExtensionState>()
  let snapshot = new Map<string, MonitoredCall>()
  if (restored) {
    for (const [extension, entry] of restored.entries) {
      extensions.set(extension, { revision: entry.revision, calls: [...entry.calls], missed: [...entry.missed] })
      for (const call of entry.calls) snapshot.set(call.callId, call)
    }
  }

  const stateOf = (extension: string) => {
    let state = extensions.get(extension)
    if (!state) extensions.set(extension, (state = { revision: 0, calls: [], missed: [] }))
    return state
  }

  return {
    epoch,
    /** Diffs the poll's calls against the last; `at` is the poll's time. */
    apply(current: ReadonlyArray<MonitoredCall>, at: Date): AppliedPoll {
      const diff = diffCalls(snapshot, current)
      snapshot = diff.snapshot
      const byExtension = groupBy(current, (call) => call.extension)
      const changesOf = groupBy(diff.changes, (change: CallChange) => change.call.extension)
      const iso = at.toISOString()
      const events: Array<{ extension: string; event: ExtensionEvent }> = []
      const changedExtensions: string[] = []
      // Every extension that has a change, or whose calls read otherwise (a call moved to another
      // extension, a detail changed): its entry must say what the provider said.
      const touched = new Set([...changesOf.keys(), ...byExtension.keys()])
      for (const [extension, state] of extensions) if (state.calls.length > 0) touched.add(extension)
      for (const extension of touched) {
        // In a fixed order: a provider that lists rows in another order has changed nothing.
        const calls = (byExtension.get(extension) ?? []).map(relayed).sort(byCallId)
        const changes = changesOf.get(extension) ?? []
        const state = stateOf(extension)
        if (changes.length === 0 && sameCalls(state.calls, calls)) continue
        state.revision += 1
        state.calls = calls
        const missed = changes.filter((change) => change.kind === 'missed')
        if (missed.length > 0) {
          state.missed = [...missed.map(({ call }) => ({ at: iso, call: relayed(call) })), ...state.missed]
        }
        state.missed = kept(state.missed, at.getTime())
        changedExtensions.push(extension)
        if (changes.length > 0) {
          events.push({
            extension,
            event: {
              v: 1,
              epoch,
              revision: state.revision,
              at: iso,
              changes: changes.map((change) => ({ kind: change.kind, call: relayed(change.call) })),
            },
          })
        }
      }
      return { events, changedExtensions }
    },
    /** The extension's entry as it is now (the missed list trimmed to the last hour). */
    entry(extension: string, now: Date): ExtensionEntry {
      const state = stateOf(extension)
      state.missed = kept(state.missed, now.getTime())
      return { v: 1, epoch, revision: state.revision, calls: state.calls, missed: state.missed }
    },
    index(): IndexEntry {
      const listed: Record<string, number> = {}
      for (const [extension, state] of extensions) listed[extension] = state.revision
      return { v: 1, epoch, extensions: listed }
    },
    /** Every call the provider reported last, for the figures. */
    calls: (): ReadonlyArray<MonitoredCall> => [...snapshot.values()],
  }
}

export type TenantCalls = ReturnType<typeof createTenantCalls>

/** Exactly the fields the wire carries (a MonitoredCall may be a wider object). */
function relayed(call: MonitoredCall): RelayedCall {
  return {
    callId: call.callId,
    state: call.state,
    direction: call.direction,
    extension: call.extension,
    agentName: call.agentName,
    username: call.username,
    userId: call.userId,
    destination: call.destination,
    startedAt: call.startedAt,
    domainName: call.domainName,
  }
}

const byCallId = (a: RelayedCall, b: RelayedCall) => (a.callId < b.callId ? -1 : a.callId > b.callId ? 1 : 0)

function kept<T extends { at: string }>(missed: T[], now: number): T[] {
  const since = now - MISSED_KEPT_MS
  return missed.filter((entry) => Date.parse(entry.at) >= since).slice(0, MISSED_KEPT)
}

function sameCalls(a: ReadonlyArray<RelayedCall>, b: ReadonlyArray<RelayedCall>): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b)
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const name = key(item)
    let group = groups.get(name)
    if (!group) groups.set(name, (group = []))
    group.push(item)
  }
  return groups
}
