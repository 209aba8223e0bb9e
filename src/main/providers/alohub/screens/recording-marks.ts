import type { RecordingMark } from '../../../../shared/domain/alohub-views'
import type { SettingsRepository } from '../../../settings/settings-repository'

/** The recording states this app set, the only thing it can honestly say about recording. */
export interface RecordingMarks {
  /** Marks of one account, by agent id. */
  forAccount(accountId: string): Record<string, RecordingMark>
  /** Notes that these agents were just set; one settings write however many there are. */
  record(accountId: string, changes: ReadonlyArray<{ agentId: string; enabled: boolean }>, at: Date): void
}

const keyOf = (accountId: string, agentId: string) => `${accountId}/${agentId}`

/** Keeps the marks in the settings file, so "last set to on by you at 10:42" survives a restart. */
export function createRecordingMarks(settings: SettingsRepository): RecordingMarks {
  return {
    forAccount(accountId) {
      const prefix = `${accountId}/`
      const marks: Record<string, RecordingMark> = {}
      for (const [key, mark] of Object.entries(settings.read().recordingMarks)) {
        if (key.startsWith(prefix)) marks[key.slice(prefix.length)] = mark
      }
      return marks
    },
    record(accountId, changes, at) {
      if (changes.length === 0) return
      const marks = { ...settings.read().recordingMarks }
      for (const { agentId, enabled } of changes) marks[keyOf(accountId, agentId)] = { enabled, at: at.toISOString() }
      settings.update({ recordingMarks: marks })
    },
  }
}
