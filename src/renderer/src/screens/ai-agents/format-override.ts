import type { OverrideFieldName } from '../../../../shared/domain/agenthub-forms'

/** A field's value in words, for the review of changes and the conflict view. */
export function describeValue(field: OverrideFieldName, value: unknown): string {
  if (value === null || value === undefined) return 'not set'
  if (field === 'enabled') return value ? 'on' : 'off'
  if (field === 'selectedTools') {
    const tools = value as ReadonlyArray<string>
    return tools.length === 0 ? 'none' : tools.join(', ')
  }
  if (field === 'guardrails') {
    const limits = value as { maxToolCalls?: number | null; timeout?: number | null; maxTokenBudget?: number | null }
    const parts = [
      limits.maxToolCalls != null ? `${limits.maxToolCalls} tool calls` : null,
      limits.timeout != null ? `${limits.timeout} ms timeout` : null,
      limits.maxTokenBudget != null ? `${limits.maxTokenBudget} tokens` : null,
    ].filter(Boolean)
    return parts.length === 0 ? 'no limits' : parts.join(', ')
  }
  if (field === 'systemPrompt') {
    const prompt = String(value)
    return prompt.length > 120 ? `${prompt.slice(0, 117)}…` : prompt
  }
  return String(value)
}
