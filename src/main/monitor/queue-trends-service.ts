import type { QueueTrends } from '../../shared/domain/queue-trends'
import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'
import type { SettingsRepository } from '../settings/settings-repository'

import { createQueueTrendRecorder, storedTrendsSchema, type TrendFigures } from './queue-trends'
import { groupKeysOf, type CallGroups } from './trend-groups'

/**
 * Where kept trends are written: a file of its own beside the settings (electron-store in the
 * app, conf in Node), so a minute's write never rewrites the settings. Counts and group names only.
 */
export interface TrendsBackend {
  store: Record<string, unknown>
}

/** The trends of the board: recorded from each poll, served to the Live screen, kept when asked. */
export interface QueueTrendsService {
  /** One poll's figures. */
  record(figures: ReadonlyArray<TrendFigures>): void
  /** Calls missed just now, each counted in its groups. */
  missed(calls: ReadonlyArray<CallGroups>): void
  view(): QueueTrends
  /** Keep the samples across restarts (written once a minute and at quit), or stop and forget the file. */
  setKept(kept: boolean): QueueTrends
  /** Writes the last samples when kept (quitting). */
  dispose(): void
}

const MINUTE_MS = 60_000

/** Creates the service; kept samples of the last hour come back from the file. */
export function createQueueTrendsService(deps: {
  readonly clock: Clock
  readonly settings: SettingsRepository
  /** Absent: memory only (tests, and nowhere to write). */
  readonly backend?: TrendsBackend
  readonly logger: Logger
}): QueueTrendsService {
  const recorder = createQueueTrendRecorder()
  const kept = () => deps.settings.read().keepQueueTrends
  let savedMinute = -1

  if (deps.backend && kept()) {
    const stored = storedTrendsSchema.safeParse(deps.backend.store)
    // An empty file is a first run; anything else unreadable is said once and started afresh.
    if (stored.success) recorder.restore(stored.data, deps.clock.now())
    else if (Object.keys(deps.backend.store).length > 0)
      deps.logger.warn('trends: kept samples unreadable, starting afresh')
  }

  const save = () => {
    if (!deps.backend || !kept()) return
    const now = deps.clock.now()
    savedMinute = Math.floor(now.getTime() / MINUTE_MS)
    deps.backend.store = recorder.save(now)
  }
  // At most one write a minute: the first sample of a new minute writes the minute before.
  const saveOncePerMinute = () => {
    if (Math.floor(deps.clock.now().getTime() / MINUTE_MS) !== savedMinute) save()
  }
  const view = (): QueueTrends => {
    const now = deps.clock.now()
    const until = new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS).toISOString()
    return { until, kept: kept(), groups: recorder.trends(now) }
  }

  return {
    record(figures) {
      recorder.record(figures, deps.clock.now())
      saveOncePerMinute()
    },
    missed(calls) {
      if (calls.length === 0) return
      const now = deps.clock.now()
      for (const call of calls) recorder.missed(groupKeysOf(call), now)
      saveOncePerMinute()
    },
    view,
    setKept(keep) {
      deps.settings.update({ keepQueueTrends: keep })
      if (keep) save()
      else if (deps.backend) deps.backend.store = {}
      return view()
    },
    dispose: save,
  }
}
