import type { MonitoredCall } from '../../../../shared/domain/calls'
import type { LiveCall } from '../../../../shared/domain/live'
import { diffCalls } from '../../../monitor/call-tracker'
import { missedNotifications } from '../../../monitor/missed-calls'
import { monitoredCallWords } from '../../../monitor/monitored-call-words'
import { ringingNotifications } from '../../../monitor/notification-policy'
import { sameData } from '../../../monitor/same-data'
import type { Watcher, WatcherContext } from '../../../monitor/watchers/watcher'
import type { Tel4vnClient } from '../tel4vn-client'

import { tel4vnScreenPopValues } from './tel4vn-screen-pop'

/** Tel4vn's live monitor: calls ringing and on call, notifications for the ones that ring. */
export function tel4vnCallsWatcher(
  client: Pick<Tel4vnClient, 'monitorCalls'>,
  context: WatcherContext,
  intervalMs: number,
): Watcher {
  const { account } = context
  let snapshot = new Map<string, MonitoredCall>()
  const seenAt = new Map<string, string>()
  /** The calls last handed to the board, with the monitored rows they were made from. */
  let lastHanded = new Map<string, HandedCall>()
  const { mine, subject, onBoard } = monitoredCallWords(context)

  return {
    kind: 'calls',
    intervalMs,
    hearsRings: true,
    async poll(signal) {
      const { calls } = await client.monitorCalls(signal)
      const diff = diffCalls(snapshot, calls)
      const now = context.now()
      for (const change of diff.changes) {
        if (change.kind === 'ringing' || change.kind === 'answered') seenAt.set(change.call.callId, now)
        else seenAt.delete(change.call.callId)
      }
      snapshot = diff.snapshot
      const ringing = diff.changes
        .filter((change) => change.kind === 'ringing' && mine(change.call))
        .map((change) => change.call)
      const notifications = ringingNotifications(
        account.label,
        ringing,
        (id) => context.wasNotified(id),
        context.text(),
      )
      const shownCalls = context.notify(
        notifications.map(({ id, title, body, callIds }) => {
          // A burst's notification speaks for several calls: a click cannot pop one record.
          const only = callIds.length === 1 ? ringing.find((call) => call.callId === callIds[0]) : undefined
          return {
            id,
            title,
            body,
            covers: callIds,
            ring: true,
            ...(callIds[0] ? { focus: callIds[0] } : {}),
            ...(only ? { screenPop: tel4vnScreenPopValues(only) } : {}),
          }
        }),
      )
      const missedAll = diff.changes.filter((change) => change.kind === 'missed')
      context.missedOnBoard?.(missedAll.map(({ call }) => onBoard(call)))
      const missed = missedAll.filter((change) => mine(change.call))
      const shownMissed = context.notify(
        missedNotifications(
          account.label,
          missed.map(({ call }) => ({
            alertId: `missed:${call.callId}`,
            who: subject(call),
            detail: call.destination ? context.text().calledNumber(call.destination) : null,
          })),
          context.text(),
        ),
      )
      context.alert(
        diff.changes
          .filter((change) => (change.kind === 'ringing' || change.kind === 'missed') && mine(change.call))
          .map((change) => ({
            id: `${change.kind}:${change.call.callId}`,
            kind: change.kind as 'ringing' | 'missed',
            subject: subject(change.call),
            detail: null,
            calledNumber: change.call.destination,
            notified:
              change.kind === 'ringing'
                ? shownCalls.has(change.call.callId)
                : shownMissed.has(`missed:${change.call.callId}`),
          })),
      )
      // A call still ringing moves its group's longest-ringing figure, which may cross a threshold.
      if (diff.changes.length > 0 || calls.some((call) => call.state === 'ringing')) context.changed()
    },
    calls(): LiveCall[] {
      const handed = new Map<string, HandedCall>()
      const calls: LiveCall[] = []
      for (const call of snapshot.values()) {
        const queueIds = context.queuesOf(call.extension)
        const concerned = mine(call)
        const seen = seenAt.get(call.callId) ?? context.now()
        const before = lastHanded.get(call.callId)
        // The monitor answers with every row afresh each poll: a call whose row and board fields
        // did not change is handed over as the same object, so the publisher passes it by identity.
        const live =
          before &&
          (before.from === call || sameData(before.from, call)) &&
          before.live.concerned === concerned &&
          before.live.seenAt === seen &&
          before.live.accountLabel === account.label &&
          sameData(before.live.queueIds, queueIds)
            ? before.live
            : {
                ...call,
                accountId: account.id,
                accountLabel: account.label,
                queueIds: copyOrNull(queueIds),
                concerned,
                seenAt: seen,
              }
        handed.set(call.callId, { from: call, live })
        calls.push(live)
      }
      lastHanded = handed
      return calls
    },
    ringingCount: () => [...snapshot.values()].filter((call) => call.state === 'ringing' && mine(call)).length,
  }
}

/** A call as the board last received it, and the monitored row it came from. */
interface HandedCall {
  readonly from: MonitoredCall
  readonly live: LiveCall
}

function copyOrNull<T>(list: ReadonlyArray<T> | null): T[] | null {
  return list ? [...list] : null
}
