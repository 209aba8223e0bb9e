import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import { z } from 'zod'

import type { AgentOverride } from '../../../../shared/domain/agenthub'
import {
  fieldsOf,
  guardrailsSchema,
  newOverrideSchema,
  overrideFieldsSchema,
  type OverrideFields,
} from '../../../../shared/domain/agenthub-forms'
import { currentLocale } from '../../i18n/i18n'

/** The editor's fields as inputs hold them: text for numbers, so a half-typed "0." survives. */
export interface OverrideFormValues {
  agentName: string
  enabled: boolean
  provider: string
  model: string
  temperature: string
  maxTokens: string
  responseFormat: '' | 'text' | 'json'
  systemPrompt: string
  selectedTools: string[]
  maxToolCalls: string
  timeout: string
  maxTokenBudget: string
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value))

/** A decimal as the chosen language writes it ("0,4" in Vietnamese); the form reads either way. */
const decimal = (value: number | null | undefined) => {
  const separator =
    new Intl.NumberFormat(currentLocale()).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  return text(value).replace('.', separator)
}

/** The form filled from an override (or empty for a new one). */
export function formFromOverride(override?: AgentOverride): OverrideFormValues {
  const fields = fieldsOf(override ?? {})
  return {
    agentName: override?.agentName ?? '',
    enabled: fields.enabled,
    provider: fields.provider ?? '',
    model: fields.model ?? '',
    temperature: decimal(fields.temperature),
    maxTokens: text(fields.maxTokens),
    responseFormat: fields.responseFormat ?? '',
    systemPrompt: fields.systemPrompt ?? '',
    selectedTools: [...(fields.selectedTools ?? [])],
    maxToolCalls: text(fields.guardrails?.maxToolCalls),
    timeout: text(fields.guardrails?.timeout),
    maxTokenBudget: text(fields.guardrails?.maxTokenBudget),
  }
}

/** "" is "not set"; anything else must read as a number (the schema says so if not). */
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.trim().replace(',', '.')))
const textOrNull = (value: string) => (value.trim() === '' ? null : value)

/** The form as AgentHub's fields. Tools: none selected is "none", an empty list, not "unset". */
export function fieldsFromForm(values: OverrideFormValues, loaded?: AgentOverride): OverrideFields {
  const limits = {
    maxToolCalls: numberOrNull(values.maxToolCalls),
    timeout: numberOrNull(values.timeout),
    maxTokenBudget: numberOrNull(values.maxTokenBudget),
  }
  const noLimits = Object.values(limits).every((value) => value === null)
  return {
    enabled: values.enabled,
    provider: textOrNull(values.provider.trim()),
    model: textOrNull(values.model.trim()),
    temperature: numberOrNull(values.temperature),
    maxTokens: numberOrNull(values.maxTokens),
    responseFormat: values.responseFormat === '' ? null : values.responseFormat,
    systemPrompt: textOrNull(values.systemPrompt),
    // An override that had no tool list and still has none is left as it was.
    selectedTools: values.selectedTools.length === 0 && !loaded?.selectedTools ? null : values.selectedTools,
    guardrails: noLimits && !loaded?.guardrails ? null : limits,
  }
}

/** A number as typed ("" is not set; "0,4" reads as 0.4), checked by the shared field's own schema. */
const numberText = <S extends z.ZodType<unknown, number | null>>(field: S) =>
  z.string().transform(numberOrNull).pipe(field)
/** A text ("" is not set), checked by the shared field's own schema. */
const textField = <S extends z.ZodType<unknown, string | null>>(field: S) =>
  z.string().transform(textOrNull).pipe(field)

/**
 * The form's fields, each checked by the shared schema of the field it fills (the service's
 * rules, as codes), so a problem lands under its own input; the name only when creating.
 */
export function overrideFormSchema(creating: boolean) {
  const fields = overrideFieldsSchema.shape
  const limits = guardrailsSchema.shape
  return z.object({
    agentName: creating ? newOverrideSchema.shape.agentName : z.string(),
    enabled: fields.enabled,
    provider: textField(fields.provider),
    model: textField(fields.model),
    temperature: numberText(fields.temperature),
    maxTokens: numberText(fields.maxTokens),
    responseFormat: z
      .enum(['', 'text', 'json'])
      .transform((format) => (format === '' ? null : format))
      .pipe(fields.responseFormat),
    systemPrompt: textField(fields.systemPrompt),
    selectedTools: fields.selectedTools.unwrap(),
    maxToolCalls: numberText(limits.maxToolCalls),
    timeout: numberText(limits.timeout),
    maxTokenBudget: numberText(limits.maxTokenBudget),
  })
}

/** Validates with the shared schemas; the form keeps its values as typed. */
export function overrideResolver(creating: boolean): Resolver<OverrideFormValues> {
  return zodResolver(overrideFormSchema(creating), undefined, { raw: true }) as Resolver<OverrideFormValues>
}
