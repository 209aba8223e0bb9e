import type { MacAlertStyle } from '../../shared/domain/notifications'

/**
 * How macOS presents an app's notifications, read from the Notification Center preferences
 * (`defaults export com.apple.ncprefs -`, an XML property list). Electron has no API for it, and
 * Apple documents neither the file nor its `flags`. The layout used here is the one several public
 * tools that read and write the file agree on (ncprefs.py and scripts derived from it, a C#
 * NotificationCenterPreferences reader): `apps` is an array of dictionaries, each with `bundle-id`
 * and an integer `flags`, whose bits 3–4 are the alert style: neither set = None, bit 3 (8) =
 * Banners, bit 4 (16) = Alerts. It is not confirmed by Apple, so anything else (both bits, no
 * entry, no integer, an unreadable file) is 'unknown', and Settings then gives its general advice.
 */
const BANNERS = 1 << 3
const ALERTS = 1 << 4

export function macAlertStyleOf(exported: string | null, bundleId: string): MacAlertStyle {
  if (exported === null) return 'unknown'
  let root: PlistValue
  try {
    root = parsePlist(exported)
  } catch {
    return 'unknown'
  }
  const apps = isDict(root) ? root.apps : undefined
  if (!Array.isArray(apps)) return 'unknown'
  const entry = apps.find((app) => isDict(app) && app['bundle-id'] === bundleId)
  const flags = isDict(entry) ? entry.flags : undefined
  if (typeof flags !== 'number' || !Number.isSafeInteger(flags)) return 'unknown'
  const style = flags & (BANNERS | ALERTS)
  if (style === 0) return 'none'
  if (style === BANNERS) return 'banners'
  if (style === ALERTS) return 'alerts'
  return 'unknown'
}

type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue }

const isDict = (value: unknown): value is Record<string, PlistValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decodeText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return entities[name] ?? whole
  })
}

/**
 * A small reader for the XML property list format (dict, array, key, string, integer, real, true,
 * false, date, data): enough for ncprefs, without a dependency. Throws on anything malformed.
 */
export function parsePlist(xml: string): PlistValue {
  const tokens = [...xml.matchAll(/<(\/?)([a-z]+)(?:\s[^>]*?)?\s*(\/?)>|([^<]+)/gi)]
  let at = 0
  const skipBlank = () => {
    while (at < tokens.length && tokens[at]?.[4] !== undefined && tokens[at]?.[4]?.trim() === '') at += 1
  }
  const text = (tag: string): string => {
    let value = ''
    for (; at < tokens.length; at += 1) {
      const token = tokens[at]
      if (token?.[4] !== undefined) value += token[4]
      else if (token?.[1] === '/' && token[2] === tag) {
        at += 1
        return decodeText(value)
      } else throw new Error(`unexpected <${token?.[2] ?? '?'}> in <${tag}>`)
    }
    throw new Error(`unclosed <${tag}>`)
  }
  const value = (): PlistValue => {
    skipBlank()
    const token = tokens[at]
    if (!token || token[4] !== undefined || token[1] === '/') throw new Error('a value was expected')
    at += 1
    const tag = token[2] ?? ''
    const selfClosing = token[3] === '/'
    switch (tag) {
      case 'true':
      case 'false':
        if (!selfClosing) text(tag)
        return tag === 'true'
      case 'string':
      case 'date':
      case 'data':
        return selfClosing ? '' : text(tag)
      case 'integer':
      case 'real': {
        const number = Number(text(tag).trim())
        if (!Number.isFinite(number)) throw new Error(`not a number in <${tag}>`)
        return number
      }
      case 'array': {
        const items: PlistValue[] = []
        if (selfClosing) return items
        for (;;) {
          skipBlank()
          if (tokens[at]?.[1] === '/' && tokens[at]?.[2] === 'array') return ((at += 1), items)
          items.push(value())
        }
      }
      case 'dict': {
        const dict: Record<string, PlistValue> = {}
        if (selfClosing) return dict
        for (;;) {
          skipBlank()
          const next = tokens[at]
          if (next?.[1] === '/' && next[2] === 'dict') return ((at += 1), dict)
          if (next?.[2] !== 'key' || next[1] === '/') throw new Error('a <key> was expected')
          at += 1
          const key = text('key')
          dict[key] = value()
        }
      }
      default:
        throw new Error(`unknown <${tag}>`)
    }
  }
  // The prologue and doctype are not tags of the format: start at <plist>.
  const start = tokens.findIndex((token) => token[2] === 'plist' && token[1] === '')
  if (start < 0) throw new Error('no <plist>')
  at = start + 1
  return value()
}
