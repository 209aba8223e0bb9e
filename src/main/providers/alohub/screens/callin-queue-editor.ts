import type { AlohubAgent } from '../../../../shared/domain/alohub'
import type { CallinQueueSave } from '../../../../shared/domain/alohub-queues'
import { OperationError } from '../../../ipc/operation-error'
import { confirmedWrite } from '../../http/confirmed-write'
import type { AlohubClient } from '../alohub-client'

/** What a save of an agent's callin queues is asked to do. */
export interface CallinQueueRequest {
  readonly agentId: string
  /** The queues as the editor showed them when it opened. */
  readonly base: ReadonlyArray<number>
  /** The queues the user wants. */
  readonly desired: ReadonlyArray<number>
  /** The priority wanted; undefined leaves AloHub's as it is. */
  readonly priority?: number | undefined
  /** The user saw which queues go and agreed. */
  readonly confirmRemoval: boolean
  /** The user saw the change made elsewhere and chose theirs over it. */
  readonly overwrite: boolean
}

const sorted = (queues: ReadonlyArray<number>) => [...new Set(queues)].sort((a, b) => a - b)
const same = (a: ReadonlyArray<number>, b: ReadonlyArray<number>) => sorted(a).join(',') === sorted(b).join(',')

/** Which queues a save adds and removes. */
export function planCallinChange(
  current: ReadonlyArray<number>,
  desired: ReadonlyArray<number>,
): { added: number[]; removed: number[] } {
  return {
    added: sorted(desired).filter((queue) => !current.includes(queue)),
    removed: sorted(current).filter((queue) => !desired.includes(queue)),
  }
}

/**
 * AloHub's callin PUT replaces the agent's whole list, so a save that started from a stale list
 * would silently undo someone else's change. This reads the agent afresh just before writing,
 * refuses when the list moved since the editor opened (unless the user chose to overwrite),
 * asks before any queue is removed, and then sends the complete list.
 */
export async function saveCallinQueues(client: AlohubClient, request: CallinQueueRequest): Promise<CallinQueueSave> {
  if (request.desired.length === 0) {
    throw new OperationError('not_allowed', { code: 'problems:alohub.lastQueue' })
  }
  const agent = await findAgent(client, request.agentId)
  const current = agent.callinQueueIds
  if (!same(current, request.base) && !request.overwrite) {
    return { outcome: 'changed_elsewhere', current: sorted(current) }
  }
  const { added, removed } = planCallinChange(current, request.desired)
  const priorityChanged = request.priority !== undefined && String(request.priority) !== agent.priority
  if (added.length === 0 && removed.length === 0 && !priorityChanged) {
    return { outcome: 'unchanged', queues: sorted(current) }
  }
  if (removed.length > 0 && !request.confirmRemoval) return { outcome: 'confirm_removal', added, removed }
  const { interrupted } = await confirmedWrite(
    () =>
      client.replaceCallinQueues(
        request.agentId,
        sorted(request.desired),
        priorityChanged ? request.priority : undefined,
      ),
    // The answer was lost: AloHub's list now says whether the PUT took effect.
    async () => {
      const after = await findAgent(client, request.agentId)
      const priorityThere = !priorityChanged || after.priority === String(request.priority)
      return same(after.callinQueueIds, request.desired) && priorityThere ? after : undefined
    },
  )
  return { outcome: 'saved', queues: sorted(request.desired), added, removed, ...(interrupted ? { interrupted } : {}) }
}

/** AloHub has no GET for one agent: page through the list until it turns up. */
export async function findAgent(client: AlohubClient, agentId: string): Promise<AlohubAgent> {
  for await (const page of client.allAgents({}, 500)) {
    const found = page.agents.find((agent) => agent.agentId === agentId)
    if (found) return found
  }
  throw new OperationError('not_allowed', { code: 'problems:alohub.agentGone', params: { agentId } })
}
