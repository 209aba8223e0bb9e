import type { UpdatesOffReason } from '../../shared/domain/updates'

/** What decides whether this copy may replace itself. */
export interface InstallFacts {
  readonly platform: NodeJS.Platform
  /** Electron's app.isPackaged: false in `npm run dev` and the browser harness. */
  readonly isPackaged: boolean
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * Null when the app may update itself, else why not.
 *
 * Linux: only an AppImage updates itself (the AppImage runtime sets APPIMAGE). Every other Linux
 * install (.deb, .rpm, an unpacked folder) belongs to the package manager: electron-updater could
 * run `pkexec dpkg -i` for a .deb, but that asks for root on an agent's desk and goes behind the
 * back of the apt repository and version pinning IT manages, so the package manager stays the one
 * source. Absent APPIMAGE is the test rather than electron-updater's `package-type` file, because it
 * also covers installs that have no such file.
 * Windows: the portable build (electron-builder sets PORTABLE_EXECUTABLE_DIR) has no installer to run.
 */
export function selfUpdateBlocker(facts: InstallFacts): UpdatesOffReason | null {
  if (!facts.isPackaged) return 'development'
  if (facts.platform === 'linux' && !facts.env.APPIMAGE) return 'packageManager'
  if (facts.platform === 'win32' && facts.env.PORTABLE_EXECUTABLE_DIR) return 'portable'
  return null
}
