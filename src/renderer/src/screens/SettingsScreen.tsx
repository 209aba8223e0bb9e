import type { NotificationPause } from '../../../shared/domain/notifications'
import type { Preferences } from '../../../shared/domain/settings'

import { AboutSection } from './settings/AboutSection'
import { AppearanceSection } from './settings/AppearanceSection'
import { NotificationsSection } from './settings/NotificationsSection'
import { RingSection } from './settings/RingSection'
import { WindowSection } from './settings/WindowSection'
import { WorkingHoursSection } from './settings/WorkingHoursSection'
import './settings/settings.css'

/** The user's preferences, one card per concern. */
export function SettingsScreen({
  preferences,
  onChange,
  pause,
}: {
  preferences: Preferences | undefined
  onChange: (patch: Partial<Preferences>) => Promise<void>
  pause: NotificationPause | undefined
}) {
  return (
    <div className="stack">
      {preferences && (
        <>
          <AppearanceSection preferences={preferences} onChange={onChange} />
          <WindowSection preferences={preferences} onChange={onChange} />
        </>
      )}
      <NotificationsSection pause={pause} />
      {preferences && (
        <WorkingHoursSection
          workingHours={preferences.workingHours}
          onSave={(workingHours) => onChange({ workingHours })}
        />
      )}
      <RingSection />
      <AboutSection />
    </div>
  )
}
