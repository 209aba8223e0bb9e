import type { QueueFigures } from '../../shared/domain/queue-figures'
import type { NotifierPort } from '../core/ports'
import type { DesktopText } from '../i18n/desktop-text'

/** Follows the board's groups against their thresholds and says so on the desktop. */
export interface ThresholdAlerts {
  /**
   * Takes the groups as the board shows them now: notifies each that crossed into alert, and
   * each back to normal when the user wants to hear it. Answers the labels of the groups in
   * alert that concern the user (the tray's attention).
   */
  update(figures: ReadonlyArray<QueueFigures>): ReadonlyArray<string>
}

/** A crossing for the alert history. */
export interface ThresholdEntry {
  readonly kind: 'queue_alert' | 'queue_normal'
  readonly group: QueueFigures
  /** Its figures as the desktop words them ("3 ringing, longest 2:05"). */
  readonly detail: string
  readonly notified: boolean
}

/** One group's standing between updates. */
interface Standing {
  /** Reached alert, and has not been back to normal since. */
  alerted: boolean
  /** Its alert was shown on the desktop (so its "back to normal" may be). */
  shown: boolean
  /** Its alert is in the history (so its "back to normal" goes there too). */
  recorded: boolean
}

/**
 * Creates the tracker. A group alerts once when it reaches its alert level; not again while it
 * stays there nor when it only drops to warn and climbs back (that is the same trouble, and a
 * queue hovering at its level must not notify every poll); again once it has been back to normal.
 */
export function createThresholdAlerts(deps: {
  readonly notifier: NotifierPort
  /**
   * Threshold alerts obey the pause like every other alert: the pause (or the hours outside work)
   * is the user saying "do not interrupt me", and a supervisor who paused still sees the breach
   * where nothing interrupts: the red tile and the tray's attention. A crossing during the pause
   * is not notified afterwards: by then it is old news, and the board shows how things stand.
   */
  readonly paused: () => boolean
  readonly backToNormal: () => boolean
  /** Whether a group is the user's to hear about: watched through a supervisor account. */
  readonly concerns: (group: QueueFigures) => boolean
  readonly text: () => DesktopText
  readonly openLive: () => void
  /**
   * Puts a crossing in the alert history (a group that concerns the user: into alert, and back to
   * normal when the user wants to hear of it), with whether it reached the desktop.
   */
  readonly history?: (entry: ThresholdEntry) => void
}): ThresholdAlerts {
  const standings = new Map<string, Standing>()
  let shownCount = 0

  const show = (group: QueueFigures, title: string, body: string) => {
    shownCount += 1
    deps.notifier.show({ id: `threshold:${group.key}:${shownCount}`, title, body, onClick: deps.openLive })
  }

  return {
    update(figures) {
      const inAlert: string[] = []
      const present = new Set<string>()
      for (const group of figures) {
        present.add(group.key)
        const concerned = deps.concerns(group)
        if (group.level === 'alert' && concerned) inAlert.push(group.label)
        const standing = standings.get(group.key) ?? { alerted: false, shown: false, recorded: false }
        standings.set(group.key, standing)
        if (group.level === 'alert' && !standing.alerted) {
          standing.alerted = true
          standing.shown = concerned && !deps.paused()
          standing.recorded = concerned && deps.history !== undefined
          const text = deps.text()
          const figures = text.groupFigures(group.ringing, group.longestRingingSeconds)
          if (standing.shown) show(group, text.groupAlert(group.label), figures)
          if (standing.recorded)
            deps.history?.({ kind: 'queue_alert', group, detail: figures, notified: standing.shown })
        } else if (group.level === 'normal' && standing.alerted) {
          const text = deps.text()
          const figures = text.groupFigures(group.ringing, group.longestRingingSeconds)
          const wanted = concerned && deps.backToNormal()
          // Back to normal follows only an alert the user saw: alone it would mean nothing.
          const shown = standing.shown && wanted && !deps.paused()
          if (shown) show(group, text.groupBackToNormal(group.label), text.groupBackToNormalBody(figures))
          if (standing.recorded && wanted)
            deps.history?.({ kind: 'queue_normal', group, detail: figures, notified: shown })
          standing.alerted = false
          standing.shown = false
          standing.recorded = false
        }
      }
      // A group no longer on the board (its account is no longer watched) is forgotten quietly.
      for (const key of [...standings.keys()]) if (!present.has(key)) standings.delete(key)
      return inAlert
    },
  }
}
