import type { AlohubAgent } from '../../../../shared/domain/alohub'
import type { BulkAction, BulkResult } from '../../../../shared/domain/alohub-views'
import { ProviderError } from '../../http/provider-error'
import type { AlohubClient } from '../alohub-client'

/** The route each action writes to, for pacing by that route's budget. */
export function routeOf(action: BulkAction): string {
  return action.kind === 'recording' ? 'PUT /v1/agents/{id}/recording' : 'PUT /v1/agents/{id}/queues'
}

/** Whether the action needs the agent's current queues (the callin PUT replaces the whole list). */
export const needsCurrentQueues = (action: BulkAction) => action.kind !== 'recording'

/** Errors about one agent; anything else (key refused, network down, provider failing) stops the job. */
const AGENT_ERRORS = new Set(['invalid_input', 'not_found', 'conflict'])

/** One agent of a bulk job: the action, and the agent as last read (undefined: AloHub no longer lists it). */
export interface BulkStep {
  readonly client: AlohubClient
  readonly action: BulkAction
  readonly agentId: string
  readonly current: AlohubAgent | undefined
  readonly signal: AbortSignal
}

/**
 * Applies the action to one agent; AloHub's refusal of this one agent becomes its result, and
 * anything wider is thrown, to stop the job. Queue actions start from the agent as just read and send
 * the complete list, so nobody's other queues are lost; removing an agent's last callin queue
 * is refused (AloHub keeps at least one).
 */
export async function applyToAgent(step: BulkStep): Promise<BulkResult> {
  try {
    return await change(step)
  } catch (error) {
    if (error instanceof ProviderError && AGENT_ERRORS.has(error.kind)) {
      return { agentId: step.agentId, outcome: 'failed', problem: error.problem }
    }
    throw error
  }
}

async function change({ client, action, agentId, current, signal }: BulkStep): Promise<BulkResult> {
  if (action.kind === 'recording') {
    await client.setRecording(agentId, action.enabled, signal)
    return { agentId, outcome: 'done' }
  }
  if (!current) return { agentId, outcome: 'failed', reason: 'notListed' }
  const queues = current.callinQueueIds
  if (action.kind === 'addQueue') {
    if (queues.includes(action.queueId)) return { agentId, outcome: 'unchanged', reason: 'alreadyIn' }
    await client.replaceCallinQueues(agentId, [...queues, action.queueId], undefined, signal)
    return { agentId, outcome: 'done' }
  }
  if (!queues.includes(action.queueId)) return { agentId, outcome: 'unchanged', reason: 'notIn' }
  const rest = queues.filter((queue) => queue !== action.queueId)
  if (rest.length === 0) {
    return { agentId, outcome: 'skipped', reason: 'onlyQueue' }
  }
  await client.replaceCallinQueues(agentId, rest, undefined, signal)
  return { agentId, outcome: 'done' }
}
