import type { NotificationPause, PauseDuration } from '../../shared/domain/notifications'
import type { Clock } from '../core/clock'
import type { SettingsRepository } from '../settings/settings-repository'

import { systemTimeZone, workingHoursAt } from './working-hours'

const durationsMs: Readonly<Record<Exclude<PauseDuration, 'until-resumed'>, number>> = {
  '15m': 15 * 60_000,
  '1h': 60 * 60_000,
}

/** Timers are re-armed at least this often: Node's setTimeout overflows past 24.8 days, and a day is plenty. */
const LONGEST_TIMER_MS = 24 * 3_600_000

/** Pausing and resuming notifications; the pause survives restarts and ends by itself. */
export interface NotificationPauseService {
  /** The user's pause, else the working hours' (outside them alerts are paused too). */
  current(): NotificationPause
  /**
   * The one question everything that alerts asks (the notification gate, the ringer): is the
   * user to be left alone right now? A ring still lands in history either way.
   */
  alertsPausedNow(): boolean
  pause(duration: PauseDuration): NotificationPause
  /** Pauses until a time the user chose (ISO, in the future). */
  pauseUntil(until: string): NotificationPause
  /** Alerts on now: ends the user's pause, and outside working hours overrides them until their next boundary. */
  resume(): NotificationPause
  /** Reads the settings and the clock again (working hours changed, the computer woke up). */
  refresh(): void
  dispose(): void
}

/**
 * Creates the service. onChange fires after every change, including the moment a timed
 * pause runs out and the moment working hours begin or end, so the tray and the renderer never
 * show a pause that has ended. Working hours are read on the wall clock of `timeZone`, the
 * computer's unless a test says otherwise.
 */
export function createNotificationPause(
  settings: SettingsRepository,
  clock: Clock,
  onChange: (pause: NotificationPause) => void,
  timeZone: string = systemTimeZone(),
): NotificationPauseService {
  let expiryTimer: unknown

  const userPause = (): NotificationPause => {
    const { notificationsPausedIndefinitely, notificationsPausedUntil } = settings.read()
    if (notificationsPausedIndefinitely) return { paused: true, until: null }
    if (notificationsPausedUntil && Date.parse(notificationsPausedUntil) > clock.now().getTime()) {
      return { paused: true, until: notificationsPausedUntil }
    }
    return { paused: false }
  }

  const hours = () => workingHoursAt(settings.read().workingHours, clock.now().getTime(), timeZone)
  const boundaryIso = (changesAt: number | null) => (changesAt === null ? null : new Date(changesAt).toISOString())

  /**
   * "Resume" outside working hours turns alerts on until the next working-hours boundary (the
   * hours begin, and decide again from then), or until the user pauses again. Not for good: an
   * agent who takes calls one evening would otherwise find the hours silently off the next night,
   * with Settings still showing them on. The resume is tied to the boundary it was given, so once
   * that passes, or edited hours move it, the hours decide again by themselves.
   */
  const resumedOutsideHours = (changesAt: number | null): boolean => {
    const resumed = settings.read().alertsResumedOutsideHours
    return resumed !== null && resumed.until === boundaryIso(changesAt)
  }

  const current = (): NotificationPause => {
    const chosen = userPause()
    if (chosen.paused) return chosen
    const { inside, changesAt } = hours()
    if (inside || resumedOutsideHours(changesAt)) return chosen
    return {
      paused: true,
      until: changesAt === null ? null : new Date(changesAt).toISOString(),
      outsideWorkingHours: true,
    }
  }

  let shown = JSON.stringify(current())
  const announce = () => {
    const pause = current()
    const text = JSON.stringify(pause)
    if (text !== shown) {
      shown = text
      onChange(pause)
    }
    return pause
  }

  /** One timer, for whichever comes first: the end of the user's pause or a working-hours boundary. */
  const schedule = () => {
    if (expiryTimer !== undefined) clock.clearTimeout(expiryTimer)
    expiryTimer = undefined
    const now = clock.now().getTime()
    const chosen = userPause()
    const due = [chosen.paused && chosen.until !== null ? Date.parse(chosen.until) : null, hours().changesAt].filter(
      (at): at is number => at !== null,
    )
    if (due.length === 0) return
    const delay = Math.min(Math.max(0, Math.min(...due) - now), LONGEST_TIMER_MS)
    expiryTimer = clock.setTimeout(() => {
      expiryTimer = undefined
      const { notificationsPausedUntil } = settings.read()
      if (notificationsPausedUntil && Date.parse(notificationsPausedUntil) <= clock.now().getTime()) {
        settings.update({ notificationsPausedUntil: null })
      }
      forgetSpentResume()
      schedule()
      announce()
    }, delay)
  }

  /** A resume whose boundary has passed (or moved) does nothing more: it is dropped from the file. */
  const forgetSpentResume = () => {
    const { alertsResumedOutsideHours } = settings.read()
    if (alertsResumedOutsideHours === null) return
    const { inside, changesAt } = hours()
    if (inside || !resumedOutsideHours(changesAt)) settings.update({ alertsResumedOutsideHours: null })
  }

  const change = (patch: Parameters<SettingsRepository['update']>[0]) => {
    settings.update(patch)
    schedule()
    return announce()
  }

  schedule()
  return {
    current,
    alertsPausedNow: () => current().paused,
    pause(duration) {
      // Pausing again ends a resume outside working hours: the user wants quiet now.
      if (duration === 'until-resumed') {
        return change({
          notificationsPausedIndefinitely: true,
          notificationsPausedUntil: null,
          alertsResumedOutsideHours: null,
        })
      }
      const until = new Date(clock.now().getTime() + durationsMs[duration]).toISOString()
      return change({
        notificationsPausedIndefinitely: false,
        notificationsPausedUntil: until,
        alertsResumedOutsideHours: null,
      })
    },
    pauseUntil: (until) =>
      change({
        notificationsPausedIndefinitely: false,
        notificationsPausedUntil: until,
        alertsResumedOutsideHours: null,
      }),
    resume() {
      // Alerts on now, whatever paused them: outside working hours, until the hours' next boundary.
      const { inside, changesAt } = hours()
      return change({
        notificationsPausedIndefinitely: false,
        notificationsPausedUntil: null,
        alertsResumedOutsideHours: inside ? null : { until: boundaryIso(changesAt) },
      })
    },
    refresh() {
      forgetSpentResume()
      schedule()
      announce()
    },
    dispose() {
      if (expiryTimer !== undefined) clock.clearTimeout(expiryTimer)
      expiryTimer = undefined
    },
  }
}
