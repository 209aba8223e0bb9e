import type { MonitorStatus } from '../../shared/domain/live'
import type { AppInfo } from '../../shared/ipc/contract'
import type { Clock } from '../core/clock'
import type { KnownSecrets } from '../core/known-secrets'
import type { Logger } from '../core/logger'
import type { FileSaverPort } from '../core/ports'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'
import type { SecretStore } from '../secrets/secret-store'
import type { SettingsRepository } from '../settings/settings-repository'

import { buildDiagnosticsArchive, type DiagnosticsEntry } from './diagnostics-archive'
import { crashEntries, logEntries } from './diagnostics-files'
import { aboutReport, healthReport, settingsReport, type RuntimeFacts } from './diagnostics-report'

/** Where the platform keeps what the archive collects. */
export interface DiagnosticsSources {
  /** The log folder: `main.log` and its rotated files. */
  readonly logsDir: string
  /** Electron's crash dumps folder (app.getPath('crashDumps')); absent in the harness. */
  readonly crashDumpsDir?: string
  readonly runtime: RuntimeFacts
}

export interface DiagnosticsDeps {
  readonly sources: DiagnosticsSources | undefined
  readonly saver: FileSaverPort | undefined
  readonly info: AppInfo
  readonly settings: SettingsRepository
  readonly statuses: () => ReadonlyArray<MonitorStatus>
  /** Every account, so each one's stored key is read and then searched for (a key not used this run too). */
  readonly accountIds: () => Promise<ReadonlyArray<string>>
  /** The keychain as createApp wraps it: each key read is added to `known`. */
  readonly secrets: SecretStore
  readonly known: KnownSecrets
  readonly clock: Clock
  readonly logger: Logger
}

/** "Save diagnostics…": one zip for support, built and scrubbed here, saved where the user says. */
export function createDiagnostics(deps: DiagnosticsDeps): {
  readonly handlers: Pick<OperationHandlers, 'diagnostics.save'>
  /** The same save, for the tray's menu entry (no one waits for its answer there). */
  save(): Promise<void>
} {
  const save: OperationHandlers['diagnostics.save'] = async () => {
    if (!deps.saver || !deps.sources) throw new OperationError('not_allowed', { code: 'problems:exports.unavailable' })
    const now = deps.clock.now()
    await readEveryKey(deps)
    const entries = await collect(deps.sources, deps, now)
    const bytes = buildDiagnosticsArchive(entries, deps.known.all(), now)
    const fileName = `agentdesk-diagnostics-${now.toISOString().slice(0, 19).replace(/[T:]/g, '-')}.zip`
    let saved
    try {
      saved = await deps.saver.save({ fileName, bytes })
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      throw new OperationError('internal', { code: 'problems:exports.notWritten', params: { detail } })
    }
    if (!saved) return { outcome: 'cancelled' }
    deps.logger.info('diagnostics: saved', { fileName: saved.fileName, files: entries.length })
    return { outcome: 'saved', fileName: saved.fileName, files: entries.length, downloadUrl: saved.downloadUrl }
  }
  return {
    handlers: { 'diagnostics.save': save },
    save: async () => {
      try {
        await save({})
      } catch (error) {
        deps.logger.error('diagnostics: not saved', { error })
      }
    },
  }
}

/**
 * Reads each account's key so it is known before anything is scrubbed: an old log line may hold a
 * key this run never used. A locked keychain leaves the keys seen so far, which is all the log can
 * hold from this run; the failure is logged, not fatal (support needs the archive most then).
 */
async function readEveryKey(deps: DiagnosticsDeps): Promise<void> {
  for (const id of await deps.accountIds()) {
    try {
      await deps.secrets.get(id)
    } catch (error) {
      deps.logger.warn('diagnostics: a key could not be read to scrub it', { accountId: id, error })
    }
  }
}

async function collect(sources: DiagnosticsSources, deps: DiagnosticsDeps, now: Date): Promise<DiagnosticsEntry[]> {
  const json = (path: string, value: unknown): DiagnosticsEntry => ({
    path,
    bytes: new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`),
    text: true,
  })
  return [
    json('about.json', aboutReport(deps.info, sources.runtime, now)),
    json('settings.json', settingsReport(deps.settings.read())),
    json('health.json', healthReport(deps.statuses())),
    ...(await logEntries(sources.logsDir)),
    ...(sources.crashDumpsDir ? await crashEntries(sources.crashDumpsDir) : []),
  ]
}
