import { arch, release } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import {
  app,
  autoUpdater,
  BrowserWindow,
  crashReporter,
  dialog,
  Menu,
  nativeImage,
  net,
  Notification,
  powerMonitor,
  screen,
  session,
  Tray,
} from 'electron'
import electronLog from 'electron-log/main'

import type { MacAlertStyle } from '../../shared/domain/notifications'
import { customToneExtensions } from '../../shared/domain/ring'
import type { AppServices } from '../app/create-app'
import type { KnownSecrets } from '../core/known-secrets'
import { createLogger, type Logger } from '../core/logger'
import type { FilePickerPort, FileSaverPort, IncomingWindowPort, LoginItemPort, PowerPort } from '../core/ports'
import type { DiagnosticsSources } from '../diagnostics/diagnostics-handlers'
import { createLinuxAutostart } from '../login/linux-autostart'
import type { ProxyResolver } from '../providers/http/proxy/proxy-resolver'

import { createElectronLogSink } from './electron-log-sink'
import { createFileSaver } from './file-saver'
import { createIncomingWindow } from './incoming-window'
import { bindIpc } from './ipc-binding'
import { createMacAlertStyleReader, runProgram } from './macos-alert-style-reader'
import { builtPaths, createMainWindowController } from './main-window'
import { createNotifierAdapter } from './notifier-adapter'
import { createPowerAdapter } from './power-adapter'
import { createElectronProxyResolver } from './proxy-resolver'
import { createQuitGuard } from './quit-guard'
import { hardenApp, openCheckedLink, openScreenPopAddress } from './security'
import {
  createElectronMissedCallsBackend,
  createElectronSettingsBackend,
  createElectronTrendsBackend,
} from './settings-store'
import { createTrayAdapter, trayIconFile } from './tray-adapter'
import { electronUpdates } from './updater-adapter'

/** Everything the composition root needs from Electron, made before the core exists. */
export interface ElectronPlatform {
  readonly info: { productName: string; version: string; platform: string; transport: 'electron' }
  readonly settingsBackend: ReturnType<typeof createElectronSettingsBackend>
  readonly notifier: ReturnType<typeof createNotifierAdapter>
  readonly tray: ReturnType<typeof createTrayAdapter>
  readonly window: { open(): void }
  readonly opener: { open(url: string): Promise<void> }
  readonly screenPopOpener: { open(url: string): Promise<void> }
  readonly isOnline: () => boolean
  /** The system's proxy and PAC file, per URL, for provider traffic. */
  readonly proxyResolver: ProxyResolver
  readonly power: PowerPort
  readonly loginItem: LoginItemPort
  readonly incomingWindow: IncomingWindowPort
  readonly filePicker: FilePickerPort
  readonly fileSaver: FileSaverPort
  readonly trendsBackend: ReturnType<typeof createElectronTrendsBackend>
  readonly missedCallsBackend: ReturnType<typeof createElectronMissedCallsBackend>
  readonly tonesDir: string
  readonly diagnostics: DiagnosticsSources
  /** macOS only: how its Notification Center shows the app's alerts. */
  readonly macAlertStyle?: () => Promise<MacAlertStyle>
  /** Binds IPC and lifecycle to the running core. */
  attach(core: AppServices): void
}

const mainDir = dirname(fileURLToPath(import.meta.url))

/** The installers' app id (electron-builder.yml), also the Windows AppUserModelId. */
export const APP_ID = 'vn.agentdesk.desktop'

/** Started by the login item: stay in the tray. */
const launchedHidden = () => process.argv.includes('--hidden') || app.getLoginItemSettings().wasOpenedAtLogin

/** Start at login: Electron's login items on Windows and macOS, an XDG autostart entry on Linux. */
function loginItemFor(platform: NodeJS.Platform): LoginItemPort {
  if (platform === 'linux') {
    return createLinuxAutostart({
      configHome: process.env.XDG_CONFIG_HOME || join(app.getPath('home'), '.config'),
      executable: process.env.APPIMAGE || process.execPath,
    })
  }
  return {
    apply: async (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, args: ['--hidden'] }),
  }
}

/**
 * Takes the single-instance lock. When another AgentDesk already runs, this one quits and
 * returns false; the first one is focused by its second-instance event.
 */
export function claimSingleInstance(): boolean {
  app.setName('AgentDesk')
  // Windows shows a notification under this id, and routes its clicks back to this app.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID)
  if (app.requestSingleInstanceLock()) return true
  app.quit()
  return false
}

/**
 * The app's log: `main.log` in the OS's log folder (Linux ~/.config/AgentDesk/logs, macOS
 * ~/Library/Logs/AgentDesk, Windows %APPDATA%\AgentDesk\logs), rotated by electron-log, and
 * stderr; every line scrubbed of the secrets known by then.
 */
export function createAppLogger(known: KnownSecrets): Logger {
  return createLogger(createElectronLogSink(electronLog, app.getPath('logs'), known.redact).write)
}

/**
 * Crash dumps kept on this computer only (uploads off: nothing leaves it unless the user hands
 * over a diagnostics archive), in app.getPath('crashDumps'). Started before the app is ready, so
 * a crash at start is caught too.
 */
export function startCrashReports(): void {
  crashReporter.start({ uploadToServer: false })
}

