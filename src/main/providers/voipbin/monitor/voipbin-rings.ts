import type { LiveCall } from '../../../../shared/domain/live'
import type { ScreenPopValues } from '../../../../shared/domain/screen-pop'
import type { VoipbinAgent } from '../../../../shared/domain/voipbin'

/** One agent's phone ringing, as the board and the notifications name it. */
export interface Ring {
  /** `voipbin-ring:<agentId>:<tm_update>`: a poll and a push of one ring, or a restart, give the same id. */
  readonly callId: string
  /** When this desktop first saw it ring (ISO). */
  readonly seenAt: string
}

/** The rings going on now, one per agent whose status is "ringing". */
export interface RingBoard {
  /** Follows the agents: a ring starts when an agent is seen ringing, ends when seen in another status. */
  update(agents: Iterable<VoipbinAgent>, now: string): void
  of(agentId: string): Ring | undefined
  agentIds(): Iterable<string>
}

export function createRingBoard(): RingBoard {
  const rings = new Map<string, Ring>()
  return {
    update(agents, now) {
      const ringing = new Set<string>()
      for (const agent of agents) {
        if (agent.status !== 'ringing') continue
        ringing.add(agent.id)
        // The time of the status change names the ring; without one, the time it was first seen.
        if (!rings.has(agent.id)) {
          rings.set(agent.id, { callId: `voipbin-ring:${agent.id}:${agent.updatedAt ?? now}`, seenAt: now })
        }
      }
      // Answered (busy), ended or gone: the ring is over.
      for (const id of [...rings.keys()]) if (!ringing.has(id)) rings.delete(id)
    },
    of: (agentId) => rings.get(agentId),
    agentIds: () => rings.keys(),
  }
}

/**
 * A ringing agent as a call on the board. VoIPbin says whose phone rings, not who calls nor in
 * which direction: those stay null, never guessed. The extension is the agent's user name, as
 * an agent account names its own extension.
 */
export function ringAsLiveCall(
  agent: VoipbinAgent,
  ring: Ring,
  account: { readonly id: string; readonly label: string },
  placed: { readonly queueIds: ReadonlyArray<number> | null; readonly concerned: boolean },
): LiveCall {
  return {
    callId: ring.callId,
    state: 'ringing',
    direction: null,
    extension: agent.username,
    agentName: agent.name || null,
    username: agent.username,
    userId: agent.id,
    destination: null,
    startedAt: agent.updatedAt,
    domainName: null,
    accountId: account.id,
    accountLabel: account.label,
    queueIds: placed.queueIds ? [...placed.queueIds] : null,
    concerned: placed.concerned,
    seenAt: ring.seenAt,
  }
}

/**
 * A VoIPbin ring's screen-pop values. The agent's status says whose phone rings and nothing of
 * the call: no number, extension, call id or direction, so those stay empty, never guessed (the
 * ring's id here is this app's, not VoIPbin's).
 */
export function ringScreenPopValues(agent: VoipbinAgent): ScreenPopValues {
  return { number: null, extension: null, call_id: null, direction: null, agent: agent.username || null }
}
