import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'

import type { Language } from '../../../shared/domain/settings'
import { common as enCommon } from '../../../shared/i18n/en/common'
import type { defaultNamespace } from '../../../shared/i18n/resources'
import { common as viCommon } from '../../../shared/i18n/vi/common'

/** BCP 47 tags for dates and numbers; English follows the system's own formats. */
export const locales: Readonly<Record<Language, string | undefined>> = { en: undefined, vi: 'vi-VN' }

const REMEMBERED = 'agentdesk.language'

// Written out rather than imported: importing the value would bring every catalog into the first paint.
const DEFAULT_NAMESPACE: typeof defaultNamespace = 'common'

/**
 * Each language's full catalog as its own chunk: the first paint carries only the shell's words
 * (`common`, both languages, 3 kB); the rest of the current language comes with the first screen,
 * and the other language only if the user switches to it.
 */
const catalogs: Readonly<Record<Language, () => Promise<Record<string, object>>>> = {
  en: () => import('../../../shared/i18n/en/index').then((module) => module.en),
  vi: () => import('../../../shared/i18n/vi/index').then((module) => module.vi),
}
/** Per i18next instance (the app has one; tests make their own), the load of each language. */
const loads = new WeakMap<I18n, Map<Language, Promise<void>>>()

const asLanguage = (language: string): Language => (language === 'vi' ? 'vi' : 'en')

/**
 * Adds every namespace of a language to i18next, once; what renders a screen (or switches the
 * language) waits for it, so no screen ever shows a key instead of its words.
 */
export function loadCatalog(language: string, i18n: I18n = i18next): Promise<void> {
  const wanted = asLanguage(language)
  const loading = loads.get(i18n) ?? new Map<Language, Promise<void>>()
  loads.set(i18n, loading)
  let loaded = loading.get(wanted)
  if (!loaded) {
    loaded = catalogs[wanted]().then((catalog) => {
      for (const [namespace, texts] of Object.entries(catalog)) {
        i18n.addResourceBundle(wanted, namespace, texts, true, true)
      }
    })
    // A failed load (a chunk missing after an update) is tried again next time, not remembered.
    loaded.catch(() => loading.delete(wanted))
    loading.set(wanted, loaded)
  }
  return loaded
}

/** Loads the language's catalog, then speaks it. */
export async function switchLanguage(language: string, i18n: I18n = i18next): Promise<void> {
  await loadCatalog(language, i18n)
  await i18n.changeLanguage(asLanguage(language))
}

/**
 * Starts i18next in the language last used in this window (so the first paint is not in the
 * wrong one); the stored preference confirms or switches it once it is read.
 */
export function startI18n(storage: Pick<Storage, 'getItem' | 'setItem'> = window.localStorage): typeof i18next {
  const remembered = storage.getItem(REMEMBERED)
  i18next.on('languageChanged', (language) => storage.setItem(REMEMBERED, language))
  void i18next.use(initReactI18next).init({
    resources: { en: { common: enCommon }, vi: { common: viCommon } },
    lng: remembered === 'vi' ? 'vi' : 'en',
    fallbackLng: 'en',
    defaultNS: DEFAULT_NAMESPACE,
    ns: [DEFAULT_NAMESPACE],
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
