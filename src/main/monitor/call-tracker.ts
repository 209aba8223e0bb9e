import type { MonitoredCall } from '../../shared/domain/calls'

/** A change in a call between two polls. */
export interface CallChange {
  readonly kind: 'ringing' | 'answered' | 'ended' | 'missed'
  readonly call: MonitoredCall
}

/**
 * Compares two snapshots of an account's calls. A call that rang and vanished without being
 * answered was missed; one first seen already on a call is reported answered (it rang between polls).
 *
 * Missed follows Tel4vn's call states: RINGING then gone, never ONCALL. An outbound call that
 * rang out and ended rang for the other party, not for the agent: it ended unanswered, it was
 * not missed. A call whose direction is not reported counts as missed (a ring for the user must
 * not vanish unseen). One answered and hung up between two polls looks the same as one missed:
 * the monitor cannot tell them apart and says missed (ARCHITECTURE.md, "Missed calls").
 */
export function diffCalls(
  previous: ReadonlyMap<string, MonitoredCall>,
  current: ReadonlyArray<MonitoredCall>,
): { changes: CallChange[]; snapshot: Map<string, MonitoredCall> } {
  // Plain loops: a big centre answers with thousands of calls every two seconds.
  const snapshot = new Map<string, MonitoredCall>()
  const changes: CallChange[] = []
  for (const call of current) {
    snapshot.set(call.callId, call)
    const before = previous.get(call.callId)
    if (!before) changes.push({ kind: call.state === 'ringing' ? 'ringing' : 'answered', call })
    else if (before.state === 'ringing' && call.state === 'on_call') changes.push({ kind: 'answered', call })
  }
  for (const [callId, call] of previous) {
    if (!snapshot.has(callId)) {
      const missed = call.state === 'ringing' && call.direction !== 'outbound'
      changes.push({ kind: missed ? 'missed' : 'ended', call })
    }
  }
  return { changes, snapshot }
}
