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

/** A stretch of working time, [start, end) in ms since epoch. */
interface Shift {
  readonly start: number
  readonly end: number
}

/**
 * The shift a day's hours make on a date. A day whose end is before its start runs overnight and
 * is owned by the day it starts on: Monday 22:00–06:00 is Monday 22:00 to Tuesday 06:00, whether or
 * not Tuesday is a working day. (The schema refuses start == end, so a shift is never empty.)
 */
function shiftOn(date: LocalDate, start: string, end: string, timeZone: string): Shift {
  const startMinutes = minutesOf(start)
  const endMinutes = minutesOf(end)
  const endDate = endMinutes > startMinutes ? date : dateAfter(date, 1)
  return { start: instantOf(date, startMinutes, timeZone), end: instantOf(endDate, endMinutes, timeZone) }
}

/**
 * Shifts that touch or overlap become one (a night shift ending at 06:00 and a day shift starting
 * at 06:00 on the next day): nothing changes at 06:00, so the pause must not flip there.
 */
function joined(shifts: readonly Shift[]): Shift[] {
  const sorted = [...shifts].sort((a, b) => a.start - b.start)
  const result: Shift[] = []
  for (const shift of sorted) {
    const last = result.at(-1)
    if (last && shift.start <= last.end)
      result[result.length - 1] = { start: last.start, end: Math.max(last.end, shift.end) }
    else result.push(shift)
  }
  return result
}

/**
 * Whether `instant` lies within the working hours, read on the wall clock of `timeZone` (the
 * computer's), and when that changes next: the end of the current shift, or the next start.
 * Yesterday is looked at too, for its overnight shift that may still run; and eight days ahead,
 * so a single working day a week is found from just after its end. Shifts chained without a gap
 * past those days (every night overlapping the next morning) end, as far as this answer goes, at
 * the last one looked at: the caller asks again then and is told the next end.
 */
export function workingHoursAt(hours: WorkingHours, instant: number, timeZone: string): WorkingHoursState {
  if (!hours.enabled) return { inside: true, changesAt: null }
  const today = wallClock(instant, timeZone)
  const shifts: Shift[] = []
  for (let offset = -1; offset <= 8; offset += 1) {
    const date = dateAfter(today, offset)
    const day = hours.days[date.weekday]
    if (day.on) shifts.push(shiftOn(date, day.start, day.end, timeZone))
  }
  for (const shift of joined(shifts)) {
    if (shift.start <= instant && instant < shift.end) return { inside: true, changesAt: shift.end }
    if (shift.start > instant) return { inside: false, changesAt: shift.start }
  }
  return { inside: false, changesAt: null }
}

/** The computer's time zone, as the OS reports it to the runtime. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
