import { createPresenceTracker } from '../../../monitor/watchers/presence-tracker'
import type { QueueMembership, Watcher, WatcherContext } from '../../../monitor/watchers/watcher'
import type { AlohubClient } from '../alohub-client'

/** AloHub presence (systemStatus/userStatus) of every agent, reported as it changes. */
export function alohubPresenceWatcher(client: AlohubClient, context: WatcherContext, intervalMs: number): Watcher {
  const tracker = createPresenceTracker()
  return {
    kind: 'presence',
    intervalMs,
    async poll(signal) {
      const agents: Array<{ id: string; name: string; status: string }> = []
      const memberships: QueueMembership[] = []
      for await (const page of client.allAgents({}, 500, signal)) {
        for (const agent of page.agents) {
          const status =
            agent.userStatus === 'LOGOUT'
              ? 'logged out'
              : agent.systemStatus === 'AVAILABLE'
                ? 'available'
                : 'not available'
          agents.push({ id: agent.agentId, name: agent.userName ?? agent.agentId, status })
          memberships.push({
            extension: agent.agentId,
            queueIds: agent.callinQueueIds,
            label: agent.callinQueueIds.length === 1 ? agent.callinQueueLabel : null,
            ...queueReadiness(agent.userStatus, agent.systemStatus),
          })
        }
      }
      context.queues(memberships)
      const changes = tracker.update(agents)
      context.presence(changes, {
        online: agents.filter((agent) => agent.status === 'available').length,
        total: agents.length,
      })
      context.changed()
    },
  }
}

/**
 * Whether an agent is logged in and available, as AloHub's two statuses say it: `userStatus`
 * AVAILABLE / LOGOUT (logged in unless LOGOUT) and `systemStatus` AVAILABLE / NOT AVAILABLE.
 * A status AloHub leaves out is not guessed: null.
 */
export function queueReadiness(
  userStatus: string | null,
  systemStatus: string | null,
): { loggedIn: boolean | null; available: boolean | null } {
  if (userStatus === null) return { loggedIn: null, available: null }
  if (userStatus === 'LOGOUT') return { loggedIn: false, available: false }
  return { loggedIn: true, available: systemStatus === null ? null : systemStatus === 'AVAILABLE' }
}
