import type { AlohubAgent } from '../../../../shared/domain/alohub'
import type { CallinQueueSave, CallinQueueSaveRequest } from '../../../../shared/domain/alohub-queues'
import { OperationError } from '../../../ipc/operation-error'
import { guardedReplace, type ReplaceAllList } from '../../http/guarded-replace'
import type { AlohubClient } from '../alohub-client'

/** What a save of an agent's callin queues is asked to do (the IPC request without its account). */
export type CallinQueueRequest = Omit<CallinQueueSaveRequest, 'accountId'>

const sorted = (queues: ReadonlyArray<number>) => [...new Set(queues)].sort((a, b) => a - b)

/** An agent's callin queues: ids, compared as sets. */
export const callinQueueList: ReplaceAllList<number> = {
  same: (a, b) => sorted(a).join(',') === sorted(b).join(','),
  plan: (current, desired) => ({
    added: sorted(desired).filter((queue) => !current.includes(queue)),
    removed: sorted(current).filter((queue) => !desired.includes(queue)),
  }),
}

/**
 * AloHub's callin PUT replaces the agent's whole list: the guarded save (`guardedReplace`) reads
 * the agent afresh, refuses a list that moved since the editor opened, asks before any queue is
 * removed, and sends the complete list with the priority, when that changes too.
 */
export async function saveCallinQueues(client: AlohubClient, request: CallinQueueRequest): Promise<CallinQueueSave> {
  if (request.desired.length === 0) {
    throw new OperationError('not_allowed', { code: 'problems:alohub.lastQueue' })
  }
  const { priority } = request
  const priorityIsThere = (agent: AlohubAgent) => priority === undefined || String(priority) === agent.priority
  const outcome = await guardedReplace(
    callinQueueList,
    {
      read: () => findAgent(client, request.agentId),
      itemsOf: (agent) => agent.callinQueueIds,
      restIsThere: priorityIsThere,
      // The priority is sent only when it changes.
      write: (desired, agent) =>
        client.replaceCallinQueues(request.agentId, sorted(desired), priorityIsThere(agent) ? undefined : priority),
    },
    request,
  )
  switch (outcome.outcome) {
    case 'changed_elsewhere':
      return { outcome: 'changed_elsewhere', current: sorted(outcome.current) }
    case 'unchanged':
      return { outcome: 'unchanged', queues: sorted(outcome.current) }
    case 'confirm_removal':
      return outcome
    case 'saved': {
      const { added, removed, interrupted } = outcome
      return {
        outcome: 'saved',
        queues: sorted(request.desired),
        added,
        removed,
        ...(interrupted ? { interrupted } : {}),
      }
    }
  }
}

/** AloHub has no GET for one agent: page through the list until it turns up. */
export async function findAgent(client: AlohubClient, agentId: string): Promise<AlohubAgent> {
  for await (const page of client.allAgents({}, 500)) {
    const found = page.agents.find((agent) => agent.agentId === agentId)
    if (found) return found
  }
  throw new OperationError('not_allowed', { code: 'problems:alohub.agentGone', params: { agentId } })
}
