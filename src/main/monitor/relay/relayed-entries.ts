import type { ExtensionEntry, ExtensionEvent, RelayedCall } from '../../relay-protocol/relay-entries'

/** A call the relay reported missed: when, and the call as it rang. */
export interface RelayedMissed {
  readonly at: string
  readonly call: RelayedCall
}

/** What became of an event. */
export type Applied = 'applied' | 'stale' | 'gap' | 'epoch'

/**
 * The relayed state a desk holds (one extension for an agent, every extension for a supervisor),
 * in one epoch, and the snapshots the account's watcher has still to see. Every change queues the
 * calls as they then were, so the watcher diffs ring → answer → end in order even when events
 * come faster than it polls; a call a re-read takes away while it rang, and that the relay does
 * not list as missed, was answered meanwhile: it passes through "on call" first, so the watcher
 * ends it instead of calling it missed.
 */
export function createRelayedEntries() {
  let epoch: string | null = null
  const entries = new Map<string, { revision: number; calls: RelayedCall[]; missed: RelayedMissed[] }>()
  const queue: RelayedCall[][] = []

  const allCalls = () => [...entries.values()].flatMap((entry) => entry.calls)
  const queueNow = () => queue.push(allCalls())

  return {
    epoch: () => epoch,
    revisionOf: (extension: string) => entries.get(extension)?.revision ?? null,
    extensions: () => [...entries.keys()],
    /** A new epoch: everything held belongs to an old history (calls stay until re-read replaces them). */
    startEpoch(next: string) {
      if (epoch === next) return
      epoch = next
      for (const entry of entries.values()) entry.revision = -1
    },
    /** Applies one event of an extension whose entry this desk holds at revision - 1. */
    apply(extension: string, event: ExtensionEvent): Applied {
      if (epoch !== null && event.epoch !== epoch) return 'epoch'
      const held = entries.get(extension) ?? (event.revision === 1 ? { revision: 0, calls: [], missed: [] } : undefined)
      if (!held || held.revision < 0) return 'gap'
      if (event.revision <= held.revision) return 'stale'
      if (event.revision !== held.revision + 1) return 'gap'
      epoch = event.epoch
      entries.set(extension, held)
      held.revision = event.revision
      for (const { kind, call } of event.changes) {
        held.calls = held.calls.filter((known) => known.callId !== call.callId)
        if (kind === 'ringing' || kind === 'answered') held.calls.push(call)
        if (kind === 'missed') held.missed = [{ at: event.at, call }, ...held.missed]
        // Each change on its own: a ring and its end in one event still reach the watcher as both.
        queueNow()
      }
      return 'applied'
    },
    /** Replaces an extension's entry with what the relay holds now (null: it has none). */
    replace(extension: string, entry: ExtensionEntry | null) {
      const before = entries.get(extension)
      const missedIds = new Set(entry?.missed.map(({ call }) => call.callId) ?? [])
      const nowIds = new Set(entry?.calls.map((call) => call.callId) ?? [])
      const answeredMeanwhile = (before?.calls ?? []).filter(
        (call) => call.state === 'ringing' && !nowIds.has(call.callId) && !missedIds.has(call.callId),
      )
      if (before && answeredMeanwhile.length > 0) {
        const ids = new Set(answeredMeanwhile.map((call) => call.callId))
        before.calls = before.calls.map((call) => (ids.has(call.callId) ? { ...call, state: 'on_call' } : call))
        queueNow()
      }
      if (entry)
        entries.set(extension, { revision: entry.revision, calls: [...entry.calls], missed: [...entry.missed] })
      else entries.set(extension, { revision: 0, calls: [], missed: [] })
      queueNow()
    },
    /** Forgets an extension the relay no longer lists (a supervisor's index). */
    drop(extension: string) {
      if (!entries.has(extension)) return
      this.replace(extension, null)
      entries.delete(extension)
      queueNow()
    },
    /** The next snapshot for the watcher, oldest first; the calls held now when none waits. */
    next(): { calls: RelayedCall[]; more: boolean } {
      const calls = queue.shift() ?? allCalls()
      return { calls, more: queue.length > 0 }
    },
    missed: (): RelayedMissed[] => [...entries.values()].flatMap((entry) => entry.missed),
  }
}

export type RelayedEntries = ReturnType<typeof createRelayedEntries>
