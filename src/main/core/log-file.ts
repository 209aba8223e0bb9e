import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A log sink for the installed app: one file, `main.log`, in the OS's log folder, moved to
 * `main.old.log` when it passes `maxBytes`, so a tray app running for months keeps at most two.
 * Writes are synchronous and small: a line must not be lost when the app is quit. Every line goes
 * through `redact` first (the known secrets, core/known-secrets.ts), whoever logged it.
 * The harness and the tests write with this; the installed app with electron-log
 * (platform/electron-log-sink.ts), which rotates the same way and runs the same redaction.
 */
export function createLogFileSink(
  directory: string,
  {
    maxBytes = 1_048_576,
    redact = (line) => line,
    echo = true,
  }: {
    readonly maxBytes?: number
    readonly redact?: (line: string) => string
    /** Also to stderr; off where another logger already prints (the harness). */
    readonly echo?: boolean
  } = {},
): (line: string) => void {
  const file = join(directory, 'main.log')
  mkdirSync(directory, { recursive: true })
  let size = sizeOf(file)
  return (line) => {
    const text = `${redact(line)}\n`
    try {
      if (size + text.length > maxBytes && size > 0) {
        renameSync(file, join(directory, 'main.old.log'))
        size = 0
      }
      appendFileSync(file, text)
      size += Buffer.byteLength(text)
    } catch {
      // A full disk must not take the app down with it; stderr still has the line.
    }
    if (echo) process.stderr.write(text)
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}
