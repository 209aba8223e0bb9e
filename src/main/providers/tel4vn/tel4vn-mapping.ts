import type { MonitoredCall } from '../../../shared/domain/calls'
import type { ErrorDetails } from '../http/provider-http'

import type { Tel4vnMonitorRow } from './tel4vn-schemas'

/** Vietnam's offset from UTC, in minutes: the provider's clock unless the account says otherwise. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60

/** "2021-07-01 09:30:00" in the provider's local time → ISO UTC. */
export function localTimeToIso(local: string, offsetMinutes: number): string {
  const [date = '', time = ''] = local.split(' ')
  const asUtc = Date.parse(`${date}T${time}Z`)
  return new Date(asUtc - offsetMinutes * 60_000).toISOString()
}

/**
 * localTimeToIso with a memory: a call keeps its start time poll after poll, and a big centre
 * answers with thousands of rows every two seconds. Bounded, so a long day cannot grow it.
 */
export function rememberingLocalTimeToIso(offsetMinutes: number, capacity = 50_000): (local: string) => string {
  const known = new Map<string, string>()
  return (local) => {
    let iso = known.get(local)
    if (iso === undefined) {
      if (known.size >= capacity) known.clear()
      iso = localTimeToIso(local, offsetMinutes)
      known.set(local, iso)
    }
    return iso
  }
}

/**
 * A monitor row as the app's call, each field meaning what the document says: `destination`
 * is the number receiving the call (the API names no caller). Unknown states are not guessed:
 * they map to undefined and the row is skipped by the caller.
 */
export function toMonitoredCall(
  row: Tel4vnMonitorRow,
  offsetMinutes: number,
  toIso: (local: string) => string = (local) => localTimeToIso(local, offsetMinutes),
): MonitoredCall | undefined {
  const state = stateOf(row.call_state)
  if (state === undefined) return undefined
  return {
    callId: row.call_id,
    state,
    direction: directionOf(row.direction),
    extension: row.extension,
    agentName: row.agent_name ?? null,
    username: row.username ?? null,
    userId: row.user_id ?? null,
    destination: row.destination ?? null,
    startedAt: row.call_time ? toIso(row.call_time) : null,
    domainName: row.domain_name ?? null,
  }
}

/** The document's RINGING or ONCALL, in any case; any other state is not guessed: undefined. */
function stateOf(state: string): MonitoredCall['state'] | undefined {
  // As the document writes them first: no new string for each of thousands of rows.
  if (state === 'RINGING') return 'ringing'
  if (state === 'ONCALL') return 'on_call'
  const said = state.toUpperCase()
  return said === 'RINGING' ? 'ringing' : said === 'ONCALL' ? 'on_call' : undefined
}

/** The document's "inbound" or "outbound"; anything else, or nothing, is not guessed: null. */
function directionOf(direction: string | null | undefined): MonitoredCall['direction'] {
  if (direction === 'inbound' || direction === 'outbound') return direction
  const said = direction?.trim().toLowerCase()
  return said === 'inbound' || said === 'outbound' ? said : null
}

/** Tel4vn's error bodies are not documented: read the usual fields, whichever is there. */
export function readTel4vnError(body: unknown): ErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const record = body as Record<string, unknown>
  const nested =
    typeof record.error === 'object' && record.error !== null ? (record.error as Record<string, unknown>) : undefined
  const message = [record.message, record.error, nested?.message, record.msg].find((value) => typeof value === 'string')
  const code = [record.code, nested?.code].find((value) => typeof value === 'string' || typeof value === 'number')
  if (message === undefined && code === undefined) return undefined
  return {
    ...(typeof message === 'string' ? { message } : {}),
    ...(code !== undefined ? { code: String(code) } : {}),
  }
}
