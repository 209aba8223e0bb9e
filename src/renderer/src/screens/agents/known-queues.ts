import { useMemo } from 'react'

import type { AlohubAgentView } from '../../../../shared/domain/alohub-views'

import { knownQueues } from './format-agent'

type Queue = { readonly id: number; readonly name: string | null }

/**
 * The queues seen on this account's agents during this session. AloHub has no list of queues:
 * they are known only from agents, so while a read fails (no agents) or a filter narrows the
 * list, the Queue filter and the bulk panel keep the queues last seen instead of shrinking to
 * "Any". Kept beyond the view, so returning to the screen while AloHub fails keeps them too.
 */
const seen = new Map<string, ReadonlyArray<Queue>>()

/** Known queues merged with those on `agents`, by id, a name winning over none. */
export function rememberQueues(accountId: string, agents: ReadonlyArray<AlohubAgentView>): ReadonlyArray<Queue> {
  const merged = new Map<number, string | null>()
  for (const queue of [...(seen.get(accountId) ?? []), ...knownQueues(agents)]) {
    if (!merged.get(queue.id)) merged.set(queue.id, queue.name)
  }
  const queues = [...merged].map(([id, name]) => ({ id, name })).sort((a, b) => a.id - b.id)
  const before = seen.get(accountId)
  // The same list object while nothing new was seen, so memoised users do not re-render.
  if (before && before.length === queues.length && before.every((queue, index) => queue.name === queues[index]?.name)) {
    return before
  }
  seen.set(accountId, queues)
  return queues
}

/** The account's known queues, as of the agents loaded now. */
export function useKnownQueues(accountId: string, agents: ReadonlyArray<AlohubAgentView>): ReadonlyArray<Queue> {
  return useMemo(() => rememberQueues(accountId, agents), [accountId, agents])
}
