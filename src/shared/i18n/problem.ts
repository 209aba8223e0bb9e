import { z } from 'zod'

import { leafKeys, type CatalogKey } from './catalog-keys'
// English alone, not both languages: the keys are the same, and a renderer chunk that checks a
// problem's code then carries one catalog, not two.
import { en } from './en/index'

/** A parameter's value: data, never words of ours (a provider's own words travel as `said`). */
export type ProblemParams = Readonly<Record<string, string | number>>

/**
 * A problem as a code and its parameters; only the renderer (or main's desktop texts) turns it
 * into words, in the language shown, from the one catalog in `src/shared/i18n`. Main never sends
 * a finished sentence that a screen would have to translate back.
 *
 * The code is a catalog key (`namespace:path.to.key`, e.g. `problems:ipc.internal`), typed so a
 * code that is not in the catalog does not compile; the parameters fill its `{{placeholders}}`.
 * Some parameters are words the wording adds in the language shown (see problem-words.ts):
 * `providerId` and `account` give `{{provider}}` and `{{source}}`, `waitMs` gives `{{wait}}`, and
 * `said` (a provider's own words) is quoted after the sentence. `next` is a sentence said after.
 */
export interface Problem {
  readonly code: CatalogKey
  readonly params?: ProblemParams
  readonly next?: Problem
}

const catalogKeys = new Set(
  Object.entries(en).flatMap(([namespace, tree]) =>
    leafKeys(tree).map((key) => `${namespace}:${key.replace(/_(zero|one|two|few|many|other)$/, '')}`),
  ),
)

/** True for a key of the catalog (a plural's base key counts), so a code read from text can be trusted. */
export function isCatalogKey(code: string): code is CatalogKey {
  return catalogKeys.has(code)
}

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]))

/** A problem as it crosses IPC: the code must be a key of the catalog. */
export const problemSchema: z.ZodType<Problem> = z.lazy(() =>
  z.object({
    code: z.string().refine(isCatalogKey, { message: 'not a key of the catalog' }),
    params: paramsSchema.optional(),
    next: problemSchema.optional(),
  }),
) as z.ZodType<Problem>

/** A problem followed by more sentences, each said after the one before. */
export function followedBy(problem: Problem, ...more: ReadonlyArray<Problem>): Problem {
  return more.reduce(append, problem)
}

function append(problem: Problem, after: Problem): Problem {
  return { ...problem, next: problem.next ? append(problem.next, after) : after }
}

// Zod carries one string per issue; a problem travels in it as a marked JSON text, so a schema
// shared by the form and main can say "which problem, with what values" without English.
const MARK = 'problem:'

/** A problem written into a zod issue message (`.max(100, problemMessage('common:tooLong', { max: 100 }))`). */
export function problemMessage(code: CatalogKey, params?: ProblemParams): string {
  return MARK + JSON.stringify(params ? { code, params } : { code })
}

/** The problem a message carries, or undefined for a message that is not one (e.g. zod's own). */
export function readProblem(message: string): Problem | undefined {
  if (!message.startsWith(MARK)) return undefined
  try {
    const parsed: unknown = JSON.parse(message.slice(MARK.length))
    if (typeof parsed !== 'object' || parsed === null || !('code' in parsed) || typeof parsed.code !== 'string') {
      return undefined
    }
    if (!isCatalogKey(parsed.code)) return undefined
    const params = 'params' in parsed ? paramsSchema.safeParse(parsed.params) : undefined
    return params?.success ? { code: parsed.code, params: params.data } : { code: parsed.code }
  } catch {
    return undefined
  }
}
