import { randomBytes } from 'node:crypto'

import { personName, userNameOf } from '../../../sandbox/people-names'
import type { ProviderApp, SandboxRequest, SandboxResponse } from '../../../sandbox/sandbox-http'
import { seededRandom } from '../../../sandbox/seeded-random'

/** A logged-in extension of the Tel4vn call centre. */
export interface Tel4vnExtension {
  readonly extension: string
  readonly extensionId: string
  readonly userId: string
  readonly username: string
  readonly agentName: string
}

/** A call on an extension, as the simulator drives it. */
export interface Tel4vnCall {
  readonly callId: string
  readonly extension: string
  readonly state: 'RINGING' | 'ONCALL'
  /** Null leaves `direction` out of the row, as a server that does not say (tests of that case). */
  readonly direction: 'inbound' | 'outbound' | null
  /** The number receiving the call, as the document defines `destination`. */
  readonly destination: string
  /** Start of the call, ms since epoch. */
  readonly startedAt: number
}

/**
 * The way in that only Tel4vn's public (unofficial) docs show: a user name and password give an
 * API key (`POST /v1/auth`), the key gives short-lived tokens (`POST /v1/auth/token`).
 */
export interface Tel4vnKeyExchange {
  readonly username: string
  readonly password: string
  readonly apiKey: string
  /** How long an issued token lives. */
  readonly tokenTtlMs?: number
}

/** How the Tel4vn sandbox behaves. */
export interface Tel4vnAppOptions {
  readonly seed: number
  /** The ready token the document sends as `Authorization: Bearer {{TOKEN}}`. */
  readonly token: string
  /** Serves the key exchange as well; off unless asked, because the document does not show it. */
  readonly keyExchange?: Tel4vnKeyExchange
  readonly extensionCount?: number
  /** The extension numbers, when the call centre is shared with another provider (AloHub agent ids). */
  readonly extensionNumbers?: ReadonlyArray<string>
  readonly now?: () => number
}

/** The Tel4vn sandbox and its handles. */
export interface Tel4vnApp extends ProviderApp {
  extensions(): ReadonlyArray<Tel4vnExtension>
  calls(): ReadonlyArray<Tel4vnCall>
  setCalls(calls: ReadonlyArray<Tel4vnCall>): void
  /** Every token stops working, as at the end of its life: the configured one and those issued. */
  expireTokens(): void
  /** The configured token works again (a test putting the sandbox back as it found it). */
  reinstateToken(): void
  /** Tokens issued by the key exchange so far. */
  tokensIssued(): number
}

/** "YYYY-MM-DD HH:MM:SS" in Vietnam's time (UTC+7), as the monitor writes call_time. */
export function vietnamLocalTime(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
}

/**
 * Creates the sandbox as strict as the document: `GET /v1/monitor/agent` with
 * `Authorization: Bearer <token>` and no query string (400), and nothing else (404). With `keyExchange` it also serves
 * `POST /v1/auth` and `POST /v1/auth/token`, and accepts the tokens they issue.
 */
export function createTel4vnApp(options: Tel4vnAppOptions): Tel4vnApp {
  const now = options.now ?? Date.now
  const random = seededRandom(options.seed)
  const domainId = random.uuid()
  const count = options.extensionNumbers?.length ?? options.extensionCount ?? 24
  const extensions: Tel4vnExtension[] = Array.from({ length: count }, (_unused, index) => {
    const name = personName(random)
    return {
      extension: options.extensionNumbers?.[index] ?? String(101 + index),
      extensionId: random.uuid(),
      userId: random.uuid(),
      username: userNameOf(name),
      agentName: name,
    }
  })
  const byExtension = new Map(extensions.map((entry) => [entry.extension, entry]))
  const tokens = new Map<string, number>()
  let configuredTokenExpired = false
  let issued = 0
  let calls: Tel4vnCall[] = []

  const error = (status: number, message: string): SandboxResponse => ({ status, json: { code: status, message } })

  const tokenAccepted = (token: string | undefined): boolean => {
    if (token === undefined) return false
    if (token === options.token) return !configuredTokenExpired
    const expiresAt = tokens.get(token)
    return expiresAt !== undefined && expiresAt > now()
  }

  const exchange = (request: SandboxRequest, keys: Tel4vnKeyExchange): SandboxResponse | undefined => {
    const body = (request.body ?? {}) as Record<string, unknown>
    if (request.method === 'POST' && request.path === '/v1/auth') {
      if (body.username !== keys.username || body.password !== keys.password) {
        return error(401, 'Invalid username or password')
      }
      return { status: 200, json: { api_key: keys.apiKey } }
    }
    if (request.method === 'POST' && request.path === '/v1/auth/token') {
      if (typeof body.api_key !== 'string' || body.api_key === '') return error(400, 'api_key is required')
      if (body.api_key !== keys.apiKey) return error(401, 'Invalid api key')
      const token = randomBytes(24).toString('base64url')
      const expiresAt = now() + (keys.tokenTtlMs ?? 3_600_000)
      tokens.set(token, expiresAt)
      issued += 1
      return { status: 200, json: { token, expired: Math.floor(expiresAt / 1000), user_id: extensions[0]?.userId } }
    }
    return undefined
  }

  const handle = (request: SandboxRequest): SandboxResponse => {
    if (options.keyExchange) {
      const answer = exchange(request, options.keyExchange)
      if (answer) return answer
    }
    if (request.method === 'GET' && request.path === '/v1/monitor/agent') {
      // The document's call carries no query string: a parameter it does not show is refused,
      // so a client that adds one (paging, a filter, the token) is caught here, not by Tel4vn.
      const names = [...new Set(request.query.keys())]
      if (names.length > 0) {
        return error(400, `GET /v1/monitor/agent takes no query parameters; got ${names.join(', ')}`)
      }
      const match = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))
      if (!tokenAccepted(match?.[1])) return error(401, 'Token is invalid or expired')
      const data = calls.map((call) => {
        const owner = byExtension.get(call.extension)
        return {
          agent_name: owner?.agentName ?? call.extension,
          call_id: call.callId,
          call_state: call.state,
          call_time: vietnamLocalTime(call.startedAt),
          destination: call.destination,
          ...(call.direction ? { direction: call.direction } : {}),
          domain_id: domainId,
          domain_name: 'demo.tel4vn.com',
          extension: call.extension,
          extension_id: owner?.extensionId ?? '',
          network_ip: '10.0.0.15',
          server_host: '10.0.0.1',
          user_agent: 'MicroSIP/3.20.6',
          user_id: owner?.userId ?? '',
          username: owner?.username ?? '',
        }
      })
      return { status: 200, json: { data, total: data.length } }
    }
    return error(404, `No route ${request.method} ${request.path}`)
  }

  return {
    provider: 'tel4vn',
    handle,
    extensions: () => extensions,
    calls: () => calls,
    setCalls(next) {
      calls = [...next]
    },
    expireTokens() {
      configuredTokenExpired = true
      for (const token of tokens.keys()) tokens.set(token, 0)
    },
    reinstateToken() {
      configuredTokenExpired = false
    },
    tokensIssued: () => issued,
  }
}
