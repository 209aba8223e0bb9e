import { z } from 'zod'

import { figureGroupKindSchema } from './queue-figures'

/** How far back the trends reach, in minutes: one sample per minute. */
export const TREND_MINUTES = 60

/** More groups than any floor has: a bound on memory, not a limit a supervisor meets. */
export const MAX_TREND_GROUPS = 2000

const perMinute = <T extends z.ZodType>(value: T) => z.array(value).length(TREND_MINUTES)
const count = z.number().int().nonnegative()

/**
 * One group's last hour, one value per minute, oldest first; the last is the current minute (so
 * far). Ringing and on calls are the most seen in that minute's polls; null when no poll counted
 * the group that minute (the app was not running, the monitor paused). Missed is how many calls of
 * the group were missed in that minute.
 */
export const queueTrendSchema = z.object({
  key: z.string(),
  kind: figureGroupKindSchema,
  label: z.string(),
  ringing: perMinute(count.nullable()),
  onCalls: perMinute(count.nullable()),
  missed: perMinute(count),
})
export type QueueTrend = z.infer<typeof queueTrendSchema>

/** The trends of every group seen in the last hour. */
export const queueTrendsSchema = z.object({
  /** The start of the current minute (ISO): the minute of each series' last value. */
  until: z.iso.datetime(),
  /** Whether the samples are kept across a restart (the user's choice; off: memory only). */
  kept: z.boolean(),
  groups: z.array(queueTrendSchema).max(MAX_TREND_GROUPS),
})
export type QueueTrends = z.infer<typeof queueTrendsSchema>
