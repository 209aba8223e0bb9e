import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

import type { Language } from '../../../shared/domain/settings'
import { defaultNamespace, resources } from '../../../shared/i18n/resources'

/** BCP 47 tags for dates and numbers; English follows the system's own formats. */
export const locales: Readonly<Record<Language, string | undefined>> = { en: undefined, vi: 'vi-VN' }

const REMEMBERED = 'agentdesk.language'

/**
 * Starts i18next in the language last used in this window (so the first paint is not in the
 * wrong one); the stored preference confirms or switches it once it is read.
 */
export function startI18n(storage: Pick<Storage, 'getItem' | 'setItem'> = window.localStorage): typeof i18next {
  const remembered = storage.getItem(REMEMBERED)
  i18next.on('languageChanged', (language) => storage.setItem(REMEMBERED, language))
  void i18next.use(initReactI18next).init({
    resources,
    lng: remembered === 'vi' ? 'vi' : 'en',
    fallbackLng: 'en',
    defaultNS: defaultNamespace,
    ns: Object.keys(resources.en),
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
    // The console is for our own diagnostics, not a library's advertisement.
    showSupportNotice: false,
  })
  return i18next
}

/** The locale to format dates and numbers with, following the chosen language. */
export function currentLocale(): string | undefined {
  return i18next.language === 'vi' ? locales.vi : locales.en
}
