import { z } from 'zod'

import { accountSchema } from './accounts'
import { recordingMarkSchema } from './alohub-views'
import { alertSchema } from './live'
import { liveFilterSchema, noLiveFilter } from './live-filter'
import { defaultQueueThresholds, queueThresholdsSchema } from './queue-thresholds'
import { defaultRingSettings, ringSettingsSchema } from './ring'
import { updateChannelSchema } from './updates'
import { defaultWorkingHours, workingHoursSchema } from './working-hours'

/** Colour scheme; 'system' follows the OS. */
export const themeSchema = z.enum(['system', 'light', 'dark'])
export type Theme = z.infer<typeof themeSchema>

/** The languages the app speaks. */
export const languageSchema = z.enum(['en', 'vi'])
export type Language = z.infer<typeof languageSchema>

/** The version of the settings layout this build writes; migrations lead up to it. */
export const SETTINGS_SCHEMA_VERSION = 7

/** The user's preferences, persisted by the settings store. Never holds a secret. */
export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  theme: themeSchema,
  language: languageSchema,
  /** Closing the window hides it to the tray instead of quitting. */
  closeToTray: z.boolean(),
  /** Start hidden in the tray (used when launched at login). */
  startMinimized: z.boolean(),
  /** Launch when the user logs in to the computer (hidden in the tray). */
  startAtLogin: z.boolean(),
  /** ISO time until which notifications are silent; null = not paused. */
  notificationsPausedUntil: z.iso.datetime().nullable(),
  /** Paused with no end, until the user resumes. */
  notificationsPausedIndefinitely: z.boolean(),
  /** Alerts are paused outside these hours (when enabled), on the computer's own time zone. */
  workingHours: workingHoursSchema,
  /**
   * The user resumed alerts outside working hours (from the tray or Settings): they stay on while
   * the next working-hours boundary is still `until` (null: the hours have no working day). Held
   * here, like the pause, so a restart does not silence an agent who chose to take calls.
   */
  alertsResumedOutsideHours: z.object({ until: z.iso.datetime().nullable() }).nullable(),
  /** Provider accounts; their secrets are in the OS keychain, never here. */
  accounts: z.array(accountSchema),
  /** Show the built-in sandbox as a demo workspace (one account per provider). */
  demoWorkspace: z.boolean(),
  /** Recent alerts, newest first; kept so a restart does not lose a missed call. */
  alerts: z.array(alertSchema).max(500),
  /** Calls already notified, so a restart or reconnect never notifies one twice. */
  notifiedCallIds: z.array(z.string()).max(1000),
  /** What a supervisor is notified about and sees on the board. */
  liveFilter: liveFilterSchema,
  /**
   * Recording states this app set, keyed "accountId/agentId": AloHub never reports the state,
   * so this is all the app can honestly say about it.
   */
  recordingMarks: z.record(z.string(), recordingMarkSchema),
  /** The ringtone, its devices and the incoming-call window. */
  ring: ringSettingsSchema,
  /** When a queue or team on the supervisor board turns amber or red, and alerts. */
  queueThresholds: queueThresholdsSchema,
  /** Keep the Live board's queue trends (last hour, counts only) across restarts; off: memory only. */
  keepQueueTrends: z.boolean(),
  /** Stable releases, or pre-releases too (unless IT's policy fixes the channel). */
  updateChannel: updateChannelSchema,
  /**
   * Per account: whether its team relay last said desks may poll the provider themselves while the
   * relay cannot be reached (the relay's own `deskFallback`), so a desk that starts cut off knows.
   */
  relayDeskFallback: z.record(z.string(), z.boolean()),
})
export type Settings = z.infer<typeof settingsSchema>

/** What a fresh install starts with. */
export const defaultSettings: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  theme: 'system',
  language: 'en',
  closeToTray: true,
  startMinimized: false,
  startAtLogin: false,
  notificationsPausedUntil: null,
  notificationsPausedIndefinitely: false,
  workingHours: defaultWorkingHours,
  alertsResumedOutsideHours: null,
  accounts: [],
  demoWorkspace: false,
  alerts: [],
  notifiedCallIds: [],
  liveFilter: noLiveFilter,
  recordingMarks: {},
  ring: defaultRingSettings,
  queueThresholds: defaultQueueThresholds,
  keepQueueTrends: false,
  updateChannel: 'stable',
  relayDeskFallback: {},
}

/** The part of the settings the renderer may see and edit. */
export const preferencesSchema = settingsSchema.pick({
  theme: true,
  language: true,
  closeToTray: true,
  startMinimized: true,
  startAtLogin: true,
  workingHours: true,
  queueThresholds: true,
})
export type Preferences = z.infer<typeof preferencesSchema>
