/** Where the main process writes what happened. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void
  warn(message: string, details?: Record<string, unknown>): void
  error(message: string, details?: Record<string, unknown>): void
}

export type LogLevel = 'info' | 'warn' | 'error'

/** A logger writing one line per entry to the given sink (stderr by default); the sink may route by level. */
export function createLogger(
  write: (line: string, level: LogLevel) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const log = (level: LogLevel) => (message: string, details?: Record<string, unknown>) => {
    const suffix = details ? ` ${formatLogDetails(details)}` : ''
    write(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${suffix}`, level)
  }
  return { info: log('info'), warn: log('warn'), error: log('error') }
}

/** Details as one line of JSON; errors keep their name and message. */
export function formatLogDetails(details: Record<string, unknown>): string {
  try {
    return JSON.stringify(details, (_key, value: unknown) =>
      value instanceof Error ? { name: value.name, message: value.message } : value,
    )
  } catch {
    return '[unserialisable details]'
  }
}

/** One logger writing to each of the given ones (the harness: its caller's, and its log file). */
export function teeLogger(...loggers: ReadonlyArray<Logger>): Logger {
  const each =
    (level: LogLevel) =>
    (message: string, details?: Record<string, unknown>): void => {
      for (const logger of loggers) logger[level](message, details)
    }
  return { info: each('info'), warn: each('warn'), error: each('error') }
}
