import type { Clock } from '../../main/core/clock'
import type { Logger } from '../../main/core/logger'
import { createPoller, type Poller } from '../../main/monitor/poller'
import type { QueueMembership } from '../../main/monitor/watchers/watcher'
import type { AlohubClient } from '../../main/providers/alohub/alohub-client'
import { queueReadiness } from '../../main/providers/alohub/monitor/alohub-presence-watcher'

/** AloHub's agents change seldom: the app's presence interval. */
export const DEFAULT_ALOHUB_INTERVAL_MS = 15_000

/**
 * Who sits in which AloHub callin queue, for a tenant's per-queue figures: every agent, page by
 * page, once per interval (one tenant-wide read for all desks, where each desk read it before).
 */
export function pollMemberships(options: {
  readonly client: AlohubClient
  readonly intervalMs?: number
  readonly clock: Clock
  readonly logger: Logger
  readonly tenant: string
  readonly onMemberships: (members: ReadonlyArray<QueueMembership>) => void
}): Poller {
  let failing = false
  const poller = createPoller({
    async fetch(signal) {
      const members: QueueMembership[] = []
      for await (const page of options.client.allAgents({}, 500, signal)) {
        for (const agent of page.agents) {
          members.push({
            extension: agent.agentId,
            queueIds: agent.callinQueueIds,
            label: agent.callinQueueIds.length === 1 ? agent.callinQueueLabel : null,
            ...queueReadiness(agent.userStatus, agent.systemStatus),
          })
        }
      }
      return members
    },
    onResult: options.onMemberships,
    onStatus(status) {
      // Figures by queue go stale, calls still flow: a warning in the relay's log is enough.
      if (status.lastError && !failing) {
        options.logger.warn('relay: AloHub queue memberships cannot be read', {
          tenant: options.tenant,
          problem: status.lastError.code,
        })
      }
      failing = status.lastError !== null
    },
    intervalMs: options.intervalMs ?? DEFAULT_ALOHUB_INTERVAL_MS,
    clock: options.clock,
  })
  poller.start()
  return poller
}
