import { z } from 'zod'

import type { AgentOverride, AgentOverrideFields } from './agenthub'

/**
 * What AgentHub accepts for an AI agent override, checked before anything is sent and in the
 * same words the user will understand. The service checks again; its answer wins.
 */
const wholeNumber = (label: string, { positive }: { positive: boolean }) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(positive ? 1 : 0, positive ? `${label} must be 1 or more` : `${label} must be 0 or more`)

export const guardrailsSchema = z
  .object({
    maxToolCalls: wholeNumber('Max tool calls', { positive: false }).nullable(),
    timeout: wholeNumber('Timeout', { positive: false }).nullable(),
    maxTokenBudget: wholeNumber('Token budget', { positive: false }).nullable(),
  })
  .strict()

export const overrideFieldsSchema = z
  .object({
    provider: z.string().trim().max(100, 'Provider: at most 100 characters').nullable(),
    model: z.string().trim().max(200, 'Model: at most 200 characters').nullable(),
    systemPrompt: z.string().max(100_000, 'System prompt: at most 100,000 characters').nullable(),
    temperature: z
      .number({ error: 'Temperature must be a number' })
      .min(0, 'Temperature must be between 0 and 2')
      .max(2, 'Temperature must be between 0 and 2')
      .nullable(),
    maxTokens: wholeNumber('Max tokens', { positive: true }).nullable(),
    responseFormat: z.enum(['text', 'json'], { error: 'Response format must be text or JSON' }).nullable(),
    selectedTools: z.array(z.string().min(1)).max(200, 'At most 200 tools').nullable(),
    guardrails: guardrailsSchema.nullable(),
    enabled: z.boolean({ error: 'Enabled must be on or off' }),
  })
  .strict()
export type OverrideFields = z.infer<typeof overrideFieldsSchema>

/** A new override: a name, then any of the fields. */
export const newOverrideSchema = overrideFieldsSchema.extend({
  agentName: z
    .string()
    .trim()
    .min(1, 'Give the AI agent a name')
    .max(200, 'Name: at most 200 characters')
    .regex(/^[\w.-]+$/, 'Name: letters, digits, . _ - only (as the AI agent is called in code)'),
})
export type NewOverride = z.infer<typeof newOverrideSchema>

/** Only the fields that change, as PATCH takes them. */
export const overridePatchSchema = overrideFieldsSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'Nothing to save: no field changed')
export type OverridePatch = z.infer<typeof overridePatchSchema>

export const overrideFieldNames = [
  'enabled',
  'provider',
  'model',
  'temperature',
  'maxTokens',
  'responseFormat',
  'systemPrompt',
  'selectedTools',
  'guardrails',
] as const satisfies ReadonlyArray<keyof OverrideFields>
export type OverrideFieldName = (typeof overrideFieldNames)[number]

export const overrideFieldLabels: Readonly<Record<OverrideFieldName, string>> = {
  enabled: 'Enabled',
  provider: 'Provider',
  model: 'Model',
  temperature: 'Temperature',
  maxTokens: 'Max tokens',
  responseFormat: 'Response format',
  systemPrompt: 'System prompt',
  selectedTools: 'Tools',
  guardrails: 'Guardrails',
}

/** An override's fields as the form holds them: every field present, absent ones null. */
export function fieldsOf(override: AgentOverrideFields): OverrideFields {
  const guardrails = override.guardrails
  return {
    provider: override.provider ?? null,
    model: override.model ?? null,
    systemPrompt: override.systemPrompt ?? null,
    temperature: override.temperature ?? null,
    maxTokens: override.maxTokens ?? null,
    responseFormat: override.responseFormat ?? null,
    selectedTools: override.selectedTools ? [...override.selectedTools] : null,
    guardrails: guardrails
      ? {
          maxToolCalls: guardrails.maxToolCalls ?? null,
          timeout: guardrails.timeout ?? null,
          maxTokenBudget: guardrails.maxTokenBudget ?? null,
        }
      : null,
    enabled: override.enabled ?? true,
  }
}

/** One field that a save would change. */
export interface FieldChange {
  readonly field: OverrideFieldName
  readonly before: unknown
  readonly after: unknown
}

/** What differs between the override as loaded and as edited; the patch carries only that. */
export function diffOverride(
  loaded: AgentOverride | AgentOverrideFields,
  edited: OverrideFields,
): { changes: FieldChange[]; patch: Partial<OverrideFields> } {
  const before = fieldsOf(loaded)
  const changes: FieldChange[] = []
  const patch: Partial<OverrideFields> = {}
  for (const field of overrideFieldNames) {
    if (sameValue(before[field], edited[field])) continue
    changes.push({ field, before: before[field], after: edited[field] })
    Object.assign(patch, { [field]: edited[field] })
  }
  return { changes, patch }
}

/** Tools the override selects that the catalog no longer lists: kept, and shown as such. */
export function toolsMissingFromCatalog(
  selected: ReadonlyArray<string> | null | undefined,
  catalog: ReadonlyArray<{ toolName: string }>,
): string[] {
  const known = new Set(catalog.map((tool) => tool.toolName))
  return (selected ?? []).filter((name) => !known.has(name))
}

/** Providers and models offered as suggestions; any other value may be typed. */
export const knownModels: Readonly<Record<string, ReadonlyArray<string>>> = {
  openai: ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'o3-mini'],
  anthropic: ['claude-sonnet', 'claude-opus', 'claude-haiku'],
  google: ['gemini-2.5-pro', 'gemini-2.5-flash'],
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    // The order of tools means nothing to the service.
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000')
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((key) =>
      sameValue((a as Record<string, unknown>)[key] ?? null, (b as Record<string, unknown>)[key] ?? null),
    )
  }
  return false
}
