import { z } from 'zod'

import { problemSchema } from '../i18n/problem'

import { newOverrideSchema, overridePatchSchema } from './agenthub-forms'

/**
 * What the AI agents screen receives about AgentHub, checked at the IPC boundary like every
 * other answer. Free-form parts (tool parameters, execution input and output) stay unknown.
 */
const guardrailsViewSchema = z.object({
  maxToolCalls: z.number().nullable().optional(),
  timeout: z.number().nullable().optional(),
  maxTokenBudget: z.number().nullable().optional(),
})

export const overrideViewSchema = z.object({
  id: z.string(),
  agentName: z.string(),
  provider: z.string().nullable().optional(),
  model: z.string().nullable().optional(),
  systemPrompt: z.string().nullable().optional(),
  temperature: z.number().nullable().optional(),
  maxTokens: z.number().nullable().optional(),
  responseFormat: z.enum(['text', 'json']).nullable().optional(),
  selectedTools: z.array(z.string()).readonly().nullable().optional(),
  guardrails: guardrailsViewSchema.nullable().optional(),
  enabled: z.boolean().nullable().optional(),
  updatedBy: z.string().nullable(),
  recordVersion: z.number(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  isActive: z.boolean(),
})

export const toolViewSchema = z.object({
  id: z.string(),
  toolName: z.string(),
  serviceName: z.string(),
  description: z.string().nullable(),
  parameters: z.unknown(),
  lastRefreshed: z.string().nullable(),
})

export const executionViewSchema = z.object({
  id: z.string(),
  agentName: z.string(),
  agentType: z.string().nullable(),
  source: z.string().nullable(),
  userId: z.string().nullable(),
  input: z.unknown(),
  output: z.unknown(),
  toolCalls: z.number().nullable(),
  tokenUsage: z
    .object({ prompt: z.number().optional(), completion: z.number().optional(), total: z.number().optional() })
    .nullable(),
  durationMs: z.number().nullable(),
  status: z.string(),
  error: z.string().nullable(),
  createdAt: z.string().nullable(),
})

export const pagingViewSchema = z
  .object({ pageNumber: z.number(), pageRowCount: z.number(), totalRowCount: z.number(), pageCount: z.number() })
  .nullable()

/** The actions of the AI agents screen that AgentHub may refuse. */
export const agentHubActions = ['view', 'create', 'update', 'delete', 'viewExecutions'] as const
export type AgentHubAction = (typeof agentHubActions)[number]

/** What the signed-in AgentHub user may do: everything, unless AgentHub said no (see denials). */
export const agentHubAbilitiesSchema = z.object({
  view: z.boolean(),
  create: z.boolean(),
  update: z.boolean(),
  delete: z.boolean(),
  viewExecutions: z.boolean(),
})
export type AgentHubAbilities = z.infer<typeof agentHubAbilitiesSchema>

/**
 * Why an action is off: AgentHub answered 403 to one of the APIs it calls (remembered for a
 * while, see agenthub-abilities.ts), with the one override or execution it was about, if any; or
 * one of its records named exactly after such an API says canDo false.
 */
export const agentHubDenialSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('refused'),
    api: z.string(),
    status: z.number().int(),
    message: z.string(),
    object: z.object({ id: z.string(), name: z.string().nullable() }).optional(),
  }),
  z.object({ kind: z.literal('permission'), permissionName: z.string() }),
])
export type AgentHubDenial = z.infer<typeof agentHubDenialSchema>
export const agentHubDenialsSchema = z.partialRecord(z.enum(agentHubActions), agentHubDenialSchema)
export type AgentHubDenials = z.infer<typeof agentHubDenialsSchema>

/** One record of GET /permissions, every field as AgentHub gave it. */
export const agentHubPermissionViewSchema = z.object({
  id: z.string().nullable(),
  permissionName: z.string(),
  canDo: z.boolean(),
  roleId: z.string().nullable(),
  subjectUserId: z.string().nullable(),
  subjectUserGroupId: z.string().nullable(),
  objectId: z.string().nullable(),
  tenantCodename: z.string().nullable(),
})

export const agentHubSessionSchema = z.object({
  user: z.object({
    userId: z.string().nullable(),
    email: z.string().nullable(),
    fullname: z.string().nullable(),
    roleId: z.string().nullable(),
    tenantId: z.string().nullable(),
  }),
  abilities: agentHubAbilitiesSchema,
  denials: agentHubDenialsSchema,
  /** The user's effective permissions, as AgentHub lists them. */
  permissions: z.array(agentHubPermissionViewSchema).readonly(),
  /**
   * Why /permissions gave no list (a 403, a 5xx, no answer), as a problem the renderer words; the
   * session still loads and nothing is turned off for it.
   */
  permissionsUnavailable: problemSchema.optional(),
})
export type AgentHubSession = z.infer<typeof agentHubSessionSchema>

const pageRequest = {
  pageNumber: z.number().int().min(1).max(100_000),
  pageRowCount: z.number().int().min(1).max(100),
}

export const executionFilterSchema = z
  .object({
    agentName: z.string().trim().max(200).optional(),
    agentType: z.string().trim().max(100).optional(),
    source: z.string().trim().max(100).optional(),
    userId: z.string().trim().max(100).optional(),
    status: z.enum(['success', 'error', 'timeout']).optional(),
  })
  .strict()
export type ExecutionFilterInput = z.infer<typeof executionFilterSchema>

/** The AgentHub operations of the IPC contract; every one names the account it acts on. */
export const agentHubRequests = {
  session: z.object({ accountId: z.uuid() }).strict(),
  /** "Check again": the session read afresh, and every refusal remembered for the account forgotten. */
  recheck: z.object({ accountId: z.uuid() }).strict(),
  listOverrides: z.object({ accountId: z.uuid(), ...pageRequest }).strict(),
  createOverride: z.object({ accountId: z.uuid(), draft: newOverrideSchema }).strict(),
  updateOverride: z
    .object({
      accountId: z.uuid(),
      id: z.string().min(1).max(100),
      /** The recordVersion the user edited; a different one on the service is a conflict. */
      baseVersion: z.number().int(),
      patch: overridePatchSchema,
      /** The user saw the conflict and chose to overwrite. */
      overwrite: z.boolean(),
    })
    .strict(),
  deleteOverride: z.object({ accountId: z.uuid(), id: z.string().min(1).max(100) }).strict(),
  listTools: z.object({ accountId: z.uuid() }).strict(),
  listExecutions: z.object({ accountId: z.uuid(), filter: executionFilterSchema, ...pageRequest }).strict(),
  getExecution: z.object({ accountId: z.uuid(), id: z.string().min(1).max(100) }).strict(),
}

export const overridePageSchema = z.object({ items: z.array(overrideViewSchema).readonly(), paging: pagingViewSchema })
export const executionPageSchema = z.object({
  items: z.array(executionViewSchema).readonly(),
  paging: pagingViewSchema,
})

/** A save either lands or meets a change made elsewhere, which the user then sees. */
export const overrideSaveSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), override: overrideViewSchema }),
  z.object({ outcome: z.literal('conflict'), current: overrideViewSchema }),
])
export type OverrideSave = z.infer<typeof overrideSaveSchema>
