import { z } from 'zod'

/**
 * What a supervisor wants to hear about: calls in these queues, on these agents, in this
 * direction. Empty lists mean "all". Agents (their own extension only) are not filtered.
 */
export const liveFilterSchema = z
  .object({
    direction: z.enum(['any', 'inbound', 'outbound']),
    /** Extensions, user names or agent names, matched whole and without regard to case. */
    agents: z.array(z.string().trim().min(1).max(64)).max(200),
    /** AloHub callin queue ids; membership comes from the monitored AloHub accounts. */
    queues: z.array(z.number().int().nonnegative()).max(200),
  })
  .strict()
export type LiveFilter = z.infer<typeof liveFilterSchema>

export const noLiveFilter: LiveFilter = { direction: 'any', agents: [], queues: [] }

/** What the filter looks at in a ringing call or a ringing agent. */
export interface FilterSubject {
  /** Null when the provider does not say; such a call is not held back by a direction filter. */
  readonly direction: 'inbound' | 'outbound' | null
  /** Extension first, then any names the agent goes by. */
  readonly agentKeys: ReadonlyArray<string | null>
  /** The queues the agent sits in; null when no monitored account says. */
  readonly queueIds: ReadonlyArray<number> | null
}

/** The agents of a filter, lower-cased once per filter rather than once per call. */
const agentSets = new WeakMap<LiveFilter, ReadonlySet<string>>()
function agentSetOf(filter: LiveFilter): ReadonlySet<string> {
  let agents = agentSets.get(filter)
  if (!agents) {
    agents = new Set(filter.agents.map((agent) => agent.toLowerCase()))
    agentSets.set(filter, agents)
  }
  return agents
}

/** Whether a call passes the filter. A queue filter lets through only calls known to be in one. */
export function passesFilter(filter: LiveFilter, subject: FilterSubject): boolean {
  // A ring of unknown direction is let through: a missed ring costs more than an extra one.
  if (filter.direction !== 'any' && subject.direction !== null && filter.direction !== subject.direction) return false
  if (filter.agents.length > 0) {
    const wanted = agentSetOf(filter)
    if (!subject.agentKeys.some((key) => key !== null && wanted.has(key.toLowerCase()))) return false
  }
  if (filter.queues.length > 0) {
    if (!subject.queueIds?.some((queue) => filter.queues.includes(queue))) return false
  }
  return true
}

/** Whether the filter lets everything through. */
export function isOpenFilter(filter: LiveFilter): boolean {
  return filter.direction === 'any' && filter.agents.length === 0 && filter.queues.length === 0
}
