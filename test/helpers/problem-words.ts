import { translator } from '../../src/main/i18n/catalog'
import { readProblem, type Problem } from '../../src/shared/i18n/problem'
import { problemWords } from '../../src/shared/i18n/problem-words'

/**
 * What the user reads: a shared schema's message (problemMessage) or a problem from main, put
 * into words by the one wording function over the one catalog; other messages as they are.
 */
export function inWords(message: string | Problem, language: 'en' | 'vi' = 'en'): string {
  const problem = typeof message === 'string' ? readProblem(message) : message
  return problem ? problemWords(translator(language), problem) : (message as string)
}
