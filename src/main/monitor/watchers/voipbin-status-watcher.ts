import type { VoipbinAgent } from '../../../shared/domain/voipbin'
import type { VoipbinClient } from '../../providers/voipbin/voipbin-client'

import { createPresenceTracker } from './presence-tracker'
import type { Watcher, WatcherContext } from './watcher'

/**
 * VoIPbin agents' status. "ringing" is the system's own state: an agent's phone rings. An agent
 * is told only about their own ringing (their extension is their VoIPbin user name or id).
 */
export function voipbinStatusWatcher(client: VoipbinClient, context: WatcherContext, intervalMs: number): Watcher {
  const tracker = createPresenceTracker()
  const { account } = context
  const mine = (agent: VoipbinAgent) =>
    account.role.kind === 'supervisor' ||
    agent.username === account.role.extension ||
    agent.id === account.role.extension
  let ringing = 0
  return {
    kind: 'presence',
    intervalMs,
    async poll(signal) {
      const agents: VoipbinAgent[] = []
      for await (const page of client.allAgents({}, 100, signal)) agents.push(...page)
      const changes = tracker.update(
        agents.map((agent) => ({
          id: agent.id,
          name: agent.name || agent.username,
          status: agent.status || 'unknown',
        })),
      )
      const nowRinging = changes.filter((change) => change.to === 'ringing')
      const byId = new Map(agents.map((agent) => [agent.id, agent]))
      const concerned = nowRinging.filter((change) => {
        const agent = byId.get(change.agentId)
        return agent !== undefined && mine(agent)
      })
      const stamp = context.now()
      const requests = concerned.map((change) => ({
        id: `voipbin-ring:${change.agentId}:${stamp}`,
        title: `${change.name} is ringing`,
        body: account.label,
      }))
      const shown = context.notify(requests)
      context.alert(
        requests.map((request, index) => ({
          id: request.id,
          kind: 'agent_ringing' as const,
          subject: concerned[index]?.name ?? '',
          detail: null,
          notified: shown.has(request.id),
        })),
      )
      ringing = agents.filter((agent) => agent.status === 'ringing' && mine(agent)).length
      context.presence(changes, {
        online: agents.filter((agent) => ['available', 'busy', 'ringing'].includes(agent.status)).length,
        total: agents.length,
      })
      context.changed()
    },
    ringingCount: () => ringing,
  }
}