/** Waits for Electron, then builds the platform adapters. */
export async function startElectronPlatform(logger: Logger): Promise<ElectronPlatform> {
  hardenApp(logger)
  await app.whenReady()
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
  let coreRef: AppServices | undefined
  // Quit from the tray, the OS or an update always quits: the window's close-to-tray gives way.
  const quitGuard = createQuitGuard({ app, autoUpdater, powerMonitor, process, quit: () => app.quit() })
  // The tray keeps the app alive; closing the last window must not quit.
  app.on('window-all-closed', () => undefined)

  const { preloadPath, rendererFile } = builtPaths(mainDir)
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  const mainWindow = createMainWindowController({
    preloadPath,
    rendererFile,
    devServerUrl,
    iconPath: join(resourcesDir, 'icon.png'),
    closeToTray: () => coreRef?.settings.read().closeToTray ?? true,
    quitGuard,
    // macOS: a Dock icon only while the window is open; in the tray alone, none.
    onVisibility: (visible) => {
      if (process.platform !== 'darwin' || !app.dock) return
      if (visible) void app.dock.show()
      else app.dock.hide()
    },
  })
  app.on('second-instance', () => mainWindow.show())
  app.on('activate', () => mainWindow.show())

  const tray = createTrayAdapter(
    {
      createTray: (image) => new Tray(image),
      loadImage: (path) => {
        const image = nativeImage.createFromPath(path)
        if (process.platform === 'darwin') image.setTemplateImage(true)
        return image
      },
      buildMenu: (template) => Menu.buildFromTemplate(template),
    },
    (state) => trayIconFile(resourcesDir, process.platform, state),
    {
      open: () => mainWindow.show(),
      pause: (duration) => coreRef?.notificationPause.pause(duration),
      chooseTime: () => coreRef?.openScreen('settings'),
      resume: () => coreRef?.notificationPause.resume(),
      openMissedCalls: () => coreRef?.openMissedCalls(),
      saveDiagnostics: () => void coreRef?.saveDiagnostics(),
      restartToUpdate: () => coreRef?.restartToUpdate(),
      quit: () => app.quit(),
    },
  )
  const incomingWindow = createIncomingWindow({
    createWindow: (options) =>
      new BrowserWindow({
        ...options,
        // Written out here, as for the main window, so the security scan can read them.
        webPreferences: {
          preload: preloadPath,
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
          disableBlinkFeatures: 'Auxclick',
          // It plays the ringtone while hidden: a throttled page would start the sound late.
          backgroundThrottling: false,
        },
      }),
    trayBounds: () => tray.bounds(),
    workAreaNear: (point) => (point ? screen.getDisplayNearestPoint(point) : screen.getPrimaryDisplay()).workArea,
    load: (window) => {
      if (devServerUrl) void window.loadURL(`${devServerUrl}?view=incoming`)
      else void window.loadFile(rendererFile, { query: { view: 'incoming' } })
    },
  })
  const filePicker: FilePickerPort = {
    pickAudioFile: async () => {
      const { canceled, filePaths } = await dialog.showOpenDialog({
        properties: ['openFile'],
        filters: [{ name: 'Audio', extensions: [...customToneExtensions] }],
      })
      return canceled ? null : (filePaths[0] ?? null)
    },
  }
  const notifier = createNotifierAdapter(
    {
      platform: process.platform,
      isSupported: () => Notification.isSupported(),
      create: (options) => new Notification({ ...options, icon: join(resourcesDir, 'icon.png') }),
      setAppUserModelId: (id) => app.setAppUserModelId(id),
    },
    () => logger.warn('notifications: not supported on this desktop'),
    APP_ID,
  )

  return {
    info: { productName: 'AgentDesk', version: app.getVersion(), platform: process.platform, transport: 'electron' },
    settingsBackend: createElectronSettingsBackend(),
    notifier,
    tray,
    window: { open: () => mainWindow.show() },
    opener: { open: openCheckedLink },
    screenPopOpener: { open: openScreenPopAddress },
    isOnline: () => net.isOnline(),
    proxyResolver: createElectronProxyResolver(session.defaultSession),
    power: createPowerAdapter(powerMonitor),
    loginItem: loginItemFor(process.platform),
    incomingWindow,
    filePicker,
    fileSaver: createFileSaver(dialog, () => app.getPath('downloads')),
    trendsBackend: createElectronTrendsBackend(),
    missedCallsBackend: createElectronMissedCallsBackend(),
    tonesDir: join(resourcesDir, 'tones'),
    diagnostics: {
      logsDir: app.getPath('logs'),
      crashDumpsDir: app.getPath('crashDumps'),
      runtime: { versions: process.versions, platform: process.platform, release: release(), arch: arch() },
    },
    ...electronUpdates(app.isPackaged, logger),
    ...(process.platform === 'darwin' ? { macAlertStyle: createMacAlertStyleReader(runProgram, APP_ID) } : {}),
    attach(core) {
      coreRef = core
      const unbind = bindIpc(
        core.handlers,
        core.events,
        {
          fileUrl: pathToFileURL(rendererFile).toString(),
          devServerOrigin: devServerUrl ? new URL(devServerUrl).origin : undefined,
        },
        () => [mainWindow.get(), incomingWindow.get()],
        logger,
      )
      // Its page plays the ringtone, so it runs from the start, hidden until a ring wants it.
      incomingWindow.start()
      app.on('will-quit', () => {
        incomingWindow.destroy()
        unbind()
        void core.dispose()
        tray.destroy()
      })
      if (!core.settings.read().startMinimized && !launchedHidden()) mainWindow.show()
      else if (process.platform === 'darwin') app.dock?.hide()
    },
  }
}
