import type { LiveCall, PushReason } from '../../../../shared/domain/live'
import type { VoipbinAgent } from '../../../../shared/domain/voipbin'
import { missedNotifications } from '../../../monitor/missed-calls'
import { createPresenceTracker } from '../../../monitor/watchers/presence-tracker'
import type { PushStatus, Watcher, WatcherContext, WatcherHooks } from '../../../monitor/watchers/watcher'
import type { VoipbinClient } from '../voipbin-client'
import { resolveCustomerId, type ResolvedCustomerId } from '../voipbin-customer'
import type { PushState, VoipbinPush } from '../voipbin-push'

import { missedRings, setAwayAfterMissed } from './voipbin-missed'
import { createRingBoard, ringAsLiveCall, ringScreenPopValues } from './voipbin-rings'

/** Opens the push channel for a customer; the watcher owns what it hears. */
export type OpenVoipbinPush = (
  customerId: string,
  handlers: {
    onAgent(agent: VoipbinAgent): void
    onState(state: PushState, reason: PushReason | null): void
  },
) => VoipbinPush

/** How often to poll: fast while push is down, only to reconcile while it is up. */
export interface VoipbinIntervals {
  readonly withoutPushMs: number
  readonly withPushMs: number
}

/** What the VoIPbin watcher needs beside the client. */
export interface VoipbinWatcherOptions {
  readonly intervals: VoipbinIntervals
  /** The account's token: a login token names the customer that push subscribes to. */
  readonly secret: () => Promise<string>
  /** Absent: the account is polled only. */
  readonly openPush?: OpenVoipbinPush
}

/**
 * VoIPbin agents' status. "ringing" is the system's own state: an agent's phone rings; it shows
 * on the board as a ringing call until the agent answers (busy) or the ring ends. Push reports
 * changes as they happen; polls set the baseline, fill what a dropped connection missed, and
 * carry on alone when push is off. An agent is told only about their own ringing (their
 * extension is their VoIPbin user name or id).
 */
