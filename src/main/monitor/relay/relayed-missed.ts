import { missedNotifications } from '../missed-calls'
import { monitoredCallWords } from '../monitored-call-words'
import type { WatcherContext } from '../watchers/watcher'

import type { RelayedMissed } from './relayed-entries'

/**
 * Missed calls this desk never saw ring (it was cut off for the whole ring): the relay lists them
 * in the extension's entry. Each is told once, as the account's watcher tells a missed call it
 * saw (`missed:<callId>`, one notification and one alert), and only those missed after this
 * watcher started: older ones belong to before the desk was watching. The relay's clock says when
 * it missed one and the desk's says when it started, so `skewMs` lets the relay's run that much
 * behind (a call missed just as the desk started is told rather than lost). A call the watcher holds
 * is left to it, and the gate's persisted ids make a resync or a restart never tell one twice.
 */
export function createRelayedMissed(context: WatcherContext, startedAt: string) {
  const handled = new Set<string>()
  const { account } = context
  const { mine, subject, onBoard } = monitoredCallWords(context)
  return {
    /** Tells the missed calls not told yet; `held` says which calls the watcher itself follows. */
    tell(missed: ReadonlyArray<RelayedMissed>, held: (callId: string) => boolean, skewMs: number) {
      const fresh = missed.filter(({ at, call }) => {
        const id = `missed:${call.callId}`
        if (handled.has(id) || Date.parse(at) < Date.parse(startedAt) - skewMs || held(call.callId)) return false
        handled.add(id)
        return !context.wasNotified(id)
      })
      if (fresh.length === 0) return
      context.missedOnBoard?.(fresh.map(({ call }) => onBoard(call)))
      const concerned = fresh.filter(({ call }) => mine(call)).map(({ call }) => call)
      const shown = context.notify(
        missedNotifications(
          account.label,
          concerned.map((call) => ({
            alertId: `missed:${call.callId}`,
            who: subject(call),
            detail: call.destination ? context.text().calledNumber(call.destination) : null,
          })),
          context.text(),
        ),
      )
      context.alert(
        concerned.map((call) => ({
          id: `missed:${call.callId}`,
          kind: 'missed' as const,
          subject: subject(call),
          detail: null,
          calledNumber: call.destination,
          notified: shown.has(`missed:${call.callId}`),
        })),
      )
      context.changed()
    },
  }
}
