import { z } from 'zod'

/**
 * What a figures tile stands for: an AloHub callin queue (calls placed through the membership the
 * app already reads), a Tel4vn domain, or a whole account (VoIPbin: its agents by status).
 */
export const figureGroupKindSchema = z.enum(['queue', 'domain', 'account'])
export type FigureGroupKind = z.infer<typeof figureGroupKindSchema>

/** How a group stands against its thresholds. */
export const thresholdLevelSchema = z.enum(['normal', 'warn', 'alert'])
export type ThresholdLevel = z.infer<typeof thresholdLevelSchema>

/**
 * One group's figures as main computes them from what it already polled (no extra calls).
 * `key` is stable across updates: `queue:<id>`, `domain:<accountId>:<domain>`, `account:<accountId>`.
 */
export const queueFiguresSchema = z.object({
  key: z.string(),
  kind: figureGroupKindSchema,
  /** The queue's label (or "Queue <id>" when AloHub gives none), the domain, or the account's label. */
  label: z.string(),
  /** The accounts whose calls or agents are counted in the group. */
  accountIds: z.array(z.string()),
  ringing: z.number().int().nonnegative(),
  onCalls: z.number().int().nonnegative(),
  /**
   * False when the provider reports no calls in progress, so `onCalls` (then 0) says nothing:
   * VoIPbin's agent status says "busy" from the moment a call is taken until the agent sets
   * "available" again, with or without a call. Absent or true: `onCalls` is counted.
   */
  onCallsReported: z.boolean().optional(),
  /**
   * Seconds the longest-ringing call has rung, counted from the poll that first saw it ring: an
   * estimate, up to one interval short. Null when nothing rings.
   */
  longestRingingSeconds: z.number().nonnegative().nullable(),
  /** Agents logged in and available, where the provider says; null when it does not. */
  agentsLoggedIn: z.number().int().nonnegative().nullable(),
  agentsAvailable: z.number().int().nonnegative().nullable(),
  /** VoIPbin: agents per status as the provider names them; null for other kinds. */
  agentsByStatus: z.record(z.string(), z.number().int().nonnegative()).nullable(),
  level: thresholdLevelSchema,
})
export type QueueFigures = z.infer<typeof queueFiguresSchema>
