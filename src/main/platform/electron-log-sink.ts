import { dirname, join } from 'node:path'

import type { NodeLogger } from 'electron-log'

import type { LogLevel } from '../core/logger'

/**
 * The installed app's log file, written by electron-log (made for Electron: its file transport
 * knows each OS's log folder, rotates at `maxSize` to `main.old.log`, and survives a quit midway
 * through a line since it writes synchronously). Only this platform layer may import it:
 * electron-log/main requires Electron, so the harness and the tests keep the plain-Node sink of
 * core/log-file.ts, which rotates the same way. Both run every line through the same redaction.
 * (Here electron-log/main would download the Electron binary on import, so its test drives this
 * function with electron-log/node, which has the very same file transport.)
 */
export interface ElectronLogSink {
  readonly write: (line: string, level: LogLevel) => void
  /** The folder of `main.log` and its rotated `main.old.log`, for the diagnostics archive. */
  readonly directory: string
}

export const LOG_MAX_BYTES = 1_048_576

/**
 * Points electron-log at `logsDir/main.log` (app.getPath('logs'): ~/.config/AgentDesk/logs on
 * Linux, ~/Library/Logs/AgentDesk on macOS, %APPDATA%\AgentDesk\logs on Windows, which is also
 * electron-log's own default) and makes every message, ours or a library's that logs through
 * electron-log (the updater), pass through `redact` before any transport writes it.
 */
export function createElectronLogSink(
  log: NodeLogger,
  logsDir: string,
  redact: (text: string) => string,
): ElectronLogSink {
  const file = log.transports.file
  file.resolvePathFn = () => join(logsDir, 'main.log')
  file.maxSize = LOG_MAX_BYTES
  // Our lines carry their own time and level (core/logger.ts): the same format as the harness's file.
  file.format = '{text}'
  log.transports.console.format = '{text}'
  log.hooks.push((message) => ({ ...message, data: message.data.map((part: unknown) => redact(serialise(part))) }))
  return {
    write: (line, level) => log[level](line),
    directory: dirname(file.getFile().path),
  }
}

/** Anything logged becomes text before redaction: an object's secret would otherwise slip past as a value. */
function serialise(part: unknown): string {
  if (typeof part === 'string') return part
  if (part instanceof Error) return `${part.name}: ${part.message}\n${part.stack ?? ''}`
  try {
    // undefined and functions serialise to nothing, whatever the type says.
    return (JSON.stringify(part) as string | undefined) ?? String(part)
  } catch {
    return String(part)
  }
}
