import { join } from 'node:path'

import { BrowserWindow } from 'electron'

import { hideOnClose, type QuitGuard } from './quit-guard'

/** How the main window is built and what it asks of the rest of the app. */
export interface MainWindowOptions {
  readonly preloadPath: string
  readonly rendererFile: string
  readonly devServerUrl: string | undefined
  readonly iconPath: string
  /** Read at close time, so a changed setting applies at once. */
  readonly closeToTray: () => boolean
  readonly quitGuard: QuitGuard
  /** The window appeared or went away (macOS shows the Dock icon only while it is open). */
  readonly onVisibility?: (visible: boolean) => void
}

/** Keeps one main window; creating it again just shows the existing one. */
export interface MainWindowController {
  show(): void
  get(): BrowserWindow | undefined
}

/** Creates the controller; the window itself is made on first show. */
export function createMainWindowController(options: MainWindowOptions): MainWindowController {
  let window: BrowserWindow | undefined

  const create = () => {
    const created = new BrowserWindow({
      title: 'AgentDesk',
      width: 1100,
      height: 720,
      minWidth: 760,
      minHeight: 520,
      show: false,
      icon: options.iconPath,
      autoHideMenuBar: true,
      // Written out here, not spread from a constant, so the security scan can read them.
      webPreferences: {
        preload: options.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        // Middle-click would otherwise open links in a new window.
        disableBlinkFeatures: 'Auxclick',
      },
    })
    created.on('ready-to-show', () => created.show())
    created.on('show', () => options.onVisibility?.(true))
    created.on('hide', () => options.onVisibility?.(false))
    hideOnClose(created, options.quitGuard, options.closeToTray)
    created.on('closed', () => {
      window = undefined
      options.onVisibility?.(false)
    })
    if (options.devServerUrl) void created.loadURL(options.devServerUrl)
    else void created.loadFile(options.rendererFile)
    return created
  }

  return {
    show() {
      if (!window) {
        window = create()
        return
      }
      if (window.isMinimized()) window.restore()
      window.show()
      window.focus()
    },
    get: () => window,
  }
}

/** Paths of the built preload and renderer, relative to the built main process. */
export function builtPaths(mainDir: string): { preloadPath: string; rendererFile: string } {
  return {
    preloadPath: join(mainDir, '../preload/index.cjs'),
    rendererFile: join(mainDir, '../renderer/index.html'),
  }
}
