import i18next from 'i18next'

import { readProblem } from './problem'
import { resources } from './resources'

// English from the one catalog, for the sentences main still writes itself (an IPC refusal's
// summary, an import's refusal) until main words everything from the catalog in the user's language.
const english = i18next.createInstance()
void english.init({
  resources: { en: resources.en },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
})

/** A shared schema's problem in English words; any other message as it is. */
export function problemInEnglish(message: string): string {
  const problem = readProblem(message)
  if (!problem) return message
  const t = english.t as unknown as (key: string, options: object) => string
  return t(problem.code, problem.params ?? {})
}
