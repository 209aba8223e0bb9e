import { describe, expect, it } from 'vitest'

import { createAgentHubClient } from '../../../../../src/main/providers/agenthub/agenthub-client'
import type { AgentOverrideFields } from '../../../../../src/shared/domain/agenthub'
import {
  diffOverride,
  fieldsOf,
  newOverrideSchema,
  overridePatchSchema,
} from '../../../../../src/shared/domain/agenthub-forms'
import { inWords } from '../../../../helpers/problem-words'
import { rejection, useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
const client = () =>
  createAgentHubClient({
    ...clientOptions(),
    baseUrl: sandbox().baseUrls.agenthub,
    secret: async () => sandbox().credentials.agenthub.token,
  })

/**
 * Every rule the service enforces: the form refuses the value in words, and so does AgentHub
 * (the sandbox mirrors the service), so neither side can drift from the other unnoticed.
 */
const invalid: ReadonlyArray<{ name: string; patch: Record<string, unknown>; ours: string; service: RegExp }> = [
  {
    name: 'temperature below 0',
    patch: { temperature: -0.1 },
    ours: 'Temperature must be between 0 and 2',
    service: /temperature must be between 0 and 2/,
  },
  {
    name: 'temperature above 2',
    patch: { temperature: 2.5 },
    ours: 'Temperature must be between 0 and 2',
    service: /temperature must be between 0 and 2/,
  },
  {
    name: 'temperature not a number',
    patch: { temperature: 'hot' },
    ours: 'Temperature must be a number',
    service: /temperature must be a number/,
  },
  {
    name: 'maxTokens zero',
    patch: { maxTokens: 0 },
    ours: 'Max tokens must be 1 or more',
    service: /maxTokens must be positive/,
  },
  {
    name: 'maxTokens fractional',
    patch: { maxTokens: 10.5 },
    ours: 'Max tokens must be a whole number',
    service: /maxTokens must be a whole number/,
  },
  {
    name: 'responseFormat other',
    patch: { responseFormat: 'xml' },
    ours: 'Response format must be text or JSON',
    service: /responseFormat must be text or json/,
  },
  {
    name: 'guardrail negative',
    patch: { guardrails: { maxToolCalls: -1 } },
    ours: 'Max tool calls must be 0 or more',
    service: /guardrails.maxToolCalls must not be negative/,
  },
  {
    name: 'guardrail fractional',
    patch: { guardrails: { timeout: 1.5 } },
    ours: 'Timeout must be a whole number',
    service: /guardrails.timeout must be a whole number/,
  },
  {
    name: 'guardrail not a number',
    patch: { guardrails: { maxTokenBudget: 'lots' } },
    ours: 'Token budget must be a number',
    service: /guardrails.maxTokenBudget must be a number/,
  },
  {
    name: 'enabled not boolean',
    patch: { enabled: 'yes' },
    ours: 'Enabled must be on or off',
    service: /enabled must be true or false/,
  },
]

describe('override validation: the form and AgentHub agree', () => {
  it.each(invalid)('$name', async ({ patch, ours, service }) => {
    const checked = overridePatchSchema.safeParse(
      'guardrails' in patch
        ? { guardrails: { maxToolCalls: null, timeout: null, maxTokenBudget: null, ...(patch.guardrails as object) } }
        : patch,
    )
    expect(checked.success).toBe(false)
    expect(inWords(checked.error?.issues[0]?.message ?? '')).toBe(ours)
    const [first] = (await client().listOverrides()).items
    const refused = await rejection(client().updateOverride(first?.id ?? '', patch as AgentOverrideFields))
    expect(refused).toMatchObject({ kind: 'invalid_input', status: 400 })
    expect(refused.message).toMatch(service)
  })

  it('requires a name for a new override, on both sides', async () => {
    const checked = newOverrideSchema.safeParse({ ...fieldsOf({}), agentName: '  ' })
    expect(inWords(checked.error?.issues[0]?.message ?? '')).toBe('Give the AI agent a name')
    const refused = await rejection(client().createOverride({ agentName: '' }))
    expect(refused).toMatchObject({ kind: 'invalid_input' })
    expect(refused.message).toMatch(/agentName is required/)
  })

  it('diffs only what changed, ignoring the order of tools and absent versus empty guardrails', () => {
    const loaded: AgentOverrideFields = {
      provider: 'openai',
      temperature: 0.2,
      selectedTools: ['a:x', 'b:y'],
      guardrails: { maxToolCalls: 5 },
      enabled: true,
    }
    const edited = { ...fieldsOf(loaded), selectedTools: ['b:y', 'a:x'], temperature: 0.3 }
    expect(diffOverride(loaded, edited)).toEqual({
      changes: [{ field: 'temperature', before: 0.2, after: 0.3 }],
      patch: { temperature: 0.3 },
    })
    expect(diffOverride(loaded, fieldsOf(loaded)).changes).toEqual([])
  })
})
