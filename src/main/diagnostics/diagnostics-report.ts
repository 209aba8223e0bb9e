import type { MonitorStatus } from '../../shared/domain/live'
import type { Settings } from '../../shared/domain/settings'
import type { AppInfo } from '../../shared/ipc/contract'
import { englishText } from '../i18n/catalog'

/** Where the app runs: what support asks first. */
export interface RuntimeFacts {
  /** process.versions: `electron` and `chrome` only in the app (absent in the harness). */
  readonly versions: Readonly<Record<string, string | undefined>>
  readonly platform: string
  readonly release: string
  readonly arch: string
}

/** Field names that would hold a credential; the settings never should, and if they ever do it stays out. */
const SECRET_NAME = /secret|token|password|passwd|passphrase|api[-_]?key|credential|authori[sz]ation|cookie/i

/** The versions and the OS, with the app's own version and how it runs. */
export function aboutReport(info: AppInfo, runtime: RuntimeFacts, generatedAt: Date) {
  const { versions } = runtime
  return {
    generatedAt: generatedAt.toISOString(),
    app: { productName: info.productName, version: info.version, transport: info.transport },
    versions: {
      electron: versions.electron ?? null,
      chrome: versions.chrome ?? null,
      node: versions.node ?? null,
      v8: versions.v8 ?? null,
    },
    os: { platform: runtime.platform, release: runtime.release, arch: runtime.arch },
  }
}

/**
 * The settings as support needs them: accounts with their labels, providers and base URLs, every
 * preference. Left out: the alert history and notified call ids (callers' numbers and names are
 * personal data, and say nothing about a fault; their counts stay), any field named like a
 * credential, and a URL's user info and query (where a key could have been pasted).
 */
export function settingsReport(settings: Settings) {
  const { alerts, notifiedCallIds, recordingMarks, ...rest } = settings
  return {
    ...(withoutSecrets(rest) as object),
    alerts: { count: alerts.length },
    notifiedCallIds: { count: notifiedCallIds.length },
    recordingMarks: { count: Object.keys(recordingMarks).length },
  }
}

/** Each monitored account's health, with its problem in English for the reader. */
export function healthReport(statuses: ReadonlyArray<MonitorStatus>) {
  return statuses.map((status) => ({
    ...status,
    problemText: status.problem ? englishText(status.problem) : null,
  }))
}

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets)
  if (typeof value === 'string') return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? bareUrl(value) : value
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => !SECRET_NAME.test(name))
      .map(([name, inner]) => [name, withoutSecrets(inner)]),
  )
}

/** A URL without user info, query or fragment: scheme, host and path are what support needs. */
function bareUrl(text: string): string {
  try {
    const url = new URL(text)
    // Written as the user wrote it when there is nothing to take out.
    if (!url.username && !url.password && !url.search && !url.hash) return text
    return `${url.protocol}//${url.host}${url.pathname}`
  } catch {
    return '[unparseable url]'
  }
}
