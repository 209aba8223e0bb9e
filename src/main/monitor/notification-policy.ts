import type { AccountRole } from '../../shared/domain/accounts'
import type { MonitoredCall } from '../../shared/domain/calls'
import type { DesktopText } from '../i18n/desktop-text'

import { burstBody, burstId } from './burst-notification'

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
  text: DesktopText,
): CallNotification[] {
  const fresh = ringing.filter((call) => !alreadyNotified(call.callId))
  if (fresh.length === 0) return []
  const [only] = fresh
  if (fresh.length === 1 && only) {
    const who = only.agentName ? `${only.extension} (${only.agentName})` : only.extension
    // The API names the number receiving the call, not the caller: say "to", whatever the direction.
    const body = [
      only.destination ? text.calledNumber(only.destination) : text.numberNotReported,
      only.direction === null ? text.directionNotReported : null,
      accountLabel,
    ]
    return [
      {
        id: only.callId,
        title: only.direction === 'outbound' ? text.outboundRinging(who) : text.callRinging(who),
        body: body.filter((part) => part !== null).join(' · '),
        callIds: [only.callId],
      },
    ]
  }
  return [
    {
      id: burstId(
        'ringing',
        fresh.map((call) => call.callId),
      ),
      title: text.callsRinging(fresh.length, accountLabel),
      body: burstBody(fresh.map((call) => call.extension)),
      callIds: fresh.map((call) => call.callId),
    },
  ]
}
