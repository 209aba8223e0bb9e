import { common as enCommon } from './en/common'
import { settings as enSettings } from './en/settings'
import { common as viCommon } from './vi/common'
import { settings as viSettings } from './vi/settings'

/**
 * Every text of the renderer, per language and per namespace. Vietnamese is typed as the
 * English, so a key missing or misspelled in one language does not compile.
 */
export const resources = {
  en: { common: enCommon, settings: enSettings },
  vi: { common: viCommon, settings: viSettings },
} as const

export const defaultNamespace = 'common'
