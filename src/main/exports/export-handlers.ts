import type { Alert } from '../../shared/domain/live'
import type { Clock } from '../core/clock'
import type { FileSaverPort } from '../core/ports'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'
import type { SettingsRepository } from '../settings/settings-repository'

import { alertsCsv } from './alert-csv'

/** The alert history's exports: main builds the CSV and the platform saves it where the user says. */
export function createExportHandlers(deps: {
  readonly alerts: () => ReadonlyArray<Alert>
  readonly settings: SettingsRepository
  /** Absent where nothing can save a file (unit tests without one). */
  readonly saver: FileSaverPort | undefined
  readonly clock: Clock
  /** The zone the times are written in; the computer's own unless a test names one. */
  readonly timeZone?: string
}): Pick<OperationHandlers, 'alerts.exportCsv'> {
  return {
    'alerts.exportCsv': async ({ what }) => {
      if (!deps.saver) throw new OperationError('not_allowed', { code: 'problems:exports.unavailable' })
      const file = alertsCsv(deps.alerts(), what, {
        language: deps.settings.read().language,
        now: deps.clock.now(),
        ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
      })
      let saved
      try {
        saved = await deps.saver.save({ fileName: file.fileName, bytes: file.bytes })
      } catch (error) {
        // The OS's own words (a full disk, a folder without write access), as a detail.
        const detail = error instanceof Error ? error.message : String(error)
        throw new OperationError('internal', { code: 'problems:exports.notWritten', params: { detail } })
      }
      if (!saved) return { outcome: 'cancelled' }
      return { outcome: 'saved', fileName: saved.fileName, rows: file.rows, downloadUrl: saved.downloadUrl }
    },
  }
}
