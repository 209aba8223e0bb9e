import { z } from 'zod'

import { problemMessage } from '../i18n/problem'

/** The days of the week, Monday first, as working hours are set. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]

/** A time of day, 24-hour "HH:MM" (08:00, 17:30). */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, problemMessage('settings:hours.problems.time'))

/**
 * One weekday's hours. An end before the start is an overnight shift, owned by the day it starts:
 * Monday 22:00–06:00 runs from Monday 22:00 to Tuesday 06:00 (night shifts exist in contact
 * centres). An end equal to the start is refused: it could mean no time or all day, and guessing
 * either would pause or ring when the user did not expect it.
 */
export const workingDaySchema = z
  .object({ on: z.boolean(), start: timeOfDaySchema, end: timeOfDaySchema })
  .refine((day) => !day.on || day.start !== day.end, {
    path: ['end'],
    message: problemMessage('settings:hours.problems.sameStartAndEnd'),
  })
export type WorkingDay = z.infer<typeof workingDaySchema>

/** Working hours per weekday; outside them alerts are paused. Times are the computer's own time zone. */
export const workingHoursSchema = z.object({
  enabled: z.boolean(),
  days: z.object({
    mon: workingDaySchema,
    tue: workingDaySchema,
    wed: workingDaySchema,
    thu: workingDaySchema,
    fri: workingDaySchema,
    sat: workingDaySchema,
    sun: workingDaySchema,
  }),
})
export type WorkingHours = z.infer<typeof workingHoursSchema>

const weekday = { on: true, start: '08:00', end: '17:30' }
const weekend = { on: false, start: '08:00', end: '17:30' }

/** Off until the user turns it on; Monday to Friday 08:00–17:30 as a start. */
export const defaultWorkingHours: WorkingHours = {
  enabled: false,
  days: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: weekend, sun: weekend },
}
