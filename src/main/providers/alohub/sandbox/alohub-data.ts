import { personName, userNameOf } from '../../../sandbox/people-names'
import type { SeededRandom } from '../../../sandbox/seeded-random'

/** A queue of the AloHub tenant. */
export interface AlohubQueue {
  readonly id: number
  readonly name: string
  readonly kind: 'callin' | 'callout'
}

/** An agent as the sandbox stores it; serialised to the documented wire shape on the way out. */
export interface AlohubAgentRecord {
  agentId: string
  status: number
  userName: string | null
  callinQueueIds: number[]
  calloutQueueId: number | null
  priority: string | null
  systemStatus: string | null
  userStatus: string | null
  isFollowMe: number | null
  recording: boolean | null
}

const callinNames = ['test', 'sales', 'support', 'billing', 'vip', 'kythuat', 'chamsoc', 'tuvan']
const calloutNames = ['AloHub', 'Outbound sales', 'Collections']

/** Seeded queues: eight callin, three callout. */
export function seedQueues(): AlohubQueue[] {
  return [
    ...callinNames.map((name, index) => ({ id: 1001226 + index * 17, name, kind: 'callin' as const })),
    ...calloutNames.map((name, index) => ({ id: 13876 + index, name, kind: 'callout' as const })),
  ]
}

/** Seeded agents: extensions with leading zeros, one to three callin queues, some nulls. */
export function seedAgents(
  random: SeededRandom,
  count: number,
  queues: ReadonlyArray<AlohubQueue>,
): AlohubAgentRecord[] {
  const callin = queues.filter((queue) => queue.kind === 'callin')
  const callout = queues.filter((queue) => queue.kind === 'callout')
  return Array.from({ length: count }, (_unused, index) => {
    const name = personName(random)
    const queueCount = random.chance(0.1) ? 0 : random.int(1, 3)
    const ids = new Set<number>()
    while (ids.size < queueCount) ids.add(random.pick(callin).id)
    const online = random.chance(0.6)
    return {
      agentId: String(82018 + index).padStart(6, '0'),
      status: random.chance(0.9) ? 1 : 0,
      userName: random.chance(0.95) ? userNameOf(name, index) : null,
      callinQueueIds: [...ids],
      calloutQueueId: random.chance(0.8) ? random.pick(callout).id : null,
      priority: queueCount > 0 ? String(random.int(1, 3)) : null,
      systemStatus: online ? 'AVAILABLE' : 'NOT AVAILABLE',
      userStatus: online ? 'AVAILABLE' : 'LOGOUT',
      isFollowMe: random.chance(0.3) ? 1 : 0,
      recording: null,
    }
  })
}

/** The documented wire shape of an agent. */
export function agentToWire(record: AlohubAgentRecord, queues: ReadonlyMap<number, AlohubQueue>, tenantId: number) {
  const callin = record.callinQueueIds.map((id) => queues.get(id)).filter((queue) => queue !== undefined)
  const callout = record.calloutQueueId === null ? undefined : queues.get(record.calloutQueueId)
  return {
    tenantId,
    tenantName: 'AloHub',
    agentId: record.agentId,
    status: record.status,
    userName: record.userName,
    queueCallin: callin.length > 0 ? callin.map((queue) => `${queue.id}-${queue.name}`).join(',') : '-',
    queueCallout: callout?.id ?? null,
    queueCalloutName: callout?.name ?? null,
    queueCallinId: callin.length > 0 ? callin.map((queue) => queue.id).join(',') : null,
    isFollowMe: record.isFollowMe,
    priority: record.priority,
    systemStatus: record.systemStatus,
    userStatus: record.userStatus,
  }
}
