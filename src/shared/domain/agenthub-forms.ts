import { z } from 'zod'

import type { KeysUnder } from '../i18n/catalog-keys'
import { problemMessage } from '../i18n/problem'

import type { AgentOverride, AgentOverrideFields } from './agenthub'

/**
 * What AgentHub accepts for an AI agent override, checked before anything is sent. Messages are
 * problem codes (`aiAgents:problems.*`, `field` naming the field in `aiAgents:problems.field`),
 * put into words by the screen. The service checks again; its answer wins.
 */
const problem = (key: KeysUnder<'aiAgents:problems'>, params?: Record<string, string | number>) =>
  problemMessage(`aiAgents:problems.${key}`, params)

const wholeNumber = (field: string, { positive }: { positive: boolean }) =>
  z
    .number({ error: problem('notNumber', { field }) })
    .int(problem('wholeNumber', { field }))
    .min(positive ? 1 : 0, problem('atLeast', { field, min: positive ? 1 : 0 }))

export const guardrailsSchema = z
  .object({
    maxToolCalls: wholeNumber('maxToolCalls', { positive: false }).nullable(),
    timeout: wholeNumber('timeout', { positive: false }).nullable(),
    maxTokenBudget: wholeNumber('maxTokenBudget', { positive: false }).nullable(),
  })
  .strict()

export const overrideFieldsSchema = z
  .object({
    provider: z
      .string()
      .trim()
      .max(100, problem('atMost', { field: 'provider', max: 100 }))
      .nullable(),
    model: z
      .string()
      .trim()
      .max(200, problem('atMost', { field: 'model', max: 200 }))
      .nullable(),
    systemPrompt: z
      .string()
      .max(100_000, problem('atMost', { field: 'systemPrompt', max: 100_000 }))
      .nullable(),
    temperature: z
      .number({ error: problem('notNumber', { field: 'temperature' }) })
      .min(0, problem('temperatureRange'))
      .max(2, problem('temperatureRange'))
      .nullable(),
    maxTokens: wholeNumber('maxTokens', { positive: true }).nullable(),
    responseFormat: z.enum(['text', 'json'], { error: problem('responseFormat') }).nullable(),
    selectedTools: z
      .array(z.string().min(1))
      .max(200, problem('tooManyTools', { max: 200 }))
      .nullable(),
    guardrails: guardrailsSchema.nullable(),
    enabled: z.boolean({ error: problem('enabled') }),
  })
  .strict()
export type OverrideFields = z.infer<typeof overrideFieldsSchema>

/** A new override: a name, then any of the fields. */
export const newOverrideSchema = overrideFieldsSchema.extend({
  agentName: z
    .string()
    .trim()
    .min(1, problem('enterName'))
    .max(200, problem('atMost', { field: 'agentName', max: 200 }))
    .regex(/^[\w.-]+$/, problem('nameCharacters')),
})
export type NewOverride = z.infer<typeof newOverrideSchema>

/** Only the fields that change, as PATCH takes them. */
export const overridePatchSchema = overrideFieldsSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, problem('nothingToSave'))
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
