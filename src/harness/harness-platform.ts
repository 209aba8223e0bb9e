import { randomBytes } from 'node:crypto'

import type { ExternalOpenerPort, FileSaverPort, NotifierPort, TrayPort, WindowPort } from '../main/core/ports'
import type { TrayView } from '../shared/domain/tray'

/**
 * The platform of the browser harness: nothing reaches the desktop. Notifications and tray
 * states are recorded (the core also sends them to the page as events), links are not opened.
 */
export interface HarnessPlatform {
  readonly notifier: NotifierPort
  readonly tray: TrayPort
  readonly window: WindowPort
  readonly opener: ExternalOpenerPort
  /** Screen pops are recorded with the links. */
  readonly screenPopOpener: ExternalOpenerPort
  /** No save dialog in a browser: an export is served once at a path of its own for the page to download. */
  readonly fileSaver: FileSaverPort
  /** The export served at this path, if any; it is served once, then forgotten. */
  takeDownload(path: string): HarnessDownload | undefined
  readonly recorded: {
    readonly notifications: ReadonlyArray<{ id: string; title: string; body: string }>
    readonly trayViews: ReadonlyArray<TrayView>
    readonly openedLinks: ReadonlyArray<string>
  }
}

/** A file waiting for the page to download it. */
export interface HarnessDownload {
  readonly fileName: string
  readonly bytes: Uint8Array
}

/** Downloads not yet fetched are dropped beyond this many, oldest first. */
const MAX_PENDING_DOWNLOADS = 10

/** Creates the recording platform. */
export function createHarnessPlatform(): HarnessPlatform {
  const notifications: Array<{ id: string; title: string; body: string }> = []
  const trayViews: TrayView[] = []
  const openedLinks: string[] = []
  const downloads = new Map<string, HarnessDownload>()
  return {
    notifier: { show: ({ id, title, body }) => void notifications.push({ id, title, body }) },
    tray: { render: (view) => void trayViews.push(view) },
    window: { open: () => undefined },
    opener: {
      open: async (url) => {
        openedLinks.push(url)
      },
    },
    screenPopOpener: {
      open: async (url) => {
        openedLinks.push(url)
      },
    },
    fileSaver: {
      save: async ({ fileName, bytes }) => {
        // Unguessable, like the harness's token: the page on this origin is the only one told the path.
        const path = `/downloads/${randomBytes(18).toString('base64url')}/${encodeURIComponent(fileName)}`
        downloads.set(path, { fileName, bytes })
        for (const old of [...downloads.keys()].slice(0, -MAX_PENDING_DOWNLOADS)) downloads.delete(old)
        return { fileName, downloadUrl: path }
      },
    },
    takeDownload(path) {
      const download = downloads.get(path)
      downloads.delete(path)
      return download
    },
    recorded: { notifications, trayViews, openedLinks },
  }
}
