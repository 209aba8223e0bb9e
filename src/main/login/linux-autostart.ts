import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { LoginItemPort } from '../core/ports'

/** The file name in ~/.config/autostart; one per app id. */
export const AUTOSTART_FILE = 'vn.agentdesk.desktop.desktop'

/**
 * Start at login on Linux desktops: an XDG autostart entry that launches the installed app
 * (the AppImage file when run from one, the installed executable otherwise), hidden in the
 * tray. Electron's login item settings do nothing on Linux.
 */
export function createLinuxAutostart(options: {
  /** $XDG_CONFIG_HOME, or ~/.config. */
  readonly configHome: string
  /** What to launch: process.env.APPIMAGE when set, else process.execPath. */
  readonly executable: string
}): LoginItemPort {
  const file = join(options.configHome, 'autostart', AUTOSTART_FILE)
  return {
    async apply(enabled) {
      if (!enabled) return rm(file, { force: true })
      await mkdir(join(options.configHome, 'autostart'), { recursive: true })
      await writeFile(file, autostartEntry(options.executable), { mode: 0o644 })
    },
  }
}

/** The desktop entry; the path is quoted as the Desktop Entry specification asks. */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=AgentDesk',
    'Comment=Tray companion for contact-centre agents and supervisors',
    `Exec=${quoteExec(executable)} --hidden`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** Inside double quotes, `"`, `` ` ``, `$` and `\` are escaped with a backslash. */
function quoteExec(path: string): string {
  return `"${path.replace(/(["`$\\])/g, '\\$1')}"`
}
