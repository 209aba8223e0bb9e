import type { z } from 'zod'

import type { ProviderId } from '../../../shared/domain/providers'

import { ProviderError } from './provider-error'

/**
 * Checks a decoded body against the schema the client expects. Unknown fields are the
 * schema's business (clients use loose objects); a wrong type becomes an error that names
 * the field, never silently empty data.
 */
export function validateResponse<S extends z.ZodType>(
  provider: ProviderId,
  schema: S,
  body: unknown,
  status: number,
): z.output<S> {
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  const first = parsed.error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(the body)'
    return `${path}: ${issue.message}`
  })
  const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : ''
  return failWith(
    new ProviderError({
      provider,
      kind: 'bad_response',
      status,
      // Which fields, in zod's technical words: a detail for whoever looks into it.
      problem: { code: 'problems:answer.unexpected', params: { details: `${first.join('; ')}${more}` } },
    }),
  )
}

function failWith(error: ProviderError): never {
  throw error
}
