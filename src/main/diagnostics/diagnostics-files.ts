import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

import type { DiagnosticsEntry } from './diagnostics-archive'

/** A crash dump folder can grow with every crash; the archive takes the newest up to this much. */
export const MAX_CRASH_BYTES = 64 * 1024 * 1024

/** The log files in the folder: `main.log` and its rotated `main.old.log` (any `*.log`). */
export async function logEntries(directory: string): Promise<DiagnosticsEntry[]> {
  const names = (await listFiles(directory)).filter((path) => path.endsWith('.log'))
  return Promise.all(
    names.map(async (path) => ({
      path: `logs/${zipPath(relative(directory, path))}`,
      bytes: await readFile(path),
      text: true,
    })),
  )
}

/** Every file under the crash dumps folder (Crashpad's reports, pending and completed), newest first, within the cap. */
export async function crashEntries(directory: string, maxBytes = MAX_CRASH_BYTES): Promise<DiagnosticsEntry[]> {
  const files = await Promise.all((await listFiles(directory)).map(async (path) => ({ path, stats: await stat(path) })))
  files.sort((a, b) => b.stats.mtimeMs - a.stats.mtimeMs)
  const entries: DiagnosticsEntry[] = []
  let total = 0
  for (const file of files) {
    if (total + file.stats.size > maxBytes) continue
    total += file.stats.size
    entries.push({
      path: `crash-dumps/${zipPath(relative(directory, file.path))}`,
      bytes: await readFile(file.path),
      text: false,
    })
  }
  return entries
}

/** Files under a folder, recursively; a folder that is not there (no crash yet) has none. */
async function listFiles(directory: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(directory, { withFileTypes: true, recursive: true })
  } catch {
    return []
  }
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

const zipPath = (path: string) => path.split(sep).join('/')
