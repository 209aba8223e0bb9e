import i18next from 'i18next'

import { readProblem } from '../../src/shared/i18n/problem'
import { resources } from '../../src/shared/i18n/resources'

// The one catalog, as the renderer uses it, so a test can say what the user reads.
const catalog = i18next.createInstance()
void catalog.init({
  resources,
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
})

/** A message of the shared schemas as the screen words it ("Username: no spaces"); other messages as they are. */
export function inWords(message: string, language: 'en' | 'vi' = 'en'): string {
  const problem = readProblem(message)
  if (!problem) return message
  const t = catalog.getFixedT(language) as unknown as (key: string, options: object) => string
  return t(problem.code, problem.params ?? {})
}
