import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'

import { WebSocketServer, type WebSocket } from 'ws'

import type { ProviderApp, SandboxRequest, SandboxResponse } from '../../../sandbox/sandbox-http'
import { seededRandom } from '../../../sandbox/seeded-random'

import {
  agentToWire,
  NEVER,
  seedVoipbinAgents,
  voipbinTime,
  type VoipbinAddressRecord,
  type VoipbinAgentRecord,
} from './voipbin-data'
import { mintVoipbinLoginToken, readLoginToken, type VoipbinLoginTokenShape } from './voipbin-tokens'
import { addressesBodySchema, createAgentSchema, describeIssue, statusBodySchema } from './voipbin-validation'

/**
 * Where the sandbox reads the token. `document`: only `?token=` or `Cookie: token=`, as the
 * agents document shows every call; `bearer`: only `Authorization: Bearer`, as the current
 * public docs show. The same on the WebSocket upgrade.
 */
export type VoipbinAuthMode = 'document' | 'bearer'

/** How the VoIPbin sandbox behaves. */
export interface VoipbinAppOptions {
  readonly seed: number
  /** An access key: accepted, names no customer (VoIPbin's access keys are opaque). */
  readonly accessKey: string
  /** Login tokens signed with this key (see loginToken()) are accepted; random when absent. */
  readonly signingKey?: string
  /** The one customer the sandbox serves; seeded when absent. */
  readonly customerId?: string
  readonly auth?: VoipbinAuthMode
  readonly agentCount?: number
  /** Token bucket: sustained rate and burst, per customer. */
  readonly rateLimit?: { readonly perSecond: number; readonly burst: number }
  readonly now?: () => number
}

/** The VoIPbin sandbox and its handles. */
export interface VoipbinApp extends ProviderApp {
  readonly customerId: string
  readonly auth: VoipbinAuthMode
  /** A login token (JWT) naming the customer in the older (`customer`) or newer (`agent`) shape. */
  loginToken(shape: VoipbinLoginTokenShape): string
  agents(): ReadonlyArray<Readonly<VoipbinAgentRecord>>
  agentIds(): ReadonlyArray<string>
  /** The system's own status changes (ringing, busy), pushed to subscribers. */
  setAgentStatus(agentId: string, status: string): void
  /** Someone else's replace-all of an agent's addresses (another admin, VoIPbin's console). */
  setAgentAddresses(agentId: string, addresses: ReadonlyArray<VoipbinAddressRecord>): void
  /** Closes every push connection, as a network drop would. */
  dropSockets(): void
  socketCount(): number
}

