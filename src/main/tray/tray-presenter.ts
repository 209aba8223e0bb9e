import type { MonitorStatus } from '../../shared/domain/live'
import type { NotificationPause } from '../../shared/domain/notifications'
import type { Language } from '../../shared/domain/settings'
import type { TrayView } from '../../shared/domain/tray'
import { desktopText, type DesktopText } from '../i18n/desktop-text'

/** What the tray reflects; later features add to it (ringing calls, failing accounts). */
export interface TrayInputs {
  readonly pause: NotificationPause
  readonly ringingCalls: number
  /** Missed calls not yet seen in the alert history; none when absent. */
  readonly missedCalls?: number
  readonly problems: number
  /** Accounts whose rings may go unseen (their polls keep failing), and since when (ISO); none when absent. */
  readonly callsMayBeMissed?: ReadonlyArray<{ readonly accountLabel: string; readonly since: string }>
  /** Each monitored account's status line, for its connection health in the menu and tooltip. */
  readonly monitors?: ReadonlyArray<MonitorStatus>
  /** Queues and teams of the supervisor board past their alert level (labels); none when absent. */
  readonly groupsInAlert?: ReadonlyArray<string>
  readonly language: Language
  /** The version of a downloaded update waiting for "Restart to update"; none when absent. */
  readonly updateReady?: string | null
}

/** Windows cuts a tray tooltip at 127 characters. */
const TOOLTIP_MAX = 127
const MENU_LINE_MAX = 160

/** "notifications paused until 14:30", "outside working hours until Mon 08:00". */
function pauseNote(pause: NotificationPause, text: DesktopText, formatTime: (iso: string) => string) {
  if (!pause.paused) return undefined
  const until = pause.until === null ? null : formatTime(pause.until)
  if (pause.outsideWorkingHours) return text.trayOutsideHours(until)
  return until === null ? text.trayPaused : text.trayPausedUntil(until)
}

/**
 * Decides the tray's icon and tooltip. Ringing wins over everything: a paused user still
 * sees that a call rings, only the notification is silenced. A failing call monitor asks for
 * attention: a dead provider connection must not look like a quiet day.
 */
export function presentTray(inputs: TrayInputs, formatTime: (iso: string) => string): TrayView {
  const text = desktopText(inputs.language)
  const paused = inputs.pause.paused
  const note = pauseNote(inputs.pause, text, formatTime)
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
  const groupsInAlert = inputs.groupsInAlert ?? []
  if (groupsInAlert.length > 0) parts.push(text.trayGroupsInAlert(groupsInAlert))
  if (inputs.problems > 0) parts.push(text.trayProblems(inputs.problems))
  if (note) parts.push(note)
  const icon =
    inputs.ringingCalls > 0
      ? 'ringing'
      : inputs.problems > 0 || blindSince || missed > 0 || groupsInAlert.length > 0
        ? 'attention'
        : paused
          ? 'paused'
          : 'idle'
  const monitors = inputs.monitors ?? []
  // Failing accounts first: the tooltip is cut short, and they are what the user must see.
  const byUrgency = [...monitors].sort((a, b) => Number(b.state === 'error') - Number(a.state === 'error'))
  const summary = parts.length > 0 ? `AgentDesk: ${parts.join(', ')}` : 'AgentDesk'
  const tooltip = [summary, ...byUrgency.map((status) => text.health(status.accountLabel, status, formatTime, true))]
    .join('\n')
    .slice(0, TOOLTIP_MAX)
  return {
    icon,
    tooltip,
    // Outside working hours too: "Resume" there turns alerts on now (until the hours begin).
    notificationsPaused: paused,
    menu: text.menu,
    missedEntry: missed > 0 ? text.trayMissedEntry(missed) : null,
    // Only while an update waits, so a view without one stays exactly as it was.
    ...(inputs.updateReady ? { updateEntry: text.trayUpdateEntry(inputs.updateReady) } : {}),
    health: monitors.map((status) => menuLine(text.health(status.accountLabel, status, formatTime))),
  }
}

/**
 * A menu line of reasonable length: a provider's own error text can run to paragraphs, which
 * no menu can show (and the tray's view refuses); the Live screen keeps the whole of it.
 */
function menuLine(line: string): string {
  return line.length > MENU_LINE_MAX ? `${line.slice(0, MENU_LINE_MAX - 1)}…` : line
}

/** True when two views would draw the same tray. */
export function sameTrayView(a: TrayView | undefined, b: TrayView): boolean {
  return (
    a !== undefined &&
    a.icon === b.icon &&
    a.tooltip === b.tooltip &&
    a.notificationsPaused === b.notificationsPaused &&
    a.menu === b.menu &&
    a.missedEntry === b.missedEntry &&
    (a.updateEntry ?? null) === (b.updateEntry ?? null) &&
    a.health.join('\n') === b.health.join('\n')
  )
}
