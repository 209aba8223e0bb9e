import type { VoipbinAgent } from '../../../shared/domain/voipbin'
import type { VoipbinClient } from '../../providers/voipbin/voipbin-client'
import type { PushState, VoipbinPush } from '../../providers/voipbin/voipbin-push'

import { createPresenceTracker } from './presence-tracker'
import type { PushStatus, Watcher, WatcherContext, WatcherHooks } from './watcher'

/** Opens the push channel for a customer; the watcher owns what it hears. */
export type OpenVoipbinPush = (
  customerId: string,
  handlers: {
    onAgent(agent: VoipbinAgent): void
    onState(state: PushState, reason: string | null): void
  },
) => VoipbinPush

/** How often to poll: fast while push is down, only to reconcile while it is up. */
export interface VoipbinIntervals {
  readonly withoutPushMs: number
  readonly withPushMs: number
}

/**
 * VoIPbin agents' status. "ringing" is the system's own state: an agent's phone rings. Push
 * (when the service offers it) reports changes as they happen; polls set the baseline, fill
 * what a dropped connection missed, and carry on alone when push is unavailable. An agent is
 * told only about their own ringing (their extension is their VoIPbin user name or id).
 */
export function voipbinStatusWatcher(
  client: VoipbinClient,
  context: WatcherContext,
  intervals: VoipbinIntervals,
  openPush?: OpenVoipbinPush,
): Watcher {
  const tracker = createPresenceTracker()
  const { account } = context
  const mine = (agent: VoipbinAgent) =>
    account.role.kind === 'supervisor'
      ? // A ring on an agent's phone is a call coming in to them.
        context.wanted({
          direction: 'inbound',
          agentKeys: [agent.username, agent.name, agent.id],
          queueIds: context.queuesOf(agent.username),
        })
      : agent.username === account.role.extension || agent.id === account.role.extension
  let agents = new Map<string, VoipbinAgent>()
  let ringing = 0
  let hooks: WatcherHooks | undefined
  let push: VoipbinPush | undefined
  let pushStatus: PushStatus | undefined
  let customerId: string | undefined

  /** One pass over what is known now, whether a poll or a push brought it. */
  const handle = () => {
    const list = [...agents.values()]
    const changes = tracker.update(
      list.map((agent) => ({ id: agent.id, name: agent.name || agent.username, status: agent.status || 'unknown' })),
    )
    const concerned = changes
      .filter((change) => change.to === 'ringing')
      .map((change) => agents.get(change.agentId))
      .filter((agent): agent is VoipbinAgent => agent !== undefined && mine(agent))
    // The time of the status change names the ring, so a poll and a push of one ring, a
    // reconnect or a restart all lead to the same id.
    const requests = concerned.map((agent) => ({
      id: `voipbin-ring:${agent.id}:${agent.updatedAt ?? context.now()}`,
      title: context.text().agentRinging(agent.name || agent.username),
      body: account.label,
    }))
    const shown = context.notify(requests)
    context.alert(
      requests.map((request, index) => ({
        id: request.id,
        kind: 'agent_ringing' as const,
        subject: concerned[index]?.name || concerned[index]?.username || '',
        detail: null,
        notified: shown.has(request.id),
      })),
    )
    ringing = list.filter((agent) => agent.status === 'ringing' && mine(agent)).length
    context.presence(changes, {
      online: list.filter((agent) => ['available', 'busy', 'ringing'].includes(agent.status)).length,
      total: list.length,
    })
    context.changed()
  }

  const openIfReady = () => {
    if (!hooks || push || !openPush || !customerId) return
    pushStatus = { state: 'connecting', reason: null }
    push = openPush(customerId, {
      onAgent(agent) {
        if (!agents.has(agent.id)) return
        agents.set(agent.id, agent)
        handle()
      },
      onState(state, reason) {
        const wasConnected = pushStatus?.state === 'connected'
        pushStatus = { state, reason }
        // Back after a drop: whatever changed meanwhile arrives with a poll.
        if (state === 'connected' && !wasConnected) hooks?.refresh()
        hooks?.statusChanged()
      },
    })
  }

  return {
    kind: 'presence',
    hearsRings: true,
    intervalMs: () => (pushStatus?.state === 'connected' ? intervals.withPushMs : intervals.withoutPushMs),
    async poll(signal) {
      const next = new Map<string, VoipbinAgent>()
      for await (const page of client.allAgents({}, 100, signal)) for (const agent of page) next.set(agent.id, agent)
      agents = next
      customerId ??= [...next.values()].find((agent) => agent.customerId)?.customerId ?? undefined
      handle()
      openIfReady()
    },
    ringingCount: () => ringing,
    open(given) {
      hooks = given
      openIfReady()
    },
    close() {
      hooks = undefined
      push?.close()
      push = undefined
      pushStatus = undefined
    },
    push: () => pushStatus,
  }
}
