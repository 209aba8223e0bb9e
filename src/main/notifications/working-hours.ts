import { weekdays, type Weekday, type WorkingHours } from '../../shared/domain/working-hours'

/** Whether an instant lies within working hours, and when that next changes. */
export interface WorkingHoursState {
  readonly inside: boolean
  /** The next instant (ms since epoch) the answer flips; null when it never does. */
  readonly changesAt: number | null
}

/** A wall-clock date in a time zone. */
interface LocalDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall clock of a time zone at an instant: its date and the minutes since its midnight. */
function wallClock(instant: number, timeZone: string): LocalDate & { minutes: number } {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  )
  const value = (type: string) => parts[type] ?? 0
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    minutes: value('hour') * 60 + value('minute'),
  }
}

/** How far the zone's wall clock is ahead of UTC at an instant (ms). */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes)
  return asUtc - (instant - (((instant % 60_000) + 60_000) % 60_000))
}

/**
 * The instant a wall-clock time happens in a zone. Two guesses cover a change of offset between
 * the guess and the answer (a DST day); a time the clocks skip (02:30 when they jump from 02:00 to
 * 03:00) moves forward by the jump (03:30), as Temporal's 'compatible' disambiguation does.
 */
function instantOf(date: LocalDate, minutes: number, timeZone: string): number {
  const guess = Date.UTC(date.year, date.month - 1, date.day, 0, minutes)
  const first = guess - offsetAt(guess, timeZone)
  const second = guess - offsetAt(first, timeZone)
  for (const candidate of [first, second]) {
    const wall = wallClock(candidate, timeZone)
    if (wall.day === date.day && wall.minutes === minutes) return candidate
  }
  return Math.max(first, second)
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}

/** The date `days` after a date, and its weekday. */
function dateAfter(date: LocalDate, days: number): LocalDate & { weekday: Weekday } {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  // getUTCDay counts from Sunday; the settings count from Monday.
  const weekday = weekdays[(moved.getUTCDay() + 6) % 7] ?? 'mon'
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate(), weekday }
}

/**
 * Whether `instant` lies within the working hours, read on the wall clock of `timeZone` (the
 * computer's), and when that changes next: the end of today's hours, or the next start. Looks
 * eight days ahead, so a single working day a week is found from just after its end.
 */
export function workingHoursAt(hours: WorkingHours, instant: number, timeZone: string): WorkingHoursState {
  if (!hours.enabled) return { inside: true, changesAt: null }
  const today = wallClock(instant, timeZone)
  let nextStart: number | null = null
  for (let offset = 0; offset <= 8; offset += 1) {
    const date = dateAfter(today, offset)
    const day = hours.days[date.weekday]
    if (!day.on) continue
    const start = instantOf(date, minutesOf(day.start), timeZone)
    const end = instantOf(date, minutesOf(day.end), timeZone)
    if (start <= instant && instant < end) return { inside: true, changesAt: end }
    if (start > instant) {
      nextStart = start
      break
    }
  }
  return { inside: false, changesAt: nextStart }
}

/** The computer's time zone, as the OS reports it to the runtime. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
