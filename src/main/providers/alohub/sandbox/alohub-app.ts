import { z } from 'zod'

import type { ProviderApp, SandboxRequest, SandboxResponse } from '../../../sandbox/sandbox-http'
import { seededRandom } from '../../../sandbox/seeded-random'
import { createWindowRateLimiter } from '../../../sandbox/window-rate-limiter'

import { agentToWire, seedAgents, seedQueues, type AlohubAgentRecord, type AlohubQueue } from './alohub-data'

/** How the AloHub sandbox behaves. */
export interface AlohubAppOptions {
  readonly seed: number
  readonly apiKey: string
  readonly tenantId: number
  /** A key that is valid but lacks the agent scope (answers 403). */
  readonly unscopedKey?: string
  readonly agentCount?: number
  /** Requests per 10 s, for the tenant and for each route. */
  readonly limits?: { readonly tenant: number; readonly route: number }
  /** False until the provider ran its migration: recording changes fail. */
  readonly recordingMigrated?: boolean
  readonly now?: () => number
}

/** The AloHub sandbox and the handles tests and the simulator use. */
export interface AlohubApp extends ProviderApp {
  agents(): ReadonlyArray<Readonly<AlohubAgentRecord>>
  queues(): ReadonlyArray<AlohubQueue>
  setPresence(agentId: string, presence: { systemStatus: string; userStatus: string }): void
  /** Changes an agent as another supervisor would, behind the app's back. */
  replaceQueuesElsewhere(agentId: string, queueIds: number[]): void
}

const WINDOW_MS = 10_000
const queueBodySchema = z
  .object({
    queue_ids: z.array(z.number().int().positive()).min(1, 'queue_ids must not be empty'),
    priority: z.number().int().min(1).max(99).optional(),
  })
  .strict()
const recordingBodySchema = z.object({ enabled: z.boolean() }).strict()