/** Creates the sandbox: agents CRUD, status, addresses (replace-all), direct hash, and push. */
export function createVoipbinApp(options: VoipbinAppOptions): VoipbinApp {
  const now = options.now ?? Date.now
  const random = seededRandom(options.seed)
  // Drawn even when given, so the seeded agents stay the same either way.
  const seededCustomer = random.uuid()
  const customerId = options.customerId ?? seededCustomer
  const signingKey = options.signingKey ?? randomBytes(24).toString('base64url')
  const auth = options.auth ?? 'document'
  const agents = seedVoipbinAgents(random, options.agentCount ?? 30, Date.parse('2026-11-20T00:00:00Z'))
  const byId = new Map(agents.map((agent) => [agent.id, agent]))
  const { perSecond, burst } = options.rateLimit ?? { perSecond: 16.7, burst: 33 }
  let tokens = burst
  let refilledAt = now()
  let refusals = 0
  let requestSerial = 0
  const sockets = new WebSocketServer({ noServer: true })
  const subscriptions = new Map<WebSocket, Set<string>>()
  let pushSerial = 0

  const error = (status: number, code: string, message: string, headers?: Record<string, string>): SandboxResponse => ({
    status,
    json: { error: { status: code, reason: code.toLowerCase(), message, request_id: `req-${(requestSerial += 1)}` } },
    ...(headers ? { headers } : {}),
  })

  /** A login token past its `exp` is refused like any other bad token, but said so. */
  type Verdict = 'accepted' | 'expired' | 'refused'
  const verdictOf = (token: string | undefined): Verdict => {
    if (token === undefined) return 'refused'
    if (token === options.accessKey) return 'accepted'
    const reading = readLoginToken(signingKey, token, now())
    if (reading === 'expired') return 'expired'
    return reading?.customerId === customerId ? 'accepted' : 'refused'
  }

  /** Only the places the mode names: a token elsewhere is not seen, as a strict server would not. */
  const authenticated = (request: Pick<SandboxRequest, 'headers' | 'query'>): Verdict => {
    if (auth === 'bearer') return verdictOf(/^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1])
    const cookie = /(?:^|;\s*)token=([^;]+)/.exec(String(request.headers.cookie ?? ''))?.[1]
    const verdicts = [verdictOf(request.query.get('token') ?? undefined), verdictOf(cookie)]
    return verdicts.includes('accepted') ? 'accepted' : verdicts.includes('expired') ? 'expired' : 'refused'
  }

  const takeToken = (): boolean => {
    const at = now()
    tokens = Math.min(burst, tokens + ((at - refilledAt) / 1000) * perSecond)
    refilledAt = at
    if (tokens < 1) return false
    tokens -= 1
    return true
  }

  const push = (agent: VoipbinAgentRecord, type: string) => {
    const topic = `customer_id:${customerId}:agent`
    for (const [socket, topics] of subscriptions) {
      if (!topics.has(topic) || socket.readyState !== socket.OPEN) continue
      const data = agentToWire(agent)
      // The payload may come wrapped or bare (with or without its type); the client must take each.
      pushSerial += 1
      const shapes = [{ type, data }, { ...data, type }, data]
      socket.send(JSON.stringify(shapes[pushSerial % shapes.length]))
    }
  }

  const handle = (request: SandboxRequest): SandboxResponse => {
    const verdict = authenticated(request)
    if (verdict === 'expired') return error(401, 'UNAUTHENTICATED', 'The token has expired')
    if (verdict !== 'accepted') return error(401, 'UNAUTHENTICATED', 'A valid token is required')
    if (!takeToken()) {
      refusals += 1
      // Sometimes with Retry-After, sometimes without, as the real service does.
      const wait = String(Math.max(1, Math.ceil((1 - tokens) / perSecond)))
      return error(
        429,
        'RESOURCE_EXHAUSTED',
        'Too many requests',
        refusals % 2 === 1 ? { 'Retry-After': wait } : undefined,
      )
    }
    // Every documented URL is under /v1.0: a path without it is no route, as on the real service.
    const [prefix, ...parts] = request.path.split('/').filter(Boolean)
    if (prefix !== 'v1.0' || parts[0] !== 'agents') return error(404, 'NOT_FOUND', `No route ${request.path}`)
    if (request.bodyError !== undefined) return error(400, 'INVALID_ARGUMENT', `Body is not JSON: ${request.bodyError}`)
    if (parts.length === 1 && request.method === 'GET') return list(request.query)
    if (parts.length === 1 && request.method === 'POST') return create(request.body)
    const agent = parts[1] ? byId.get(parts[1]) : undefined
    if (!agent || agent.tm_delete !== NEVER) return error(404, 'NOT_FOUND', `Agent ${parts[1] ?? ''} not found`)
    const action = `${request.method} ${parts[2] ?? ''}`
    // No DELETE: the document shows none, so it is an unknown route like any other (404 below).
    if (action === 'GET ') return { status: 200, json: agentToWire(agent) }
    if (action === 'PUT status') {
      const body = statusBodySchema.safeParse(request.body)
      if (!body.success) return error(400, 'INVALID_ARGUMENT', describeIssue(body.error))
      agent.status = body.data.status
      agent.tm_update = voipbinTime(now())
      push(agent, 'agent_status_updated')
      return { status: 200, json: agentToWire(agent) }
    }
    if (action === 'PUT addresses') {
      const body = addressesBodySchema.safeParse(request.body)
      if (!body.success) return error(400, 'INVALID_ARGUMENT', describeIssue(body.error))
      agent.addresses = body.data.addresses
      agent.tm_update = voipbinTime(now())
      return { status: 200, json: agentToWire(agent) }
    }
    if (action === 'POST direct-hash-regenerate') {
      agent.direct_hash = `direct.${random.hex(12)}`
      agent.tm_update = voipbinTime(now())
      return { status: 200, json: agentToWire(agent) }
    }
    return error(404, 'NOT_FOUND', `No route ${request.method} ${request.path}`)
  }

  const list = (query: URLSearchParams): SandboxResponse => {
    const size = Number(query.get('page_size') ?? 10)
    if (!Number.isInteger(size) || size < 1 || size > 100)
      return error(400, 'INVALID_ARGUMENT', 'page_size must be 1 to 100')
    const status = query.get('status')
    const visible = agents.filter((agent) => agent.tm_delete === NEVER && (!status || agent.status === status))
    const token = query.get('page_token')
    const start = token ? Number(Buffer.from(token, 'base64url').toString()) : 0
    if (!Number.isInteger(start) || start < 0) return error(400, 'INVALID_ARGUMENT', 'page_token is not valid')
    const page = visible.slice(start, start + size)
    const next = start + size < visible.length ? Buffer.from(String(start + size)).toString('base64url') : ''
    return { status: 200, json: { result: page.map(agentToWire), next_page_token: next } }
  }

  const create = (raw: unknown): SandboxResponse => {
    const body = createAgentSchema.safeParse(raw)
    if (!body.success) return error(400, 'INVALID_ARGUMENT', describeIssue(body.error))
    if (agents.some((agent) => agent.username === body.data.username && agent.tm_delete === NEVER)) {
      return error(409, 'ALREADY_EXISTS', `username ${body.data.username} is taken`)
    }
    const agent: VoipbinAgentRecord = {
      id: random.uuid(),
      username: body.data.username,
      password: body.data.password,
      name: body.data.name ?? '',
      detail: body.data.detail ?? '',
      ring_method: body.data.ring_method ?? 'ringall',
      status: 'offline',
      permission: body.data.permission ?? 0,
      tag_ids: body.data.tag_ids ?? [],
      addresses: [],
      direct_hash: '',
      tm_create: voipbinTime(now()),
      tm_update: NEVER,
      tm_delete: NEVER,
    }
    agents.push(agent)
    byId.set(agent.id, agent)
    return { status: 200, json: agentToWire(agent) }
  }

  return {
    provider: 'voipbin',
    customerId,
    auth,
    loginToken: (shape) => mintVoipbinLoginToken(signingKey, shape, customerId, now()),
    handle,
    upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      const url = new URL(request.url ?? '/', 'http://sandbox')
      // The same places as the REST routes, by the same mode.
      const credentialed = authenticated({ headers: request.headers, query: url.searchParams }) === 'accepted'
      if (url.pathname !== '/v1.0/ws' || !credentialed) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n')
        return
      }
      sockets.handleUpgrade(request, socket, head, (ws) => {
        subscriptions.set(ws, new Set())
        ws.on('close', () => subscriptions.delete(ws))
        ws.on('message', (data) => {
          try {
            const message = JSON.parse(String(data)) as { type?: string; topics?: unknown }
            if (message.type === 'subscribe' && Array.isArray(message.topics)) {
              for (const topic of message.topics) if (typeof topic === 'string') subscriptions.get(ws)?.add(topic)
            }
          } catch {
            ws.close(1003, 'not JSON')
          }
        })
      })
    },
    dispose() {
      for (const socket of subscriptions.keys()) socket.terminate()
      sockets.close()
    },
    agents: () => agents,
    agentIds: () => agents.filter((agent) => agent.tm_delete === NEVER).map((agent) => agent.id),
    setAgentStatus(agentId, status) {
      const agent = byId.get(agentId)
      if (!agent) return
      agent.status = status
      agent.tm_update = voipbinTime(now())
      push(agent, 'agent_status_updated')
    },
    setAgentAddresses(agentId, addresses) {
      const agent = byId.get(agentId)
      if (!agent) return
      agent.addresses = addresses.map((address) => ({ ...address }))
      agent.tm_update = voipbinTime(now())
    },
    dropSockets() {
      for (const socket of subscriptions.keys()) socket.terminate()
    },
    socketCount: () => subscriptions.size,
  }
}
