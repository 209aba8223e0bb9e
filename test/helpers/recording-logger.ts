import { formatLogDetails, type Logger } from '../../src/main/core/logger'

/** A logger that keeps every line, so tests can assert on what was (or was not) logged. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const record = (level: string) => (message: string, details?: Record<string, unknown>) =>
    void lines.push(`${level} ${message}${details ? ` ${formatLogDetails(details)}` : ''}`)
  return { lines, info: record('info'), warn: record('warn'), error: record('error') }
}
