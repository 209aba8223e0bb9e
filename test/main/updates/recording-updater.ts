import type { UpdaterEvent, UpdaterPort } from '../../../src/main/updates/updater-port'
import type { UpdateChannel } from '../../../src/shared/domain/updates'

/** A recording UpdaterPort: every call kept in order; the test plays the updater's events. */
export function recordingUpdater(): UpdaterPort & {
  calls: string[]
  emit(event: UpdaterEvent): void
  /** Runs when quitAndInstall is called, as electron-updater would quit (the quit path test hooks in). */
  onQuitAndInstall: (() => void) | undefined
} {
  const listeners = new Set<(event: UpdaterEvent) => void>()
  const fake = {
    calls: [] as string[],
    onQuitAndInstall: undefined as (() => void) | undefined,
    emit(event: UpdaterEvent) {
      for (const listener of listeners) listener(event)
    },
    setChannel(channel: UpdateChannel) {
      fake.calls.push(`setChannel ${channel}`)
    },
    async check() {
      fake.calls.push('check')
    },
    async download() {
      fake.calls.push('download')
    },
    quitAndInstall() {
      fake.calls.push('quitAndInstall')
      fake.onQuitAndInstall?.()
    },
    onEvent(listener: (event: UpdaterEvent) => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  return fake
}
