import type { NotificationPause } from '../../../shared/domain/notifications'
import type { Preferences } from '../../../shared/domain/settings'

import { useLive } from './live/useLive'
import { AboutSection } from './settings/AboutSection'
import { AppearanceSection } from './settings/AppearanceSection'
import { DiagnosticsSection } from './settings/DiagnosticsSection'
import { NotificationsSection } from './settings/NotificationsSection'
import { RingSection } from './settings/RingSection'
import { ThresholdsSection } from './settings/ThresholdsSection'
import { UpdatesSection } from './settings/UpdatesSection'
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
  // The queues and teams the board shows now, for rows of their own thresholds.
  const live = useLive()
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
      {preferences && (
        <ThresholdsSection
          thresholds={preferences.queueThresholds}
          groups={live?.figures ?? []}
          onSave={(queueThresholds) => onChange({ queueThresholds })}
        />
      )}
      <RingSection />
      <DiagnosticsSection />
      <UpdatesSection />
      <AboutSection />
    </div>
  )
}
