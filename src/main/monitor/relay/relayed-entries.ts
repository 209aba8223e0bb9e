import type { ExtensionEntry, ExtensionEvent, RelayedCall } from '../../relay-protocol/relay-entries'

/** A call the relay reported missed: when, and the call as it rang. */
export interface RelayedMissed {
  readonly at: string
  readonly call: RelayedCall
}

/** What became of an event. */
export type Applied = 'applied' | 'stale' | 'gap' | 'epoch'

/** One extension's entry as read from the relay's bucket (null: the bucket has none). */
export interface ReadEntry {
  readonly extension: string
  readonly entry: ExtensionEntry | null
}

/**
 * The relayed state a desk holds (one extension for an agent, every extension for a supervisor),
 * in one epoch, and the snapshots the account's watcher has still to see. Every change queues the
 * calls as they then were, so the watcher diffs ring → answer → end in order even when events
 * come faster than it polls. A read replaces what it read at once, as one snapshot: a call the
 * watcher would hold ringing before it, that the read takes away and that the relay does not
 * list as missed, was answered meanwhile: it passes through "on call" first, so the watcher ends
 * it instead of calling it missed.
 */
export function createRelayedEntries() {
  let epoch: string | null = null
  const entries = new Map<string, { revision: number; calls: RelayedCall[]; missed: RelayedMissed[] }>()
  const queue: RelayedCall[][] = []
  /** The last snapshot the watcher was given (or polled itself): what its next diff starts from. */
  let handed: ReadonlyArray<RelayedCall> = []

  const allCalls = () => [...entries.values()].flatMap((entry) => entry.calls)
  const queueNow = () => queue.push(allCalls())
  /** Queues `before` with its calls that were answered meanwhile on call, when there are any. */
  const queueAnsweredMeanwhile = (before: ReadonlyArray<RelayedCall>) => {
    const nowIds = new Set(allCalls().map((call) => call.callId))
    const missedIds = new Set([...entries.values()].flatMap((entry) => entry.missed.map(({ call }) => call.callId)))
    const answered = new Set(
      before
        .filter((call) => call.state === 'ringing' && !nowIds.has(call.callId) && !missedIds.has(call.callId))
        .map((call) => call.callId),
    )
    if (answered.size === 0) return
    queue.push(before.map((call) => (answered.has(call.callId) ? { ...call, state: 'on_call' as const } : call)))
  }

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
    /**
     * Replaces entries with what the relay holds now, as one snapshot for the watcher. An entry
     * older than the one held in the same epoch is left out (a slow read never moves one back);
     * `complete`: the relay lists no other extension (a supervisor's index), the rest are forgotten.
     */
    replace(read: ReadonlyArray<ReadEntry>, options: { complete?: boolean } = {}): void {
      const before = queue.at(-1) ?? handed
      let changed = false
      for (const { extension, entry } of read) {
        const held = entries.get(extension)
        if (entry && held && entry.epoch === epoch && entry.revision < held.revision) continue
        entries.set(
          extension,
          entry
            ? { revision: entry.revision, calls: [...entry.calls], missed: [...entry.missed] }
            : { revision: 0, calls: [], missed: [] },
        )
        changed = true
      }
      if (options.complete) {
        const listed = new Set(read.map(({ extension }) => extension))
        for (const extension of [...entries.keys()]) {
          if (listed.has(extension)) continue
          entries.delete(extension)
          changed = true
        }
      }
      if (!changed) return
      queueAnsweredMeanwhile(before)
      queueNow()
    },
    /**
     * The watcher polled the provider itself meanwhile and holds `calls`: the snapshots queued
     * before are history it has passed by; it goes on from what the relay holds now.
     */
    handOver(calls: ReadonlyArray<RelayedCall>): void {
      queue.length = 0
      handed = calls
      queueAnsweredMeanwhile(calls)
      queueNow()
    },
    /** The next snapshot for the watcher, oldest first; the calls held now when none waits. */
    next(): { calls: RelayedCall[]; more: boolean } {
      const calls = queue.shift() ?? allCalls()
      handed = calls
      return { calls, more: queue.length > 0 }
    },
    missed: (): RelayedMissed[] => [...entries.values()].flatMap((entry) => entry.missed),
  }
}

export type RelayedEntries = ReturnType<typeof createRelayedEntries>
