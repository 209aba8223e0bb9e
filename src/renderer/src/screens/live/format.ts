import { currentLocale } from '../../i18n/i18n'

/** 0:07, 12:03, 1:02:09. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/** A time of day in the chosen language's format. */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(currentLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}

/** A time of day to the minute (09:12), in the chosen language's format. */
export function formatHourMinute(iso: string): string {
  return new Date(iso).toLocaleTimeString(currentLocale(), { hour: '2-digit', minute: '2-digit' })
}

/** A count in the chosen language's format: 1,200 or 1.200. */
export function formatNumber(value: number): string {
  return value.toLocaleString(currentLocale())
}
