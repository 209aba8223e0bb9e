import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

import { readProblem } from '../../../shared/i18n/problem'

/**
 * A message as the screen shows it: a problem code from a shared schema (`voipbin:problems.telPlus`)
 * in the language shown, with its parameters; a message that is already words stays as it is.
 */
export function problemText(message: string, t: TFunction): string {
  const problem = readProblem(message)
  if (!problem) return message
  // The code is a catalog key chosen at run time, so it cannot be one of the typed keys.
  const anyKey = t as unknown as (key: string, options: Readonly<Record<string, string | number>>) => string
  return anyKey(problem.code, problem.params ?? {})
}

/** `problemText` in the current language. */
export function useProblemText(): (message: string) => string {
  const { t } = useTranslation()
  return (message) => problemText(message, t)
}
