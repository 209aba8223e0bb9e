import { z } from 'zod'

const flexibleNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
])
const nullableString = z.string().nullish()

/** The override record; numbers may come as strings from a generated service. */
export const overrideWireSchema = z.looseObject({
  id: z.string().min(1),
  agentName: z.string(),
  provider: nullableString,
  model: nullableString,
  systemPrompt: nullableString,
  temperature: flexibleNumber.nullish(),
  maxTokens: flexibleNumber.nullish(),
  responseFormat: nullableString,
  selectedTools: z.array(z.string()).nullish(),
  guardrails: z
    .looseObject({
      maxToolCalls: flexibleNumber.nullish(),
      timeout: flexibleNumber.nullish(),
      maxTokenBudget: flexibleNumber.nullish(),
    })
    .nullish(),
  enabled: z.boolean().nullish(),
  updatedBy: nullableString,
  recordVersion: flexibleNumber,
  createdAt: nullableString,
  updatedAt: nullableString,
  isActive: z.boolean().nullish(),
})
export type OverrideWire = z.infer<typeof overrideWireSchema>

export const toolWireSchema = z.looseObject({
  id: z.string().min(1),
  toolName: z.string(),
  serviceName: z.string(),
  description: nullableString,
  parameters: z.unknown(),
  lastRefreshed: nullableString,
})

export const executionWireSchema = z.looseObject({
  id: z.string().min(1),
  agentName: z.string(),
  agentType: nullableString,
  source: nullableString,
  userId: nullableString,
  input: z.unknown(),
  output: z.unknown(),
  toolCalls: flexibleNumber.nullish(),
  tokenUsage: z
    .looseObject({ prompt: z.number().optional(), completion: z.number().optional(), total: z.number().optional() })
    .nullish(),
  durationMs: flexibleNumber.nullish(),
  status: z.string(),
  error: nullableString,
  createdAt: nullableString,
})

export const pagingSchema = z.looseObject({
  pageNumber: flexibleNumber,
  pageRowCount: flexibleNumber,
  totalRowCount: flexibleNumber,
  pageCount: flexibleNumber,
})

const ok = z.literal('OK')

/** Success envelopes: the data sits under the name that `dataName` announces. */
export const overrideEnvelope = z.looseObject({ status: ok, sys_agentOverride: overrideWireSchema })
export const overridesEnvelope = z.looseObject({
  status: ok,
  sys_agentOverrides: z.array(overrideWireSchema),
  paging: pagingSchema.nullish(),
})
export const toolEnvelope = z.looseObject({ status: ok, sys_toolCatalog: toolWireSchema })
export const toolsEnvelope = z.looseObject({
  status: ok,
  sys_toolCatalogs: z.array(toolWireSchema),
  paging: pagingSchema.nullish(),
})
export const executionEnvelope = z.looseObject({ status: ok, sys_agentExecution: executionWireSchema })
export const executionsEnvelope = z.looseObject({
  status: ok,
  sys_agentExecutions: z.array(executionWireSchema),
  paging: pagingSchema.nullish(),
})

export const currentUserSchema = z.looseObject({
  userId: nullableString,
  email: nullableString,
  fullname: nullableString,
  roleId: nullableString,
  tenantId: nullableString,
})

export const permissionsSchema = z.array(
  z.looseObject({
    id: nullableString,
    permissionName: z.string(),
    canDo: z.boolean(),
    roleId: nullableString,
    subjectUserId: nullableString,
    subjectUserGroupId: nullableString,
    objectId: nullableString,
    tenantCodename: nullableString,
  }),
)

export const permissionCheckSchema = z.looseObject({
  canDo: z.boolean(),
  exceptions: z.array(z.string()).nullish(),
})
