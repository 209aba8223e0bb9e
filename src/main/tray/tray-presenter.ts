import type { NotificationPause } from '../../shared/domain/notifications'
import type { Language } from '../../shared/domain/settings'
import type { TrayView } from '../../shared/domain/tray'
import { desktopText } from '../i18n/desktop-text'

/** What the tray reflects; later features add to it (ringing calls, failing accounts). */
export interface TrayInputs {
  readonly pause: NotificationPause
  readonly ringingCalls: number
  /** Missed calls not yet seen in the alert history; none when absent. */
  readonly missedCalls?: number
  readonly problems: number
  /** Accounts whose rings may go unseen (their polls keep failing), and since when (ISO); none when absent. */
  readonly callsMayBeMissed?: ReadonlyArray<{ readonly accountLabel: string; readonly since: string }>
  readonly language: Language
}

/**
 * Decides the tray's icon and tooltip. Ringing wins over everything: a paused user still
 * sees that a call rings, only the notification is silenced.
 */
export function presentTray(inputs: TrayInputs, formatTime: (iso: string) => string): TrayView {
  const text = desktopText(inputs.language)
  const notificationsPaused = inputs.pause.paused
  const pauseNote = inputs.pause.paused
    ? inputs.pause.until === null
      ? text.trayPaused
      : text.trayPausedUntil(formatTime(inputs.pause.until))
    : undefined
  const blind = inputs.callsMayBeMissed ?? []
  // The earliest: from then on, some account may have missed calls.
  const blindSince = blind.map((entry) => entry.since).sort()[0]
  const parts: string[] = []
  if (inputs.ringingCalls > 0) parts.push(text.trayCallsRinging(inputs.ringingCalls))
  const missed = inputs.missedCalls ?? 0
  if (missed > 0) parts.push(text.trayMissed(missed))
  if (blindSince) {
    parts.push(
      text.trayCallsMayBeMissed(
        blind.map((entry) => entry.accountLabel),
        formatTime(blindSince),
      ),
    )
  }
  if (inputs.problems > 0) parts.push(text.trayProblems(inputs.problems))
  if (pauseNote) parts.push(pauseNote)
  const icon =
    inputs.ringingCalls > 0
      ? 'ringing'
      : inputs.problems > 0 || blindSince || missed > 0
        ? 'attention'
        : notificationsPaused
          ? 'paused'
          : 'idle'
  const tooltip = parts.length > 0 ? `AgentDesk: ${parts.join(', ')}` : 'AgentDesk'
  return { icon, tooltip: tooltip.slice(0, 127), notificationsPaused, menu: text.menu }
}

/** True when two views would draw the same tray. */
export function sameTrayView(a: TrayView | undefined, b: TrayView): boolean {
  return (
    a !== undefined &&
    a.icon === b.icon &&
    a.tooltip === b.tooltip &&
    a.notificationsPaused === b.notificationsPaused &&
    a.menu === b.menu
  )
}
