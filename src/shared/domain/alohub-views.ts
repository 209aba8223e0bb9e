import { z } from 'zod'

import { problemMessage, problemSchema } from '../i18n/problem'

/**
 * What the Agents screen asks of AloHub and receives, checked at the IPC boundary. Recording
 * marks are what this app itself set: AloHub never reports whether an agent records.
 */
const accountId = z.uuid()
const agentId = z.string().regex(/^[\w.-]{1,64}$/, problemMessage('agents:problems.agentId'))
const queueId = z
  .number({ error: problemMessage('agents:problems.queueNumber') })
  .int(problemMessage('agents:problems.queueWhole'))
  .positive(problemMessage('agents:problems.queueAboveZero'))
  .max(2_147_483_647, problemMessage('agents:problems.queueTooLarge'))

export const alohubAgentViewSchema = z.object({
  agentId: z.string(),
  tenantId: z.string().nullable(),
  userName: z.string().nullable(),
  active: z.boolean(),
  callinQueueIds: z.array(z.number()).readonly(),
  callinQueueLabel: z.string().nullable(),
  calloutQueueId: z.number().nullable(),
  calloutQueueName: z.string().nullable(),
  priority: z.string().nullable(),
  systemStatus: z.string().nullable(),
  userStatus: z.string().nullable(),
  followMe: z.boolean().nullable(),
})
export type AlohubAgentView = z.infer<typeof alohubAgentViewSchema>

export const alohubAgentPageSchema = z.object({
  agents: z.array(alohubAgentViewSchema).readonly(),
  total: z.number().int(),
  page: z.number().int(),
  size: z.number().int(),
})
export type AlohubAgentPageView = z.infer<typeof alohubAgentPageSchema>

/** The last recording state this app set for an agent, and when. */
export const recordingMarkSchema = z.object({ enabled: z.boolean(), at: z.iso.datetime() })
export type RecordingMark = z.infer<typeof recordingMarkSchema>

/** What a bulk job does to every agent it names. */
export const bulkActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('addQueue'), queueId }).strict(),
  z.object({ kind: z.literal('removeQueue'), queueId }).strict(),
  z.object({ kind: z.literal('recording'), enabled: z.boolean() }).strict(),
])
export type BulkAction = z.infer<typeof bulkActionSchema>

/** One agent's result: changed, nothing to change or refused for a reason, or failed. */
export const bulkResultSchema = z.object({
  agentId: z.string(),
  outcome: z.enum(['done', 'unchanged', 'skipped', 'failed']),
  /** Why, as a code the renderer words in the user's language (agents `bulk.reason`). */
  reason: z.enum(['onlyQueue', 'alreadyIn', 'notIn', 'notListed']).optional(),
  /** How the provider failed for this agent, as a problem the renderer words. */
  problem: problemSchema.optional(),
})
export type BulkResult = z.infer<typeof bulkResultSchema>

export const bulkJobSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  action: bulkActionSchema,
  agentIds: z.array(z.string()).readonly(),
  /** Results in the order the agents were handled; agents without one are still to do. */
  results: z.array(bulkResultSchema).readonly(),
  state: z.enum(['running', 'cancelled', 'finished', 'stopped']),
  /** Set while the job waits for the rate-limit window to restart. */
  waitingUntil: z.iso.datetime().nullable(),
  /** Why a job stopped by itself (the account's key refused, the provider down...). */
  problem: problemSchema.nullable(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
})
export type BulkJob = z.infer<typeof bulkJobSchema>

export const alohubRequests = {
  listAgents: z
    .object({
      accountId,
      page: z.number().int().nonnegative(),
      size: z.number().int().min(1).max(500),
      active: z.boolean().optional(),
      queueId: queueId.optional(),
    })
    .strict(),
  setCalloutQueue: z.object({ accountId, agentId, queueId }).strict(),
  setRecording: z.object({ accountId, agentId, enabled: z.boolean() }).strict(),
  recordingMarks: z.object({ accountId }).strict(),
  startBulk: z
    .object({
      accountId,
      agentIds: z.array(agentId).min(1, problemMessage('agents:problems.chooseAgent')).max(20_000),
      action: bulkActionSchema,
    })
    .strict(),
  bulkJob: z.object({ jobId: z.string().min(1).max(100) }).strict(),
  latestBulk: z.object({ accountId }).strict(),
}

export { queueId as queueIdSchema }
