import { z } from 'zod'

/** The tray icon's states; each has its own image in resources/tray. */
export const trayIconStates = ['idle', 'ringing', 'attention', 'paused'] as const
export const trayIconStateSchema = z.enum(trayIconStates)
export type TrayIconState = z.infer<typeof trayIconStateSchema>

/** The words of the tray's menu, in the user's language. */
export const trayMenuWordsSchema = z.object({
  open: z.string(),
  pause: z.string(),
  for15m: z.string(),
  for1h: z.string(),
  untilResumed: z.string(),
  untilTime: z.string(),
  resume: z.string(),
  saveDiagnostics: z.string(),
  quit: z.string(),
})
export type TrayMenuWords = z.infer<typeof trayMenuWordsSchema>

/** Everything the tray shows: icon, tooltip and its menu (with the pause entry). */
export const trayViewSchema = z.object({
  icon: trayIconStateSchema,
  tooltip: z.string().max(127),
  /**
   * Alerts are paused, by the user or by working hours: the menu offers "Resume", which turns them
   * on now (outside working hours, until the hours begin); the tooltip says which pause it is.
   */
  notificationsPaused: z.boolean(),
  menu: trayMenuWordsSchema,
  /** The menu's "Missed calls (2)" entry, which opens the alert history; null when none is unseen. */
  missedEntry: z.string().max(100).nullable(),
  /** "Restart to update (1.2.0)" once an update is downloaded; null or absent otherwise. */
  updateEntry: z.string().max(100).nullable().optional(),
  /** One line per monitored account: "Support desk: Failing since 09:12: …", shown in the menu. */
  health: z.array(z.string().max(400)).max(100),
})
export type TrayView = z.infer<typeof trayViewSchema>
