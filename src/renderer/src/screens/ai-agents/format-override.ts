import type { TFunction } from 'i18next'

import type { OverrideFieldName } from '../../../../shared/domain/agenthub-forms'
import { currentLocale } from '../../i18n/i18n'

const numeric = (value: number) => value.toLocaleString(currentLocale())

/** A field's value in words, for the review of changes and the conflict view. */
export function describeValue(field: OverrideFieldName, value: unknown, t: TFunction<'aiAgents'>): string {
  if (value === null || value === undefined) return t('values.notSet')
  if (field === 'enabled') return value === true ? t('values.on') : t('values.off')
  if (field === 'selectedTools') {
    const tools = value as ReadonlyArray<string>
    return tools.length === 0 ? t('values.none') : tools.join(', ')
  }
  if (field === 'guardrails') {
    const limits = value as { maxToolCalls?: number | null; timeout?: number | null; maxTokenBudget?: number | null }
    const parts = [
      limits.maxToolCalls != null
        ? t('values.toolCalls', { count: limits.maxToolCalls, value: numeric(limits.maxToolCalls) })
        : null,
      limits.timeout != null ? t('values.timeout', { value: numeric(limits.timeout) }) : null,
      limits.maxTokenBudget != null
        ? t('values.tokens', { count: limits.maxTokenBudget, value: numeric(limits.maxTokenBudget) })
        : null,
    ].filter(Boolean)
    return parts.length === 0 ? t('values.noLimits') : parts.join(', ')
  }
  if (field === 'systemPrompt') {
    const prompt = String(value)
    return prompt.length > 120 ? `${prompt.slice(0, 117)}…` : prompt
  }
  if (typeof value === 'number') return numeric(value)
  return String(value)
}
