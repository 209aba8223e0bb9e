import type { AlohubAgent } from '../../../shared/domain/alohub'
import type { ProviderErrorKind } from '../http/provider-error'
import type { ErrorDetails } from '../http/provider-http'

import type { AlohubAgentWire } from './alohub-schemas'

/** Turns the wire record into the app's agent. "-" and empty mean "no queue". */
export function toAlohubAgent(wire: AlohubAgentWire): AlohubAgent {
  return {
    agentId: wire.agentId,
    tenantId: wire.tenantId === null || wire.tenantId === undefined ? null : String(wire.tenantId),
    userName: wire.userName ?? null,
    active: wire.status === 1,
    callinQueueIds: parseQueueIds(wire.queueCallinId),
    callinQueueLabel: wire.queueCallin && wire.queueCallin !== '-' ? wire.queueCallin : null,
    calloutQueueId: wire.queueCallout ?? null,
    calloutQueueName: wire.queueCalloutName ?? null,
    priority: wire.priority ?? null,
    systemStatus: wire.systemStatus ?? null,
    userStatus: wire.userStatus ?? null,
    followMe: wire.isFollowMe === null || wire.isFollowMe === undefined ? null : wire.isFollowMe === 1,
  }
}

/** "1001226,1000886" → [1001226, 1000886]; anything that is not an id is dropped. */
export function parseQueueIds(raw: string | null | undefined): number[] {
  if (!raw || raw.trim() === '-') return []
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^\d+$/.test(part))
    .map(Number)
}

const kindsByCode: Readonly<Record<string, ProviderErrorKind>> = {
  INVALID_INPUT: 'invalid_input',
  UNAUTHORIZED: 'auth',
  INSUFFICIENT_SCOPE: 'forbidden',
  NOT_FOUND: 'not_found',
  RATE_LIMIT_EXCEEDED: 'rate_limited',
  FAIL: 'server',
}

/** Reads AloHub's envelope {success, error_code, error_message}. */
export function readAlohubError(body: unknown): ErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const { error_code: code, error_message: message } = body as Record<string, unknown>
  if (typeof code !== 'string' && typeof message !== 'string') return undefined
  const kind = typeof code === 'string' ? kindsByCode[code] : undefined
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' && message !== code ? { message } : {}),
    ...(kind ? { kind } : {}),
  }
}

/** A 2xx whose envelope says success "0" is still a failure. */
export function readAlohubSuccessFailure(body: unknown): ErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const success = (body as Record<string, unknown>).success
  const failed = success === '0' || success === 0 || success === false
  if (!failed) return undefined
  return readAlohubError(body) ?? { note: { code: 'problems:http.failureWithoutReason' } }
}
