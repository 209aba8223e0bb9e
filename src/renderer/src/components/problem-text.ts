import { useTranslation } from 'react-i18next'

import { readProblem } from '../../../shared/i18n/problem'
import { problemText, type AnyT } from '../data/problem-text'

/**
 * A form message as the screen shows it: a problem from a shared schema (problemMessage) in the
 * language shown, through the one wording function; zod's own words stay as they are.
 */
export function messageText(message: string, t: AnyT): string {
  const problem = readProblem(message)
  return problem ? problemText(problem, t) : message
}

/** `messageText` in the current language (re-renders when that changes). */
export function useMessageText(): (message: string) => string {
  const { t } = useTranslation()
  return (message) => messageText(message, t)
}
