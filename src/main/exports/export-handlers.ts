import type { Alert } from '../../shared/domain/live'
import type { Clock } from '../core/clock'
import type { FileSaverPort } from '../core/ports'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'
import type { MissedCallDay } from '../monitor/missed-call-log'
import type { SettingsRepository } from '../settings/settings-repository'

import { alertsCsv } from './alert-csv'
import { missedCallsCsv } from './missed-csv'

/** The alert history's exports: main builds the CSV and the platform saves it where the user says. */
export function createExportHandlers(deps: {
  readonly alerts: () => ReadonlyArray<Alert>
  /** The day's missed calls, from their own log (the history keeps only its last 200 alerts). */
  readonly missedCalls: () => MissedCallDay
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
      const options = {
        language: deps.settings.read().language,
        now: deps.clock.now(),
        ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
      }
      const file =
        what === 'missedCalls' ? missedCallsCsv(deps.missedCalls(), options) : alertsCsv(deps.alerts(), options)
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
