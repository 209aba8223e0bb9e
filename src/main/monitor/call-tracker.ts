import type { MonitoredCall } from '../../shared/domain/calls'

/** A change in a call between two polls. */
export interface CallChange {
  readonly kind: 'ringing' | 'answered' | 'ended' | 'missed'
  readonly call: MonitoredCall
}

/**
 * Compares two snapshots of an account's calls. A call that rang and vanished without being
 * answered was missed; one first seen already on a call is reported answered (it rang between polls).
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
    if (!snapshot.has(callId)) changes.push({ kind: call.state === 'ringing' ? 'missed' : 'ended', call })
  }
  return { changes, snapshot }
}
