import type { ScreenId } from '../../shared/domain/screens'
import type { TrayView } from '../../shared/domain/tray'

/**
 * What the services need from the platform. Electron implements these in src/main/platform;
 * the browser harness implements them by recording and forwarding to the page.
 */

/** A desktop notification and what a click on it does. */
export interface NotificationRequest {
  readonly id: string
  readonly title: string
  readonly body: string
  readonly onClick?: () => void
  /**
   * Stays until the app closes it or the user acts on it (a ring, a missed call): a Windows toast
   * that never times out, critical urgency on Linux.
   */
  readonly persistent?: boolean
  /** The user closed it without clicking (not called when the app closes it). */
  readonly onDismiss?: () => void
}

/** Shows a desktop notification; a click calls onClick. */
export interface NotifierPort {
  show(notification: NotificationRequest): void
  /** Takes a notification away (its call stopped ringing); unknown ids are ignored. */
  close?(id: string): void
}

/** The small always-on-top incoming-call window; it never takes focus from the call software. */
export interface IncomingWindowPort {
  show(): void
  hide(): void
}

/** Asks the user for an audio file; null when they cancel. */
export interface FilePickerPort {
  pickAudioFile(): Promise<string | null>
}

/** Draws the tray; called only when the view changed. */
export interface TrayPort {
  render(view: TrayView): void
}

/** Brings the window forward, optionally on a screen. */
export interface WindowPort {
  open(screen?: ScreenId): void
}

/** Opens a URL in the user's browser; the URL was already checked. */
export interface ExternalOpenerPort {
  open(url: string): Promise<void>
}

/** Starts the app when the user logs in to the computer, or stops doing so. */
export interface LoginItemPort {
  apply(enabled: boolean): Promise<void>
}

/** The computer going to sleep and waking up (Electron's powerMonitor in the app). */
export interface PowerPort {
  /** Calls `listener` on each change; returns a function that stops listening. */
  onChange(listener: (state: 'asleep' | 'awake') => void): () => void
}

/** A file the user exports, as main built it. */
export interface ExportFile {
  /** The name suggested to the user ("agentdesk-missed-calls-2025-03-04.csv"). */
  readonly fileName: string
  readonly bytes: Uint8Array
}

/** Where an exported file went. */
export interface SavedFile {
  /** The name it was saved under (the user may have chosen another). */
  readonly fileName: string
  /** The harness's path for the page to download it from; null when main wrote the file itself. */
  readonly downloadUrl: string | null
}

/** Saves an export: the app asks where with the system's save dialog; null when the user cancels. */
export interface FileSaverPort {
  save(file: ExportFile): Promise<SavedFile | null>
}
