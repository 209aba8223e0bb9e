import { z } from 'zod'

/** The tray icon's states; each has its own image in resources/tray. */
export const trayIconStates = ['idle', 'ringing', 'attention', 'paused'] as const
export const trayIconStateSchema = z.enum(trayIconStates)
export type TrayIconState = z.infer<typeof trayIconStateSchema>

/** Everything the tray shows: icon, tooltip and the pause entry of its menu. */
export const trayViewSchema = z.object({
  icon: trayIconStateSchema,
  tooltip: z.string().max(127),
  notificationsPaused: z.boolean(),
})
export type TrayView = z.infer<typeof trayViewSchema>
