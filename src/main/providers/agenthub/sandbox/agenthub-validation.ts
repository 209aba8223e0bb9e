import { z } from 'zod'

const nonNegativeInteger = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .int(`${field} must be a whole number`)
    .nonnegative(`${field} must not be negative`)

/** The fields an override may carry, validated as the service does. */
export const overrideFieldsSchema = z
  .object({
    provider: z.string().max(100).nullable(),
    model: z.string().max(200).nullable(),
    systemPrompt: z.string().max(100_000).nullable(),
    temperature: z
      .number({ error: 'temperature must be a number' })
      .min(0, 'temperature must be between 0 and 2')
      .max(2, 'temperature must be between 0 and 2')
      .nullable(),
    maxTokens: z
      .number({ error: 'maxTokens must be a number' })
      .int('maxTokens must be a whole number')
      .positive('maxTokens must be positive')
      .nullable(),
    responseFormat: z.enum(['text', 'json'], { error: 'responseFormat must be text or json' }).nullable(),
    selectedTools: z.array(z.string().min(1)).max(200).nullable(),
    guardrails: z
      .object({
        maxToolCalls: nonNegativeInteger('guardrails.maxToolCalls').optional(),
        timeout: nonNegativeInteger('guardrails.timeout').optional(),
        maxTokenBudget: nonNegativeInteger('guardrails.maxTokenBudget').optional(),
      })
      .strict()
      .nullable(),
    enabled: z.boolean({ error: 'enabled must be true or false' }),
  })
  .partial()
  .strict()

export const createOverrideSchema = overrideFieldsSchema.omit({ enabled: true }).extend({
  agentName: z.string({ error: 'agentName is required' }).trim().min(1, 'agentName is required').max(200),
})

/** "errMsg_temperature must be between 0 and 2" in the service's style, with the plain text as detail. */
export function validationMessage(error: z.ZodError): { message: string; detail: string } {
  const issue = error.issues[0]
  const text = issue?.message ?? 'invalid input'
  return { message: `errMsg_${text.replace(/\s+/g, '_')}`, detail: text }
}
