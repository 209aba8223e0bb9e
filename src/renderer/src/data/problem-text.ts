import { useTranslation } from 'react-i18next'

import type { Problem } from '../../../shared/i18n/problem'
import { problemWords, type Translate } from '../../../shared/i18n/problem-words'

/**
 * A problem from main (an error, a refusal, a connection test, a monitor's status) or from a
 * shared schema (problemMessage) in words, in the language shown: the renderer's one way to turn
 * a code into a sentence. Nothing main wrote in English is shown; a provider's own words appear
 * only where the problem quotes them (`said`, `detail`).
 */
export function problemText(problem: Problem, t: AnyT): string {
  // The codes are checked against the catalog where they are made (CatalogKey) and on arrival
  // (problemSchema), and carry their namespace, so any of i18next's `t` will do.
  const translate: Translate = (key, options) => String(t(key as never, options as never))
  return problemWords(translate, problem)
}

/** i18next's `t` of any namespace (a code names its own). */
export type AnyT = (key: never, options: never) => unknown

/** problemText for a component, in the language shown now (it re-renders when that changes). */
export function useProblemText(): (problem: Problem) => string {
  const { t } = useTranslation()
  return (problem) => problemText(problem, t)
}
