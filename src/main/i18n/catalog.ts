import { createInstance } from 'i18next'

import type { Language } from '../../shared/domain/settings'
import type { Problem } from '../../shared/i18n/problem'
import { problemWords, type Translate } from '../../shared/i18n/problem-words'
import { defaultNamespace, resources } from '../../shared/i18n/resources'

// Main's own i18next instance over the renderer's resources: the same catalog, the same plural
// rules (Intl.PluralRules) and the same interpolation, so a text reads alike wherever it is
// shown; a hand-made interpolation would drift from i18next's. Its own instance, not a global:
// main serves several windows and its language is read from settings at each use.
const i18n = createInstance()
void i18n.init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: Object.keys(resources.en),
  defaultNS: defaultNamespace,
  // Synchronous: the resources are in memory, and texts are needed from the first moment.
  initAsync: false,
  // Notifications and the tray are plain text, not HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  // Main's output goes to the log and to tests that read it: no advertising line on the console.
  showSupportNotice: false,
})

/** The catalog's `t` in one language. */
export function translator(language: Language): Translate {
  const t = i18n.getFixedT(language)
  return (key, options) => t(key, options ?? {})
}

/**
 * A problem in English, for the log and for `Error.message`: never shown to a person as such,
 * the renderer words the code itself in the language shown.
 */
export function englishText(problem: Problem): string {
  return problemWords(translator('en'), problem)
}
