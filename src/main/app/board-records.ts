import type { LiveState } from '../../shared/domain/live'
import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'
import type { MissedCallReport } from '../monitor/missed-call-log'
import {
  createMissedCallLogService,
  type MissedCallLogService,
  type MissedCallsBackend,
} from '../monitor/missed-call-log-service'
import { createQueueTrendsService, type QueueTrendsService, type TrendsBackend } from '../monitor/queue-trends-service'
import type { SettingsRepository } from '../settings/settings-repository'

/**
 * What the supervisor board keeps beyond the moment: the queue trends of the last hour and the
 * day's missed calls. Both follow the monitor (its figures and its missed calls); the log names
 * queues as the board last did.
 */
export interface BoardRecords {
  readonly trends: QueueTrendsService
  readonly missedLog: MissedCallLogService
  figures(figures: LiveState['figures']): void
  missed(calls: ReadonlyArray<MissedCallReport>): void
  dispose(): void
}

export function createBoardRecords(deps: {
  readonly clock: Clock
  readonly logger: Logger
  readonly settings: SettingsRepository
  readonly trendsBackend?: TrendsBackend | undefined
  readonly missedCallsBackend?: MissedCallsBackend | undefined
  readonly timeZone?: string | undefined
}): BoardRecords {
  const trends = createQueueTrendsService({
    clock: deps.clock,
    settings: deps.settings,
    logger: deps.logger,
    ...(deps.trendsBackend ? { backend: deps.trendsBackend } : {}),
  })
  let latestFigures: LiveState['figures'] = []
  // Rebuilt only when the figures changed since the last look-up: a burst of misses reads it often.
  let queueLabels: { of: LiveState['figures']; labels: Map<number, string> } | undefined
  const queueLabel = (id: number): string | null => {
    if (queueLabels?.of !== latestFigures) {
      const labels = new Map<number, string>()
      for (const group of latestFigures) if (group.kind === 'queue') labels.set(Number(group.key.slice(6)), group.label)
      queueLabels = { of: latestFigures, labels }
    }
    return queueLabels.labels.get(id) ?? null
  }
  const missedLog = createMissedCallLogService({
    clock: deps.clock,
    logger: deps.logger,
    queueLabel,
    ...(deps.missedCallsBackend ? { backend: deps.missedCallsBackend } : {}),
    ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
  })
  return {
    trends,
    missedLog,
    figures(figures) {
      latestFigures = figures
      trends.record(figures)
    },
    missed(calls) {
      trends.missed(calls)
      missedLog.missed(calls)
    },
    dispose() {
      trends.dispose()
      missedLog.dispose()
    },
  }
}
