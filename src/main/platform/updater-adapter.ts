import { readFileSync } from 'node:fs'

import electronUpdater, { type AppUpdater } from 'electron-updater'

import type { UpdateChannel, UpdatesOffReason } from '../../shared/domain/updates'
import type { Logger } from '../core/logger'
import { selfUpdateBlocker } from '../updates/install-kind'
import { releaseNotesText, type ReleaseNoteEntry } from '../updates/release-notes'
import { classifyUpdateError } from '../updates/update-errors'
import { readUpdatePolicy, type UpdatePolicy } from '../updates/update-policy'
import type { UpdaterEvent, UpdaterPort } from '../updates/updater-port'

/** electron-updater's updater for this platform (NSIS, Squirrel.Mac, AppImage); the only import of it. */
export function electronAutoUpdater(): AppUpdater {
  // A CommonJS package: its `autoUpdater` is a lazy getter that ESM named imports do not see.
  return electronUpdater.autoUpdater
}

type Notes = string | ReadonlyArray<ReleaseNoteEntry> | null | undefined

/**
 * The UpdaterPort on electron-updater. It takes the updater as a parameter, so the loopback feed
 * test runs electron-updater's own AppImageUpdater through it in Node.
 *
 * Left to electron-updater on purpose: the staged rollout (`isUserWithinRollout` is never replaced,
 * so `stagingPercentage` in latest.yml is weighed against this install's own id), the sha512 check
 * and the signature check of the download.
 */
export function createUpdaterAdapter(updater: AppUpdater, logger: Logger): UpdaterPort {
  // The service starts the download itself, after the state moved to 'available'.
  updater.autoDownload = false
  // A downloaded update also installs when the user quits from the tray, without asking.
  updater.autoInstallOnAppQuit = true
  updater.logger = {
    info: (message?: unknown) => logger.info(`electron-updater: ${String(message)}`),
    warn: (message?: unknown) => logger.warn(`electron-updater: ${String(message)}`),
    error: (message?: unknown) => logger.warn(`electron-updater: ${String(message)}`),
  }
  const listeners = new Set<(event: UpdaterEvent) => void>()
  const emit = (event: UpdaterEvent) => {
    for (const listener of listeners) listener(event)
  }
  const notes = (value: unknown) => releaseNotesText(value as Notes)
  updater.on('checking-for-update', () => emit({ type: 'checking' }))
  updater.on('update-not-available', () => emit({ type: 'not-available' }))
  updater.on('update-available', (info) =>
    emit({ type: 'available', version: info.version, releaseNotes: notes(info.releaseNotes) }),
  )
  updater.on('download-progress', (progress) => emit({ type: 'progress', percent: progress.percent }))
  updater.on('update-downloaded', (info) =>
    emit({ type: 'downloaded', version: info.version, releaseNotes: notes(info.releaseNotes) }),
  )
  updater.on('error', (error) =>
    emit({ type: 'error', failure: classifyUpdateError(error), detail: error.message.slice(0, 2000) }),
  )
  // The 'error' event already reported a failure; the promises' rejections only repeat it.
  const quietly = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      () => undefined,
    )

  return {
    setChannel(channel: UpdateChannel) {
      updater.channel = channel === 'beta' ? 'beta' : 'latest'
      updater.allowPrerelease = channel === 'beta'
      // Setting a channel turns electron-updater's allowDowngrade on; a beta user moving back to
      // stable waits for the next stable release instead (an older build may not read newer settings).
      updater.allowDowngrade = false
    },
    check: () => quietly(updater.checkForUpdates()),
    download: () => quietly(updater.downloadUpdate()),
    quitAndInstall: () => updater.quitAndInstall(),
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/**
 * What the app hands createApp for updates: IT's policy, whether this install may replace itself,
 * and the updater, created only when it may (electron-updater is not even loaded otherwise).
 */
export function electronUpdates(
  isPackaged: boolean,
  logger: Logger,
): { updater?: UpdaterPort; updatePolicy: UpdatePolicy; updateBlocker: UpdatesOffReason | null } {
  const updatePolicy = readUpdatePolicy({
    platform: process.platform,
    env: process.env,
    readFile: (path) => readFileSync(path, 'utf8'),
  })
  const updateBlocker = selfUpdateBlocker({ platform: process.platform, isPackaged, env: process.env })
  if (!updatePolicy.updatesAllowed || updateBlocker) return { updatePolicy, updateBlocker }
  return { updater: createUpdaterAdapter(electronAutoUpdater(), logger), updatePolicy, updateBlocker }
}
