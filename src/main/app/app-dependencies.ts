import type { MacAlertStyle } from '../../shared/domain/notifications'
import type { ScreenId } from '../../shared/domain/screens'
import type { UpdatesOffReason } from '../../shared/domain/updates'
import type { AppInfo } from '../../shared/ipc/contract'
import type { AccountClients } from '../accounts/account-clients'
import type { AccountService } from '../accounts/account-service'
import type { Clock } from '../core/clock'
import type { EventBus } from '../core/event-bus'
import type { KnownSecrets } from '../core/known-secrets'
import type { Logger } from '../core/logger'
import type {
  ExternalOpenerPort,
  FilePickerPort,
  FileSaverPort,
  IncomingWindowPort,
  LoginItemPort,
  NotifierPort,
  PowerPort,
  TrayPort,
  WindowPort,
} from '../core/ports'
import type { DemoController } from '../demo/demo-controller'
import type { DemoSize } from '../demo/demo-workspace'
import type { DiagnosticsSources } from '../diagnostics/diagnostics-handlers'
import type { OperationHandlers } from '../ipc/dispatch'
import type { LiveMonitor } from '../monitor/live-monitor'
import type { MissedCallsBackend } from '../monitor/missed-call-log-service'
import type { TrendsBackend } from '../monitor/queue-trends-service'
import type { NotificationPauseService } from '../notifications/notification-pause'
import type { PoolRegistry } from '../providers/http/pool-registry'
import type { ProxyResolver } from '../providers/http/proxy/proxy-resolver'
import type { SecretStore } from '../secrets/secret-store'
import type { SettingsBackend, SettingsRepository } from '../settings/settings-repository'
import type { TrayState } from '../tray/tray-state'
import type { UpdatePolicy } from '../updates/update-policy'
import type { UpdaterPort } from '../updates/updater-port'

/** What the platform (Electron or the browser harness) hands to the services. */
export interface AppDependencies {
  readonly info: AppInfo
  readonly settingsBackend: SettingsBackend
  /** The OS keychain in the app and the harness; memory in unit tests. */
  readonly secrets: SecretStore
  readonly notifier: NotifierPort
  readonly tray: TrayPort
  readonly window: WindowPort
  readonly opener: ExternalOpenerPort
  /** Opens screen pops (the user's own system, not on the links' allow-list); absent: none open. */
  readonly screenPopOpener?: ExternalOpenerPort
  readonly clock: Clock
  readonly logger: Logger
  /** Start at login; absent in the harness and in tests (nothing to register there). */
  readonly loginItem?: LoginItemPort
  /** Whether the computer is online (Electron's net.isOnline); absent: always assumed online. */
  readonly isOnline?: () => boolean
  /** Sleep and wake-up (Electron's powerMonitor); absent in the harness: never asleep. */
  readonly power?: PowerPort
  /** The zone working hours are read in; the computer's own unless a test names one. */
  readonly timeZone?: string
  /** Formats a time for the tray tooltip in the user's locale. */
  readonly formatTime?: (iso: string) => string
  /** The demo workspace's size; tests ask for a big AloHub tenant. */
  readonly demoSize?: DemoSize
  /** The incoming-call window; absent in the harness (its page is opened by the test) and in tests. */
  readonly incomingWindow?: IncomingWindowPort
  /** The system's file picker, for the user's own ringtone; absent in the harness. */
  readonly filePicker?: FilePickerPort
  /** How macOS shows the app's alerts (its Notification Center preferences); absent elsewhere: unknown. */
  readonly macAlertStyle?: () => Promise<MacAlertStyle>
  /** The built-in tones; resources/tones under the working folder when not given. */
  readonly tonesDir?: string
  /** Saves exports (a save dialog in the app, a download in the harness); absent in unit tests. */
  readonly fileSaver?: FileSaverPort
  /** The file kept queue trends go to when the user keeps them; absent: memory only. */
  readonly trendsBackend?: TrendsBackend
  /** The file the day's missed calls go to (beside the settings); absent: memory only. */
  readonly missedCallsBackend?: MissedCallsBackend
  /**
   * The secrets seen so far, shared with the log file's redaction (the root makes both); every key
   * passing through `secrets` is added. Absent: createApp keeps its own.
   */
  readonly knownSecrets?: KnownSecrets
  /** Where the logs and crash dumps are, for "Save diagnostics…"; absent in unit tests (no archive). */
  readonly diagnostics?: DiagnosticsSources
  /** electron-updater in the app; absent in the harness and tests: updates show as off. */
  readonly updater?: UpdaterPort
  /** IT's policy (env AGENTDESK_UPDATES, the machine-wide file); absent: none. */
  readonly updatePolicy?: UpdatePolicy
  /** Why this install never updates itself (install-kind.ts); absent: it may. */
  readonly updateBlocker?: UpdatesOffReason | null
  /**
   * How provider traffic finds its proxy: Electron's per-URL resolution (system settings, PAC) in
   * the app, HTTPS_PROXY / NO_PROXY in the harness; absent (unit tests): straight out.
   */
  readonly proxyResolver?: ProxyResolver
}

/** The running services, platform-free. */
export interface AppServices {
  readonly handlers: OperationHandlers
  readonly events: EventBus
  readonly settings: SettingsRepository
  readonly notificationPause: NotificationPauseService
  readonly tray: TrayState
  readonly accounts: AccountService
  readonly demo: DemoController
  readonly monitor: LiveMonitor
  readonly pools: PoolRegistry
  /** The one client per account that everything shares. */
  readonly clients: AccountClients
  /** Brings the window forward on a screen (and a call or alert on it) and tells the renderer. */
  openScreen(screen: ScreenId, focus?: string): void
  /** The tray's "Missed calls (N)": the alert history on the newest of them, which marks them seen. */
  openMissedCalls(): void
  /** "Save diagnostics…" from the tray: the save dialog, then the archive; a failure is logged. */
  saveDiagnostics(): Promise<void>
  /** The tray's "Restart to update". */
  restartToUpdate(): void
  dispose(): Promise<void>
}
