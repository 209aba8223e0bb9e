/** Something that emits named events (Electron's app, autoUpdater, powerMonitor, a window, process). */
export interface EventSource {
  on(event: string, listener: (...args: never[]) => void): unknown
}

/** What tells the app it is going away for good. */
export interface QuitSignals {
  /** Quit from the tray menu, the Dock, Cmd+Q or app.quit(): 'before-quit'. */
  readonly app: EventSource
  /**
   * An update being installed: quitAndInstall closes the windows BEFORE app emits 'before-quit',
   * so a window that hides itself on close would stop the install; 'before-quit-for-update' comes first.
   */
  readonly autoUpdater: EventSource
  /** The computer shutting down or restarting (Linux, macOS): 'shutdown'. */
  readonly powerMonitor: EventSource
  /** SIGTERM from the session or a package manager upgrading the app (Linux). */
  readonly process: EventSource
  readonly quit: () => void
}

/** Whether the app is quitting, so a window's close must let it go instead of hiding to the tray. */
export interface QuitGuard {
  isQuitting(): boolean
  /** A window saw the OS end the session (Windows logoff or shutdown: no 'before-quit' there). */
  sessionEnding(): void
}

/** Listens to every way the app is asked to go away. */
export function createQuitGuard(signals: QuitSignals): QuitGuard {
  let quitting = false
  const mark = () => {
    quitting = true
  }
  signals.app.on('before-quit', mark)
  signals.autoUpdater.on('before-quit-for-update', mark)
  signals.powerMonitor.on('shutdown', () => {
    mark()
    signals.quit()
  })
  signals.process.on('SIGTERM', () => {
    mark()
    signals.quit()
  })
  return { isQuitting: () => quitting, sessionEnding: mark }
}

/** The part of a window the close-to-tray rule uses. */
export interface ClosableWindow extends EventSource {
  hide(): void
}

/**
 * Closing the window hides it to the tray (calls must still ring while it is gone), unless the
 * app is quitting: then nothing blocks the quit. On Windows the session's end reaches the window
 * only ('query-session-end', 'session-end'), never 'before-quit', so those count as quitting.
 */
export function hideOnClose(window: ClosableWindow, guard: QuitGuard, closeToTray: () => boolean): void {
  window.on('query-session-end', () => guard.sessionEnding())
  window.on('session-end', () => guard.sessionEnding())
  window.on('close', (event: { preventDefault(): void }) => {
    if (guard.isQuitting() || !closeToTray()) return
    event.preventDefault()
    window.hide()
  })
}
