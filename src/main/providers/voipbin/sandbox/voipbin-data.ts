import { personName, userNameOf } from '../../../sandbox/people-names'
import type { SeededRandom } from '../../../sandbox/seeded-random'

/** An address as VoIPbin stores it. */
export interface VoipbinAddressRecord {
  type: string
  target: string
  target_name?: string | undefined
  name?: string | undefined
  detail?: string | undefined
}

/** An agent as the sandbox stores it; the password never leaves it. */
export interface VoipbinAgentRecord {
  id: string
  username: string
  password: string
  name: string
  detail: string
  ring_method: string
  status: string
  permission: number
  tag_ids: string[]
  addresses: VoipbinAddressRecord[]
  direct_hash: string
  tm_create: string
  tm_update: string
  tm_delete: string
}

export const NEVER = '9999-01-01 00:00:00.000000'

/** VoIPbin's timestamp format, in UTC. */
export function voipbinTime(ms: number): string {
  return `${new Date(ms).toISOString().replace('T', ' ').replace('Z', '')}000`
}

/**
 * The agent as the API returns it: exactly the document's fields, no password, and no
 * `customer_id` (the document's agents carry none). `direct_hash` only once there is one, as
 * the document's create answer has none and its regenerate answer has it.
 */
export function agentToWire({ password: _password, direct_hash, ...agent }: VoipbinAgentRecord) {
  return {
    id: agent.id,
    username: agent.username,
    name: agent.name,
    detail: agent.detail,
    ring_method: agent.ring_method,
    status: agent.status,
    permission: agent.permission,
    tag_ids: [...agent.tag_ids],
    addresses: agent.addresses.map((address) => ({ ...address })),
    ...(direct_hash ? { direct_hash } : {}),
    tm_create: agent.tm_create,
    tm_update: agent.tm_update,
    tm_delete: agent.tm_delete,
  }
}

/** Seeded agents with mixed statuses, some addresses and direct hashes. */
export function seedVoipbinAgents(random: SeededRandom, count: number, start: number): VoipbinAgentRecord[] {
  const statuses = ['available', 'available', 'away', 'busy', 'offline', 'offline']
  return Array.from({ length: count }, (_unused, index) => {
    const name = personName(random)
    const addresses: VoipbinAddressRecord[] = []
    if (random.chance(0.7)) addresses.push({ type: 'tel', target: `+849${random.int(10_000_000, 99_999_999)}` })
    if (random.chance(0.5)) addresses.push({ type: 'extension', target: String(2000 + index) })
    if (random.chance(0.3)) addresses.push({ type: 'sip', target: `${userNameOf(name)}@sip.voipbin.net` })
    return {
      id: random.uuid(),
      username: userNameOf(name, index),
      password: random.hex(16),
      name,
      detail: random.chance(0.5) ? 'Tổng đài chăm sóc khách hàng' : 'Sales floor',
      ring_method: random.chance(0.7) ? 'ringall' : 'linear',
      status: random.pick(statuses),
      permission: random.chance(0.2) ? 64 : 16,
      tag_ids: [],
      addresses,
      direct_hash: random.chance(0.6) ? `direct.${random.hex(12)}` : '',
      tm_create: voipbinTime(start - random.int(1, 400) * 86_400_000),
      tm_update: random.chance(0.5) ? voipbinTime(start - random.int(0, 30) * 86_400_000) : NEVER,
      tm_delete: NEVER,
    }
  })
}
