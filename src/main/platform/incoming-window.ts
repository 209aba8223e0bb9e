import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron'

import type { IncomingWindowPort } from '../core/ports'

export const INCOMING_WINDOW_SIZE = { width: 360, height: 200 } as const
const MARGIN = 12

/** The parts of Electron the incoming-call window uses; injected so it is tested with fakes. */
export interface IncomingWindowElectron {
  /** Makes the window with these options and the app's hardened webPreferences. */
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow
  /** The tray icon's bounds; all zero where the desktop does not say (Linux AppIndicator). */
  trayBounds(): Rectangle | undefined
  /** The work area (the screen less task bars) of the display nearest a point, or the primary one. */
  workAreaNear(point: { x: number; y: number } | undefined): Rectangle
  /** Loads the renderer's incoming-call view into the window. */
  load(window: BrowserWindow): void
}

/**
 * Where the window goes: beside the tray icon when the desktop says where it is (above a bottom
 * task bar on Windows, below the menu bar on macOS), else the work area's bottom-right corner,
 * where Linux trays and notifications usually sit. Always wholly on screen.
 */
export function incomingWindowPosition(
  tray: Rectangle | undefined,
  area: Rectangle,
  size: { width: number; height: number } = INCOMING_WINDOW_SIZE,
): { x: number; y: number } {
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)
  const maxX = area.x + area.width - size.width - MARGIN
  const maxY = area.y + area.height - size.height - MARGIN
  if (!tray || tray.width === 0 || tray.height === 0) return { x: maxX, y: maxY }
  const x = clamp(Math.round(tray.x + tray.width / 2 - size.width / 2), area.x + MARGIN, maxX)
  const trayIsAbove = tray.y < area.y + area.height / 2
  const y = trayIsAbove ? tray.y + tray.height + MARGIN : tray.y - size.height - MARGIN
  return { x, y: clamp(y, area.y + MARGIN, maxY) }
}

/**
 * The small incoming-call window: always on top, never in the task bar, shown without focus so
 * the call software keeps the keyboard (the user can still click or Tab into it). It is made
 * once, hidden, and its page keeps running: it also plays the ringtone while the main window is
 * closed, so a ring is heard whether or not the window is wanted.
 */
export function createIncomingWindow(
  electron: IncomingWindowElectron,
): IncomingWindowPort & { start(): void; get(): BrowserWindow | undefined; destroy(): void } {
  let window: BrowserWindow | undefined
  const ensure = () => {
    if (window && !window.isDestroyed()) return window
    const created = electron.createWindow({
      ...INCOMING_WINDOW_SIZE,
      show: false,
      frame: false,
      resizable: false,
      movable: true,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      focusable: true,
      title: 'AgentDesk',
    })
    // Above full-screen call software too, and on every workspace (macOS).
    created.setAlwaysOnTop(true, 'screen-saver')
    created.setVisibleOnAllWorkspaces(true)
    // Closing it (Alt+F4) only hides it: the ringtone's page must keep running.
    created.on('close', (event) => {
      if (window === created) {
        event.preventDefault()
        created.hide()
      }
    })
    electron.load(created)
    window = created
    return created
  }
  return {
    start: () => void ensure(),
    show() {
      const shown = ensure()
      const tray = electron.trayBounds()
      const center = tray && tray.width > 0 ? { x: tray.x, y: tray.y } : undefined
      const { x, y } = incomingWindowPosition(tray, electron.workAreaNear(center))
      shown.setPosition(x, y)
      // Never show(): that would take the keyboard from the call software.
      if (!shown.isVisible()) shown.showInactive()
    },
    hide() {
      if (window?.isVisible()) window.hide()
    },
    get: () => (window && !window.isDestroyed() ? window : undefined),
    destroy() {
      const closing = window
      window = undefined
      if (closing && !closing.isDestroyed()) closing.destroy()
    },
  }
}
