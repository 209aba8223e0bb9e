import type { AccountRole } from '../../shared/domain/accounts'
import type { MonitoredCall } from '../../shared/domain/calls'

/** A notification the monitor decided to show. */
export interface CallNotification {
  readonly id: string
  readonly title: string
  readonly body: string
  readonly callIds: ReadonlyArray<string>
}

/** Whether a call concerns this user: an agent hears only their own extension. */
export function concernsUser(role: AccountRole, call: MonitoredCall): boolean {
  return role.kind === 'supervisor' || call.extension === role.extension
}

/**
 * Turns the calls that started ringing in one poll of one account into notifications: one
 * per call, or one for the burst when several ring at once. Calls already notified (across
 * polls, reconnects and restarts) are left out.
 */
export function ringingNotifications(
  accountLabel: string,
  ringing: ReadonlyArray<MonitoredCall>,
  alreadyNotified: (callId: string) => boolean,
): CallNotification[] {
  const fresh = ringing.filter((call) => !alreadyNotified(call.callId))
  if (fresh.length === 0) return []
  const [only] = fresh
  if (fresh.length === 1 && only) {
    const who = only.agentName ? `${only.extension} (${only.agentName})` : only.extension
    const party = only.destination ?? 'an unknown number'
    return [
      {
        id: only.callId,
        title: only.direction === 'inbound' ? `Call ringing on ${who}` : `Outbound call ringing from ${who}`,
        body: only.direction === 'inbound' ? `From ${party} · ${accountLabel}` : `To ${party} · ${accountLabel}`,
        callIds: [only.callId],
      },
    ]
  }
  return [
    {
      id: fresh.map((call) => call.callId).join('+'),
      title: `${fresh.length} calls ringing in ${accountLabel}`,
      body: fresh.map((call) => call.extension).join(', '),
      callIds: fresh.map((call) => call.callId),
    },
  ]
}
