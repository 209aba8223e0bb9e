import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'

import {
  createMissedCallLog,
  storedMissedCallsSchema,
  type MissedCallDay,
  type MissedCallReport,
} from './missed-call-log'

/**
 * Where the day's missed calls are written: a file of its own beside the settings (electron-store
 * in the app, conf in Node; both write atomically), so a busy floor never rewrites the settings.
 */
export interface MissedCallsBackend {
  store: Record<string, unknown>
}

/** The day's missed calls: logged from the monitor, kept across a restart, read by the export. */
export interface MissedCallLogService {
  /** Calls missed just now on any monitored account; those the user is concerned with are logged. */
  missed(calls: ReadonlyArray<MissedCallReport>): void
  today(): MissedCallDay
  /** Writes what is not written yet (quitting). */
  dispose(): void
}

/** A busy floor misses several calls a second: the file is written at most this often. */
export const MISSED_LOG_WRITE_DELAY_MS = 5_000

/** Creates the service; today's calls come back from the file, an earlier day's are dropped. */
export function createMissedCallLogService(deps: {
  readonly clock: Clock
  /** Absent: memory only (tests, and nowhere to write). */
  readonly backend?: MissedCallsBackend
  readonly logger: Logger
  /** AloHub's label of a callin queue; null when it gives none. */
  readonly queueLabel: (id: number) => string | null
  /** The zone a day begins in; the computer's own unless a test names one. */
  readonly timeZone?: string
  /** The day's bound (tests make it small). */
  readonly limit?: number
}): MissedCallLogService {
  const log = createMissedCallLog({
    ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
    ...(deps.limit ? { limit: deps.limit } : {}),
  })
  let timer: unknown
  let pending = false

  if (deps.backend && Object.keys(deps.backend.store).length > 0) {
    const stored = storedMissedCallsSchema.safeParse(deps.backend.store)
    if (stored.success) log.restore(stored.data, deps.clock.now())
    else deps.logger.warn('missed calls: the day’s log is unreadable, starting afresh')
  }

  const write = () => {
    timer = undefined
    if (!deps.backend || !pending) return
    pending = false
    deps.backend.store = log.save(deps.clock.now())
  }

  return {
    missed(calls) {
      const concerned = calls.filter((call) => call.concerned)
      if (concerned.length === 0) return
      const now = deps.clock.now()
      const at = now.toISOString()
      log.add(
        concerned.map((call) => ({
          callId: call.callId,
          at,
          accountId: call.accountId,
          accountLabel: call.accountLabel,
          extension: call.extension,
          agentName: call.agentName,
          calledNumber: call.calledNumber,
          // The label as AloHub gives it now: the queue may have left the board by the time of the export.
          queues: [...new Set(call.queueIds ?? [])].map((id) => ({ id, label: deps.queueLabel(id) })),
        })),
        now,
      )
      pending = true
      if (deps.backend && timer === undefined) timer = deps.clock.setTimeout(write, MISSED_LOG_WRITE_DELAY_MS)
    },
    today: () => log.day(deps.clock.now()),
    dispose() {
      if (timer !== undefined) deps.clock.clearTimeout(timer)
      write()
    },
  }
}
