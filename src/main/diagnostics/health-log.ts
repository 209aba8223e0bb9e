import type { ConnectionTestResult } from '../../shared/domain/accounts'
import type { MonitorStatus } from '../../shared/domain/live'
import type { Logger } from '../core/logger'
import { englishText } from '../i18n/catalog'

/**
 * Writes each account's health changes to the log (failing, paused, back), so the log a user hands
 * to support says when and why the monitor stopped seeing calls. Only changes: a poll every few
 * seconds that keeps failing the same way is one line, not thousands. The problems come from the
 * HTTP layer already scrubbed; the log sink scrubs every known key once more.
 */
export function createHealthLog(logger: Logger): (statuses: ReadonlyArray<MonitorStatus>) => void {
  const last = new Map<string, string>()
  return (statuses) => {
    for (const status of statuses) {
      const problem = status.problem ? englishText(status.problem) : null
      const key = `${status.state} ${problem ?? ''}`
      if (last.get(status.accountId) === key) continue
      const before = last.get(status.accountId)
      last.set(status.accountId, key)
      if (before === undefined && status.state !== 'error') continue
      const details = { accountId: status.accountId, provider: status.provider, state: status.state, problem }
      if (status.state === 'error') logger.warn(`monitor: ${status.accountLabel} failing`, details)
      else logger.info(`monitor: ${status.accountLabel} ${status.state}`, details)
    }
  }
}

/** A failed connection test, in English, for the log. */
export function logConnectionTest(logger: Logger, provider: string, result: ConnectionTestResult): void {
  if (result.ok) return
  logger.warn('accounts: connection test failed', {
    provider,
    outcome: result.outcome,
    problem: englishText(result.problem),
    ...(result.detail ? { detail: englishText(result.detail) } : {}),
  })
}
