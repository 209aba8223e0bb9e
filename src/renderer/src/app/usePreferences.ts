import type { i18n as I18n } from 'i18next'
import { useCallback, useEffect, useState } from 'react'

import type { Preferences } from '../../../shared/domain/settings'
import { switchLanguage } from '../i18n/i18n'
import { useClient } from '../ipc/client-context'

/** Preferences as stored by the main process, and a way to change some of them. */
export function usePreferences(): {
  preferences: Preferences | undefined
  update: (patch: Partial<Preferences>) => Promise<void>
} {
  const client = useClient()
  const [preferences, setPreferences] = useState<Preferences>()
  useEffect(() => {
    let alive = true
    void client.call('preferences.get').then((value) => alive && setPreferences(value))
    return () => {
      alive = false
    }
  }, [client])
  // Shown at once, confirmed by the answer; a refused change goes back to what was stored.
  const update = useCallback(
    async (patch: Partial<Preferences>) => {
      let before: Preferences | undefined
      setPreferences((current) => {
        before = current
        return current && { ...current, ...patch }
      })
      try {
        setPreferences(await client.call('preferences.update', patch))
      } catch (error) {
        setPreferences(before)
        throw error
      }
    },
    [client],
  )
  return { preferences, update }
}

/** Applies the theme to the document; 'system' lets the OS decide through CSS. */
export function useAppliedTheme(theme: Preferences['theme'] | undefined): void {
  useEffect(() => {
    const root = document.documentElement
    if (!theme || theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
  }, [theme])
}

/** Speaks the chosen language, and tells assistive technology which one it is. */
export function useAppliedLanguage(language: Preferences['language'] | undefined, i18n: I18n): void {
  useEffect(() => {
    if (!language) return
    // The page's language follows once its words are there, not before.
    void switchLanguage(language, i18n).then(() => (document.documentElement.lang = language))
  }, [language, i18n])
}
