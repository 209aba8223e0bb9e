import type { VoipbinAgent } from '../../../shared/domain/voipbin'

import { toVoipbinAgent } from './voipbin-mapping'
import { voipbinAgentWireSchema } from './voipbin-schemas'

/** Event types that carry an agent as it now is. */
const AGENT_EVENTS = new Set(['agent_status_updated', 'agent_updated', 'agent_created'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** An agent object is known by its fields: id, username and status, as the document shows them. */
const looksLikeAgent = (value: Record<string, unknown>) =>
  typeof value.id === 'string' && typeof value.username === 'string' && typeof value.status === 'string'

const toAgent = (value: unknown): VoipbinAgent | null => {
  const wire = voipbinAgentWireSchema.safeParse(value)
  return wire.success ? toVoipbinAgent(wire.data) : null
}

/**
 * Reads one push message, in either documented shape: wrapped `{type, data}`, or the bare agent
 * object (with its `type` beside the fields, or none). Other events, acknowledgements, broken
 * JSON and objects that are not agents are not agent updates: null.
 */
export function readAgentEvent(raw: string): VoipbinAgent | null {
  let message: unknown
  try {
    message = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isObject(message)) return null
  const { type, data } = message
  if (type !== undefined && (typeof type !== 'string' || !AGENT_EVENTS.has(type))) return null
  if (isObject(data)) return type !== undefined && looksLikeAgent(data) ? toAgent(data) : null
  return looksLikeAgent(message) ? toAgent(message) : null
}
