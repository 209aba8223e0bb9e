import type { Clock } from '../../main/core/clock'
import type { PollerStatus } from '../../main/monitor/poller'
import type { RelayStatus } from '../../main/relay-protocol/relay-entries'

import { problemForDesks } from './desk-problem'

/** How often a status is written while nothing changes, so desks can tell a relay that died. */
export { STATUS_HEARTBEAT_MS } from '../../main/relay-protocol/relay-entries'

/**
 * What desks are told of one provider's polls (`<provider>.status`): the poller's state and
 * problem as desks may see it, `since` moved only when either changes.
 */
export function createProviderStatus(options: {
  readonly epoch: string
  readonly intervalMs: number
  readonly deskFallback: boolean
  readonly clock: Clock
}) {
  let status: RelayStatus = {
    v: 1,
    epoch: options.epoch,
    state: 'starting',
    since: options.clock.now().toISOString(),
    lastPollAt: null,
    problem: null,
    intervalMs: options.intervalMs,
    deskFallback: options.deskFallback,
  }
  return {
    current: () => status,
    /** Takes the poller's news; true when the state or the problem changed (write it now). */
    update(poller: PollerStatus): boolean {
      const state = poller.lastError ? 'failing' : poller.lastSuccessAt !== null ? 'ok' : 'starting'
      const lastPollAt = poller.lastSuccessAt === null ? null : new Date(poller.lastSuccessAt).toISOString()
      const problem = problemForDesks(poller.lastError)
      const changed = state !== status.state || JSON.stringify(problem) !== JSON.stringify(status.problem)
      status = {
        ...status,
        state,
        problem,
        lastPollAt,
        ...(changed ? { since: options.clock.now().toISOString() } : {}),
      }
      return changed
    },
  }
}