/** Creates the AloHub sandbox: GET /v1/agents, PUT queues (callin replaces all), PUT recording. */
export function createAlohubApp(options: AlohubAppOptions): AlohubApp {
  const now = options.now ?? Date.now
  const queues = seedQueues()
  const queueById = new Map(queues.map((queue) => [queue.id, queue]))
  const agents = seedAgents(seededRandom(options.seed), options.agentCount ?? 120, queues)
  const agentById = new Map(agents.map((agent) => [agent.agentId, agent]))
  const limits = options.limits ?? { tenant: 100, route: 50 }
  const limiter = createWindowRateLimiter(WINDOW_MS)

  const envelope = (status: number, code: string, message: string, extra: object = {}): SandboxResponse => ({
    status,
    json: { success: status < 400 ? '1' : '0', error_code: code, error_message: message, ...extra },
  })

  const route = (request: SandboxRequest): string => {
    if (request.method === 'GET' && request.path === '/v1/agents') return 'GET /v1/agents'
    if (request.method === 'PUT' && /^\/v1\/agents\/[^/]+\/queues$/.test(request.path)) return 'PUT queues'
    if (request.method === 'PUT' && /^\/v1\/agents\/[^/]+\/recording$/.test(request.path)) return 'PUT recording'
    return 'other'
  }

  const handle = (request: SandboxRequest): SandboxResponse => {
    const key = request.headers['x-api-key']
    if (key !== options.apiKey && key !== options.unscopedKey) {
      return envelope(401, 'UNAUTHORIZED', 'Missing or incorrect API key')
    }
    const tenantHeader = request.headers['x-tenant-id']
    if (tenantHeader !== undefined && tenantHeader !== String(options.tenantId)) {
      return envelope(403, 'INSUFFICIENT_SCOPE', 'The key does not belong to this tenant')
    }
    if (key === options.unscopedKey) return envelope(403, 'INSUFFICIENT_SCOPE', 'Key does not have scope agent')

    const routeName = route(request)
    const at = now()
    const tenant = limiter.take(`tenant`, limits.tenant, at)
    const perRoute = tenant.allowed ? limiter.take(`route:${routeName}`, limits.route, at) : undefined
    const headers = {
      'X-RateLimit-Limit-Tenant': String(limits.tenant),
      'X-RateLimit-Remaining-Tenant': String(tenant.remaining),
      'X-RateLimit-Limit-Route': String(limits.route),
      'X-RateLimit-Remaining-Route': String(perRoute?.remaining ?? 0),
    }
    if (!tenant.allowed || !perRoute?.allowed) {
      const wait = Math.ceil((perRoute && !perRoute.allowed ? perRoute.resetInMs : tenant.resetInMs) / 1000)
      return {
        ...envelope(429, 'RATE_LIMIT_EXCEEDED', 'Exceeded request limit'),
        headers: { ...headers, 'Retry-After': String(Math.max(1, wait)) },
      }
    }
    const answer = dispatch(request, routeName)
    return { ...answer, headers: { ...headers, ...answer.headers } }
  }

  const dispatch = (request: SandboxRequest, routeName: string): SandboxResponse => {
    if (routeName === 'GET /v1/agents') return listAgents(request.query)
    if (routeName === 'other') return envelope(404, 'NOT_FOUND', `No route ${request.method} ${request.path}`)
    const agentId = decodeURIComponent(request.path.split('/')[3] ?? '')
    const agent = agentById.get(agentId)
    if (!agent) return envelope(404, 'NOT_FOUND', `Agent ${agentId} not found`)
    if (request.bodyError !== undefined)
      return envelope(400, 'INVALID_INPUT', `Body is not valid JSON: ${request.bodyError}`)
    return routeName === 'PUT queues' ? putQueues(agent, request) : putRecording(agent, request)
  }

  const listAgents = (query: URLSearchParams): SandboxResponse => {
    const numbers: Record<string, number | undefined> = {}
    for (const [name, fallback, min, max] of [
      ['page', 0, 0, 1_000_000],
      ['size', 20, 1, 500],
      ['status', undefined, 0, 1],
      ['queue_id', undefined, 1, Number.MAX_SAFE_INTEGER],
      ['team_id', undefined, 1, Number.MAX_SAFE_INTEGER],
    ] as const) {
      const raw = query.get(name)
      if (raw === null || raw === '') {
        numbers[name] = fallback
        continue
      }
      if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        return envelope(400, 'INVALID_INPUT', `${name} must be a whole number from ${min} to ${max}`)
      }
      numbers[name] = Number(raw)
    }
    // team_id "filters by specific tenantId (default from auth)": a key belongs to one tenant, so
    // another tenant's id asks for what the key may not see. The document's answer for that is 403
    // INSUFFICIENT_SCOPE, as for an X-Tenant-ID of another tenant above; an empty list would make a
    // mistyped tenant id look like a tenant without agents.
    if (numbers.team_id !== undefined && numbers.team_id !== options.tenantId) {
      return envelope(403, 'INSUFFICIENT_SCOPE', `team_id ${numbers.team_id} is not this key's tenant`)
    }
    const matching = agents.filter(
      (agent) =>
        (numbers.status === undefined || agent.status === numbers.status) &&
        (numbers.queue_id === undefined || agent.callinQueueIds.includes(numbers.queue_id)),
    )
    const size = numbers.size ?? 20
    const start = (numbers.page ?? 0) * size
    return envelope(200, 'SUCCESS', 'SUCCESS', {
      totalRecord: matching.length,
      data: matching.slice(start, start + size).map((agent) => agentToWire(agent, queueById, options.tenantId)),
    })
  }

  const putQueues = (agent: AlohubAgentRecord, request: SandboxRequest): SandboxResponse => {
    const type = request.query.get('type') ?? 'callin'
    if (type !== 'callin' && type !== 'callout') return envelope(400, 'INVALID_INPUT', 'type must be callin or callout')
    const body = queueBodySchema.safeParse(request.body)
    if (!body.success) {
      const issue = body.error.issues[0]
      return envelope(400, 'INVALID_INPUT', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`)
    }
    const unknown = body.data.queue_ids.filter((id) => queueById.get(id)?.kind !== type)
    if (unknown.length > 0)
      return envelope(400, 'INVALID_INPUT', `queue_ids: unknown ${type} queue ${unknown.join(', ')}`)
    if (type === 'callout') {
      if (body.data.queue_ids.length !== 1)
        return envelope(400, 'INVALID_INPUT', 'queue_ids: callout takes exactly one queue')
      agent.calloutQueueId = body.data.queue_ids[0] ?? null
    } else {
      // The documented behaviour: the whole callin list is replaced.
      agent.callinQueueIds = [...new Set(body.data.queue_ids)]
      if (body.data.priority !== undefined) agent.priority = String(body.data.priority)
    }
    return envelope(200, 'SUCCESS', 'Agent queues updated successfully')
  }

  const putRecording = (agent: AlohubAgentRecord, request: SandboxRequest): SandboxResponse => {
    const body = recordingBodySchema.safeParse(request.body)
    if (!body.success) return envelope(400, 'INVALID_INPUT', 'enabled: must be true or false')
    if (options.recordingMigrated === false) return envelope(500, 'FAIL', 'column is_record does not exist')
    agent.recording = body.data.enabled
    return envelope(
      200,
      'SUCCESS',
      `Recording ${body.data.enabled ? 'enabled' : 'disabled'} for agent ${agent.agentId}`,
    )
  }

  return {
    provider: 'alohub',
    handle,
    agents: () => agents,
    queues: () => queues,
    setPresence(agentId, presence) {
      const agent = agentById.get(agentId)
      if (agent) Object.assign(agent, presence)
    },
    replaceQueuesElsewhere(agentId, queueIds) {
      const agent = agentById.get(agentId)
      if (agent) agent.callinQueueIds = [...queueIds]
    },
  }
}
