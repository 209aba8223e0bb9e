import type { AccountView } from '../../shared/domain/accounts'
import type { Alert } from '../../shared/domain/live'
import type { NotifierPort } from '../core/ports'
import type { NotificationPauseService } from '../notifications/notification-pause'
import type { SettingsRepository } from '../settings/settings-repository'

import type { NotificationRequest } from './watchers/watcher'

const MAX_ALERTS = 200
const MAX_NOTIFIED = 1000

/** An alert as a watcher reports it; the gate stamps the account and the time. */
export type AlertReport = Omit<Alert, 'accountId' | 'accountLabel' | 'at'>

/**
 * What reaches the desktop: nothing while notifications are paused, each event once across
 * polls, pushes, reconnects and restarts (the ids notified and the alerts are persisted).
 */
export interface NotificationGate {
  /** Shows what is not paused and not notified before; returns the ids (and covered ids) shown. */
  notify(requests: ReadonlyArray<NotificationRequest>): ReadonlySet<string>
  wasNotified(id: string): boolean
  /** Keeps the alerts not kept before, newest first. */
  alert(account: Pick<AccountView, 'id' | 'label'>, alerts: ReadonlyArray<AlertReport>): void
  alerts(): ReadonlyArray<Alert>
  clearAlerts(): void
  /** Missed calls the user has not seen in the history yet (the tray counts them). */
  unseenMissed(): number
  /** The user opened the history: every missed call in it is seen. Answers how many were not. */
  markMissedSeen(): number
}

/** Creates the gate; what was notified before the app last quit is read from the settings. */
export function createNotificationGate(deps: {
  readonly settings: SettingsRepository
  readonly pause: NotificationPauseService
  readonly notifier: NotifierPort
  readonly now: () => string
  readonly onAlertsChanged: (alerts: ReadonlyArray<Alert>) => void
  /** Opens the Live screen with this call or alert in view. */
  readonly openLive: (focus?: string) => void
  /** Where ring notifications are followed until their calls stop ringing. */
  readonly rings?: {
    shown(notificationId: string, callIds: ReadonlyArray<string>): void
    dismiss(callId: string): void
  }
}): NotificationGate {
  const notified = new Set(deps.settings.read().notifiedCallIds)
  return {
    notify(requests) {
      const shown = new Set<string>()
      if (requests.length === 0 || deps.pause.alertsPausedNow()) return shown
      for (const request of requests) {
        const ids = [request.id, ...(request.covers ?? [])]
        if (ids.every((id) => notified.has(id))) continue
        const focus = request.focus ?? request.id
        const rings = request.ring ? deps.rings : undefined
        // Seen (opened) or closed by the user: the ring is dismissed, the sound stops.
        const dismiss = () => ids.forEach((id) => rings?.dismiss(id))
        deps.notifier.show({
          id: request.id,
          title: request.title,
          body: request.body,
          onClick: () => {
            dismiss()
            if (request.onClick) request.onClick()
            else deps.openLive(focus)
          },
          ...(rings ? { persistent: true, onDismiss: dismiss } : request.persistent ? { persistent: true } : {}),
        })
        rings?.shown(request.id, ids)
        for (const id of ids) {
          notified.add(id)
          shown.add(id)
        }
      }
      if (shown.size > 0) deps.settings.update({ notifiedCallIds: [...notified].slice(-MAX_NOTIFIED) })
      return shown
    },
    wasNotified: (id) => notified.has(id),
    alert(account, alerts) {
      const kept = deps.settings.read().alerts
      // One alert per id: a poll, a push, a reconnect or a restart may each report the same event.
      const seen = new Set(kept.map((alert) => alert.id))
      const fresh = alerts.filter((alert) => {
        if (seen.has(alert.id)) return false
        seen.add(alert.id)
        return true
      })
      if (fresh.length === 0) return
      const at = deps.now()
      // A missed call waits, unseen, for the user to open the history.
      const stamped = fresh.map((alert) => ({
        ...alert,
        accountId: account.id,
        accountLabel: account.label,
        at,
        ...(alert.kind === 'missed' ? { seen: false } : {}),
      }))
      const next = [...stamped, ...kept].slice(0, MAX_ALERTS)
      deps.settings.update({ alerts: next })
      deps.onAlertsChanged(next)
    },
    alerts: () => deps.settings.read().alerts,
    clearAlerts() {
      deps.settings.update({ alerts: [] })
      deps.onAlertsChanged([])
    },
    unseenMissed: () => deps.settings.read().alerts.filter((alert) => alert.seen === false).length,
    markMissedSeen() {
      const kept = deps.settings.read().alerts
      const unseen = kept.filter((alert) => alert.seen === false).length
      if (unseen === 0) return 0
      const next = kept.map((alert) => (alert.seen === false ? { ...alert, seen: true } : alert))
      deps.settings.update({ alerts: next })
      deps.onAlertsChanged(next)
      return unseen
    },
  }
}
