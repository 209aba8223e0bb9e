import { createPresenceTracker } from '../../../monitor/watchers/presence-tracker'
import type { QueueMembership, Watcher, WatcherContext } from '../../../monitor/watchers/watcher'
import type { AlohubAgent, AlohubClient } from '../alohub-client'

/** What the presence watcher reads: AloHub's agents page by page (the client, or the team relay's list). */
export type AgentsSource = Pick<AlohubClient, 'allAgents'>

/** AloHub presence (systemStatus/userStatus) of every agent, reported as it changes. */
export function alohubPresenceWatcher(client: AgentsSource, context: WatcherContext, intervalMs: number): Watcher {
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
          memberships.push(queueMembershipOf(agent))
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

/** The callin queues an agent sits in, and whether it can take their calls. */
export function queueMembershipOf(agent: AlohubAgent): QueueMembership {
  return {
    extension: agent.agentId,
    queueIds: agent.callinQueueIds,
    label: agent.callinQueueIds.length === 1 ? agent.callinQueueLabel : null,
    ...queueReadiness(agent.userStatus, agent.systemStatus),
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
