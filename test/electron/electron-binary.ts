import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The Electron executable, or why there is none (it cannot be downloaded on every machine). */
export function findElectronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    if (typeof path === 'string' && existsSync(path)) return { path }
    return { missing: `the electron package points at ${String(path)}, which does not exist` }
  } catch (error) {
    return { missing: error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown') : String(error) }
  }
}
