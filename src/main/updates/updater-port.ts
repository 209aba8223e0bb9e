import type { UpdateChannel, UpdateFailure } from '../../shared/domain/updates'

/** What the updater tells the update service; the platform maps electron-updater's events onto these. */
export type UpdaterEvent =
  | { readonly type: 'checking' }
  /** electron-updater found a newer version for this user: the staged rollout already let it through. */
  | { readonly type: 'available'; readonly version: string; readonly releaseNotes: string | null }
  | { readonly type: 'not-available' }
  | { readonly type: 'progress'; readonly percent: number }
  | { readonly type: 'downloaded'; readonly version: string; readonly releaseNotes: string | null }
  /** `detail` is for the log only (it may hold the feed's address or a path). */
  | { readonly type: 'error'; readonly failure: UpdateFailure; readonly detail: string }

/**
 * The updater, behind a port: electron-updater's autoUpdater in the app (platform/updater-adapter.ts,
 * the only code that imports it), a recording fake in tests.
 */
export interface UpdaterPort {
  /** Stable: releases only; beta: the beta feed and pre-releases. Never allows a downgrade. */
  setChannel(channel: UpdateChannel): void
  /** Asks the feed; the answer comes as events. A failure comes as an 'error' event, never a rejection. */
  check(): Promise<void>
  /** Downloads what the last check found; progress and the end come as events. */
  download(): Promise<void>
  /** Quits and installs the downloaded update (the quit guard lets the windows close). */
  quitAndInstall(): void
  /** Calls `listener` on each event; returns a function that stops listening. */
  onEvent(listener: (event: UpdaterEvent) => void): () => void
}
