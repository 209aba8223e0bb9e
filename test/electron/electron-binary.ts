import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The Electron executable, or why there is none (it cannot be downloaded on every machine).
 * Reads the package's path.txt instead of requiring it: requiring `electron` without its
 * binary starts a download.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined
  const executable = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : undefined
  if (!executable) return { missing: 'the electron package has no downloaded binary (no path.txt)' }
  if (!existsSync(executable)) return { missing: `${executable} does not exist` }
  return { path: executable }
}
