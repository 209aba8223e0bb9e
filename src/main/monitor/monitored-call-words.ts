import type { MonitoredCall } from '../../shared/domain/calls'

import { concernsUser } from './notification-policy'
import type { MissedOnBoard, WatcherContext } from './watchers/watcher'

/**
 * How a Tel4vn call is judged and named for this user, one place for the account's watcher and
 * for the missed calls the team relay tells a desk that never saw them ring: both must decide
 * and word a call alike, or a relayed desk would tell a different story than a polling one.
 */
export function monitoredCallWords(context: WatcherContext) {
  const { account } = context
  /** Whether it concerns the user: their extension, or through the supervisor's filter. */
  const mine = (call: MonitoredCall) =>
    concernsUser(account.role, call) &&
    context.wanted({
      direction: call.direction,
      agentKeys: [call.extension, call.username, call.agentName],
      queueIds: context.queuesOf(call.extension),
    })
  /** "101 (Nguyễn Văn An)", as notifications and alerts name the one the call rang for. */
  const subject = (call: MonitoredCall) => (call.agentName ? `${call.extension} (${call.agentName})` : call.extension)
  /** What places a missed call in the board's groups. */
  const onBoard = (call: MonitoredCall): MissedOnBoard => ({
    queueIds: context.queuesOf(call.extension),
    domainName: call.domainName,
    callId: call.callId,
    extension: call.extension,
    agentName: call.agentName,
    calledNumber: call.destination,
    concerned: mine(call),
  })
  return { mine, subject, onBoard }
}
