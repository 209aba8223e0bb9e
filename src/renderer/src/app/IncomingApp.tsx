import { useTranslation } from 'react-i18next'

import { DataLayer } from '../data/DataLayer'
import { IncomingCallScreen } from '../screens/incoming/IncomingCallScreen'

import { useAppliedLanguage, useAppliedTheme, usePreferences } from './usePreferences'

/** The incoming-call window: the ring alone, in the user's theme and language. */
export function IncomingApp() {
  const { i18n } = useTranslation()
  const { preferences } = usePreferences()
  useAppliedTheme(preferences?.theme)
  useAppliedLanguage(preferences?.language, i18n)
  return (
    <DataLayer>
      <IncomingCallScreen />
    </DataLayer>
  )
}
