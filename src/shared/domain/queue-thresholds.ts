import { z } from 'zod'

import { problemMessage } from '../i18n/problem'

import type { QueueFigures, ThresholdLevel } from './queue-figures'

/** Nobody needs a level past these; anything larger is a slip of the keyboard. */
export const MAX_RINGING_LEVEL = 10_000
export const MAX_SECONDS_LEVEL = 86_400

/** One level: a whole number of calls or seconds, from 1; null: not used. */
const level = (max: number) =>
  z
    .number({ error: problemMessage('settings:thresholds.problems.whole') })
    .int(problemMessage('settings:thresholds.problems.whole'))
    .min(1, problemMessage('settings:thresholds.problems.atLeastOne'))
    .max(max, problemMessage('settings:thresholds.problems.atMost', { max }))
    .nullable()

export const ringingLevelSchema = level(MAX_RINGING_LEVEL)
export const secondsLevelSchema = level(MAX_SECONDS_LEVEL)

/** The group turns amber at `warn` and red at `alert`: a warn above the alert would never show. */
export const warnWithinAlert = (warn: number | null, alert: number | null) =>
  warn === null || alert === null || warn <= alert
export const warnAboveAlertProblem = problemMessage('settings:thresholds.problems.warnAboveAlert')

/** A warn and an alert level for one figure (reached or passed). */
const levelPair = (schema: typeof ringingLevelSchema) =>
  z
    .object({ warn: schema, alert: schema })
    .strict()
    .refine((pair) => warnWithinAlert(pair.warn, pair.alert), { path: ['warn'], message: warnAboveAlertProblem })

/** The levels of one group (or of every group, as the default). */
export const thresholdLevelsSchema = z
  .object({
    /** Calls ringing now in the group. */
    ringing: levelPair(ringingLevelSchema),
    /** Seconds the longest-ringing call has rung (an estimate from polling, as the figure is). */
    longestRingingSeconds: levelPair(secondsLevelSchema),
  })
  .strict()
export type ThresholdLevels = z.infer<typeof thresholdLevelsSchema>

/** One group's own levels, in place of the default; the label is kept to name it while it is not on the board. */
export const thresholdOverrideSchema = thresholdLevelsSchema
  .extend({
    /** The group's key as QueueFigures names it (`queue:1001226`, `domain:<account>:<domain>`, `account:<id>`). */
    key: z.string().min(1).max(300),
    label: z.string().max(200),
  })
  .strict()
export type ThresholdOverride = z.infer<typeof thresholdOverrideSchema>

/** Thresholds for the supervisor board: a default for every group and overrides per group. */
export const queueThresholdsSchema = z
  .object({
    default: thresholdLevelsSchema,
    overrides: z
      .array(thresholdOverrideSchema)
      .max(200)
      .refine((list) => new Set(list.map((entry) => entry.key)).size === list.length, {
        message: problemMessage('settings:thresholds.problems.duplicate'),
      }),
    /** Say so on the desktop when a group that was in alert is back to normal. */
    backToNormal: z.boolean(),
  })
  .strict()
export type QueueThresholds = z.infer<typeof queueThresholdsSchema>

export const defaultQueueThresholds: QueueThresholds = {
  default: {
    ringing: { warn: 3, alert: 6 },
    longestRingingSeconds: { warn: 30, alert: 60 },
  },
  overrides: [],
  backToNormal: true,
}

/** The levels that apply to a group: its own when it has an override, else the default. */
export function levelsFor(thresholds: QueueThresholds, key: string): ThresholdLevels {
  return thresholds.overrides.find((entry) => entry.key === key) ?? thresholds.default
}

/** A figure reached or passed a level (an unused level, or a figure not known, never is). */
const reached = (value: number | null, level: number | null) => value !== null && level !== null && value >= level

/** How a group stands: alert when any figure reached its alert level, warn when any reached its warn level. */
export function levelOf(
  figures: Pick<QueueFigures, 'ringing' | 'longestRingingSeconds'>,
  levels: ThresholdLevels,
): ThresholdLevel {
  const { ringing, longestRingingSeconds: longest } = levels
  if (reached(figures.ringing, ringing.alert) || reached(figures.longestRingingSeconds, longest.alert)) return 'alert'
  if (reached(figures.ringing, ringing.warn) || reached(figures.longestRingingSeconds, longest.warn)) return 'warn'
  return 'normal'
}