export function voipbinStatusWatcher(
  client: VoipbinClient,
  context: WatcherContext,
  options: VoipbinWatcherOptions,
): Watcher {
  const tracker = createPresenceTracker()
  const rings = createRingBoard()
  const { account } = context
  const mine = (agent: VoipbinAgent) =>
    account.role.kind === 'supervisor'
      ? // VoIPbin does not say which way the call goes: a direction filter does not hold it back.
        context.wanted({
          direction: null,
          agentKeys: [agent.username, agent.name, agent.id],
          queueIds: context.queuesOf(agent.username),
        })
      : agent.username === account.role.extension || agent.id === account.role.extension
  let agents = new Map<string, VoipbinAgent>()
  /** Counts pushes heard; each agent keeps the count of the last push that set it. */
  let pushesHeard = 0
  const pushedAs = new Map<string, number>()
  let hooks: WatcherHooks | undefined
  let push: VoipbinPush | undefined
  let pushStatus: PushStatus | undefined
  /** undefined: not looked for yet; null: looked for, none found (push stays off). */
  let customer: ResolvedCustomerId | null | undefined

  /** One pass over what is known now, whether a poll or a push brought it. */
  const handle = () => {
    const list = [...agents.values()]
    const now = context.now()
    // The ids of the rings going on before this pass: a ring that ends now is named by its own.
    const ringIds = new Map([...rings.agentIds()].map((id) => [id, rings.of(id)?.callId]))
    rings.update(list, now)
    const changes = tracker.update(
      list.map((agent) => ({ id: agent.id, name: agent.name || agent.username, status: agent.status || 'unknown' })),
    )
    const concerned = changes
      .filter((change) => change.to === 'ringing')
      .map((change) => agents.get(change.agentId))
      .filter((agent): agent is VoipbinAgent => agent !== undefined && mine(agent))
    // The ring's id names the notification too, so a click on it finds the ring on the board.
    const requests = concerned.map((agent) => ({
      id: rings.of(agent.id)?.callId ?? `voipbin-ring:${agent.id}:${agent.updatedAt ?? now}`,
      title: context.text().agentRinging(agent.name || agent.username),
      body: account.label,
      screenPop: ringScreenPopValues(agent),
      ring: true,
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
    const missedAll = missedRings(changes, agents, (id) => ringIds.get(id))
    context.missedOnBoard?.(
      missedAll.map(({ agent, ringId }) => ({
        queueIds: context.queuesOf(agent.username),
        domainName: null,
        callId: ringId,
        extension: agent.username,
        agentName: agent.name || null,
        calledNumber: null,
        concerned: mine(agent),
      })),
    )
    const missed = missedAll.filter(({ agent }) => mine(agent))
    const shownMissed = context.notify(
      missedNotifications(
        account.label,
        missed.map(({ agent, ringId }) => ({
          alertId: `missed:${ringId}`,
          who: agent.name || agent.username,
          detail: null,
        })),
        context.text(),
      ),
    )
    context.alert(
      missed.map(({ agent, ringId }) => ({
        id: `missed:${ringId}`,
        kind: 'missed' as const,
        subject: agent.name || agent.username,
        detail: null,
        notified: shownMissed.has(`missed:${ringId}`),
      })),
    )
    for (const ring of missed) void setAwayAfterMissed(client, context, ring)
    // A Map: a status is the server's text, and must not land on an object's prototype.
    const byStatus = new Map<string, number>()
    for (const agent of list) byStatus.set(agent.status, (byStatus.get(agent.status) ?? 0) + 1)
    context.presence(changes, {
      online: list.filter((agent) => ['available', 'busy', 'ringing'].includes(agent.status)).length,
      total: list.length,
      byStatus: Object.fromEntries(byStatus),
    })
    context.changed()
  }

  /** Push needs the customer id: from the token, else the agents, else the account. */
  const findCustomer = async () => {
    let token: string | null = null
    try {
      token = await options.secret()
    } catch {
      // The poll that just ran read the same token; should it fail now, the agents or the account may tell.
    }
    customer = resolveCustomerId({
      token,
      agents: agents.values(),
      accountCustomerId: account.voipbinCustomerId,
    })
  }

  const openIfReady = () => {
    if (!hooks || push || !options.openPush || customer === undefined) return
    if (customer === null) {
      pushStatus = { state: 'down', reason: 'no_customer_id' }
      return
    }
    pushStatus = { state: 'connecting', reason: null }
    push = options.openPush(customer.customerId, {
      onAgent(pushed) {
        const known = agents.get(pushed.id)
        if (!known) return
        pushesHeard += 1
        pushedAs.set(pushed.id, pushesHeard)
        // A status event may carry fewer fields than a listed agent: keep the names already known.
        agents.set(pushed.id, {
          ...pushed,
          username: pushed.username || known.username,
          name: pushed.name || known.name,
        })
        handle()
      },
      onState(state, reason) {
        const wasConnected = pushStatus?.state === 'connected'
        pushStatus = { state, reason: state === 'down' ? reason : null }
        // Back after a drop: whatever changed meanwhile arrives with a poll.
        if (state === 'connected' && !wasConnected) hooks?.refresh()
        hooks?.statusChanged()
      },
    })
  }

  const concernedRing = (agentId: string) => {
    const agent = agents.get(agentId)
    return agent !== undefined && mine(agent)
  }

  return {
    kind: 'presence',
    hearsRings: true,
    intervalMs: () =>
      pushStatus?.state === 'connected' ? options.intervals.withPushMs : options.intervals.withoutPushMs,
    async poll(signal) {
      const sentAfter = pushesHeard
      const next = new Map<string, VoipbinAgent>()
      for await (const page of client.allAgents({}, 100, signal)) for (const agent of page) next.set(agent.id, agent)
      // Pushes heard while the pages were awaited may be newer than the snapshot: keep those.
      for (const [id, listed] of next) {
        const known = agents.get(id)
        if (known && newerThanListed(known, listed, (pushedAs.get(id) ?? 0) > sentAfter)) next.set(id, known)
      }
      pushedAs.clear()
      agents = next
      handle()
      if (!customer && options.openPush) await findCustomer()
      openIfReady()
    },
    calls(): LiveCall[] {
      return [...rings.agentIds()].flatMap((agentId) => {
        const agent = agents.get(agentId)
        const ring = rings.of(agentId)
        if (!agent || !ring) return []
        return [
          ringAsLiveCall(agent, ring, account, {
            queueIds: context.queuesOf(agent.username),
            concerned: mine(agent),
          }),
        ]
      })
    },
    ringingCount: () => [...rings.agentIds()].filter(concernedRing).length,
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

/**
 * Whether the record the watcher holds is newer than the one a poll just listed. The later
 * VoIPbin change time (tm_update) wins. Without one on either side, or with the same, a push
 * heard after the poll was sent wins: the list may have been read before that change, and any
 * change after it comes with a push of its own.
 */
function newerThanListed(known: VoipbinAgent, listed: VoipbinAgent, pushedDuringPoll: boolean): boolean {
  const knownAt = known.updatedAt ? Date.parse(known.updatedAt) : Number.NaN
  const listedAt = listed.updatedAt ? Date.parse(listed.updatedAt) : Number.NaN
  if (!Number.isNaN(knownAt) && !Number.isNaN(listedAt) && knownAt !== listedAt) return knownAt > listedAt
  return pushedDuringPoll
}
