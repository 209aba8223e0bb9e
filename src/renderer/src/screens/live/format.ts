import { currentLocale } from '../../i18n/i18n'

/** 0:07, 12:03, 1:02:09. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

/**
 * One formatter per language and format: `toLocaleTimeString` builds a new one on each call,
 * which cost more than the rest of a board update once the alert history held 200 alerts.
 */
function cached<F>(make: (locale: string | undefined) => F): () => F {
  let made: { readonly locale: string | undefined; readonly formatter: F } | undefined
  return () => {
    const locale = currentLocale()
    if (!made || made.locale !== locale) made = { locale, formatter: make(locale) }
    return made.formatter
  }
}

const timeFormat = cached(
  (locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
)
const hourMinuteFormat = cached((locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }))
const numberFormat = cached((locale) => new Intl.NumberFormat(locale))

/** A time of day in the chosen language's format. */
export function formatTime(iso: string): string {
  return timeFormat().format(new Date(iso))
}

/** A time of day to the minute (09:12), in the chosen language's format. */
export function formatHourMinute(iso: string): string {
  return hourMinuteFormat().format(new Date(iso))
}

/** A count in the chosen language's format: 1,200 or 1.200. */
export function formatNumber(value: number): string {
  return numberFormat().format(value)
}
