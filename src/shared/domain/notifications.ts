import { z } from 'zod'

/** How long the user can silence notifications from the tray or the renderer. */
export const pauseDurationSchema = z.enum(['15m', '1h', 'until-resumed'])
export type PauseDuration = z.infer<typeof pauseDurationSchema>

/**
 * Whether notifications are paused, and until when (ISO time; null = until resumed). Outside the
 * user's working hours alerts are paused too: then `outsideWorkingHours` is true and `until` is when
 * the hours begin again (null when no working day is set).
 */
export const notificationPauseSchema = z.discriminatedUnion('paused', [
  z.object({ paused: z.literal(false) }),
  z.object({
    paused: z.literal(true),
    until: z.iso.datetime().nullable(),
    outsideWorkingHours: z.literal(true).optional(),
  }),
])
export type NotificationPause = z.infer<typeof notificationPauseSchema>

/**
 * How macOS shows AgentDesk's notifications, as its Notification Center preferences say: only the
 * "Alerts" style keeps a ring on screen until acted on. 'unknown': not macOS, or not readable.
 */
export const macAlertStyleSchema = z.enum(['alerts', 'banners', 'none', 'unknown'])
export type MacAlertStyle = z.infer<typeof macAlertStyleSchema>

/** A desktop notification as the main process decided to show it. */
export const desktopNotificationSchema = z.object({
  id: z.string().max(200),
  title: z.string().max(200),
  body: z.string().max(1000),
  shownAt: z.iso.datetime(),
})
export type DesktopNotification = z.infer<typeof desktopNotificationSchema>
