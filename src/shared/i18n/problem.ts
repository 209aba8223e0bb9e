/**
 * A problem as a code and its parameters; only the renderer (or main's desktop texts) turns it
 * into words, in the language shown, from the one catalog in `src/shared/i18n`. Main never sends
 * a finished sentence that a screen would have to translate back.
 *
 * The code is a catalog key (`namespace:path.to.key`, e.g. `voipbin:problems.telPlus`), and the
 * parameters fill its `{{placeholders}}`.
 */
export interface Problem {
  readonly code: string
  readonly params?: Readonly<Record<string, string | number>>
}

// Zod carries one string per issue; a problem travels in it as a marked JSON text, so a schema
// shared by the form and main can say "which problem, with what values" without English.
const MARK = 'problem:'

/** A problem written into a zod issue message (`.max(100, problemMessage('common:tooLong', { max: 100 }))`). */
export function problemMessage(code: string, params?: Problem['params']): string {
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
    const params = 'params' in parsed && typeof parsed.params === 'object' && parsed.params !== null
    return params
      ? { code: parsed.code, params: parsed.params as Record<string, string | number> }
      : { code: parsed.code }
  } catch {
    return undefined
  }
}
