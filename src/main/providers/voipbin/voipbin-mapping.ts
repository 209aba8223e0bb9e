import type { z } from 'zod'

import type { VoipbinAddress, VoipbinAgent } from '../../../shared/domain/voipbin'
import type { ProviderErrorKind } from '../http/provider-error'
import type { ErrorDetails } from '../http/provider-http'

import type { voipbinAddressWireSchema, VoipbinAgentWire } from './voipbin-schemas'

/** VoIPbin writes "9999-01-01 00:00:00.000000" for "never". */
const NEVER = /^9999-/

/** "2022-10-22 16:16:16.874761" (UTC) → ISO; "never" → null. */
export function voipbinTimeToIso(value: string | null | undefined): string | null {
  if (!value || NEVER.test(value)) return null
  const parsed = Date.parse(`${value.replace(' ', 'T').slice(0, 23)}Z`)
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString()
}

export function toVoipbinAddress(wire: z.infer<typeof voipbinAddressWireSchema>): VoipbinAddress {
  return {
    type: wire.type,
    target: wire.target,
    ...(wire.target_name ? { targetName: wire.target_name } : {}),
    ...(wire.name ? { name: wire.name } : {}),
    ...(wire.detail ? { detail: wire.detail } : {}),
  }
}

/** The address as VoIPbin expects it in a PUT. */
export function toAddressWire(address: VoipbinAddress): Record<string, string> {
  return {
    type: address.type,
    target: address.target,
    ...(address.targetName ? { target_name: address.targetName } : {}),
    ...(address.name ? { name: address.name } : {}),
    ...(address.detail ? { detail: address.detail } : {}),
  }
}

export function toVoipbinAgent(wire: VoipbinAgentWire): VoipbinAgent {
  return {
    id: wire.id,
    customerId: wire.customer_id ?? null,
    username: wire.username,
    name: wire.name ?? '',
    detail: wire.detail ?? '',
    ringMethod: wire.ring_method ?? 'ringall',
    status: wire.status ?? '',
    permission: wire.permission ?? 0,
    tagIds: wire.tag_ids ?? [],
    addresses: (wire.addresses ?? []).map(toVoipbinAddress),
    directHash: wire.direct_hash || null,
    createdAt: voipbinTimeToIso(wire.tm_create),
    updatedAt: voipbinTimeToIso(wire.tm_update),
  }
}

/** The SIP URI of a direct hash; the hash carries its own "direct." prefix in current answers. */
export function directSipUri(directHash: string): string {
  const local = directHash.startsWith('direct.') ? directHash : `direct.${directHash}`
  return `sip:${local}@sip.voipbin.net`
}

const kindsByStatus: Readonly<Record<string, ProviderErrorKind>> = {
  INVALID_ARGUMENT: 'invalid_input',
  UNAUTHENTICATED: 'auth',
  PERMISSION_DENIED: 'forbidden',
  NOT_FOUND: 'not_found',
  RESOURCE_EXHAUSTED: 'rate_limited',
  ALREADY_EXISTS: 'conflict',
  FAILED_PRECONDITION: 'conflict',
  ABORTED: 'conflict',
  INTERNAL: 'server',
  UNAVAILABLE: 'server',
}

/** Reads {"error": {status, reason, message, request_id}}. */
export function readVoipbinError(body: unknown): ErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const error = (body as { error?: unknown }).error
  if (typeof error !== 'object' || error === null) {
    const message = (body as { message?: unknown }).message
    return typeof message === 'string' ? { message } : undefined
  }
  const { status, reason, message, request_id: requestId } = error as Record<string, unknown>
  const kind = typeof status === 'string' ? kindsByStatus[status] : undefined
  const text = [message, reason].find((value) => typeof value === 'string')
  return {
    ...(typeof status === 'string' ? { code: status } : {}),
    ...(typeof text === 'string' ? { message: text } : {}),
    ...(typeof requestId === 'string' ? { requestId } : {}),
    ...(kind ? { kind } : {}),
  }
}
