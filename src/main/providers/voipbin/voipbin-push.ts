import WebSocket from 'ws'

import type { PushReason } from '../../../shared/domain/live'
import type { VoipbinAgent } from '../../../shared/domain/voipbin'
import type { Clock } from '../../core/clock'
import type { WebSocketRoute } from '../http/pool-registry'
import { parseBaseUrl } from '../http/secure-url'

import { voipbinAuthHeaders } from './voipbin-auth'
import { readAgentEvent } from './voipbin-push-events'

/** Where the push channel is; "down" means the watcher relies on polling until it is back. */
export type PushState = 'connecting' | 'connected' | 'down'

/** What the push channel needs and whom it tells. */
export interface VoipbinPushOptions {
  readonly baseUrl: string
  readonly secret: () => Promise<string>
  /** The topic names the customer: `customer_id:<id>:agent`. */
  readonly customerId: string
  readonly clock: Clock
  readonly random?: () => number
  readonly onAgent: (agent: VoipbinAgent) => void
  /** The channel opened, dropped or failed; `reason` says why it is down (a code, no text). */
  readonly onState: (state: PushState, reason: PushReason | null) => void
  /** How often to ping, to find a connection that died without a close. */
  readonly heartbeatMs?: number
  readonly maxBackoffMs?: number
  /** The proxy to connect through (the same resolution as the HTTP pools); absent: straight out. */
  readonly route?: (url: string) => Promise<WebSocketRoute | undefined>
}

/** A push subscription that reconnects by itself until closed. */
export interface VoipbinPush {
  state(): PushState
  close(): void
}

/** The push URL under the account's base URL: https → wss, and loopback http → ws. */
export function voipbinPushUrl(baseUrl: string): string {
  const url = parseBaseUrl('voipbin', baseUrl)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/ws`
  url.search = ''
  return url.toString()
}

/**
 * Opens VoIPbin's push channel and keeps it open: subscribe on every open, reconnect with
 * backoff and jitter after a drop, ping to notice a dead connection. The token travels in the
 * upgrade's headers, as a Bearer token and as the token cookie (VoIPbin also takes `?token=`,
 * which would put it in every proxy's log).
 */
export function openVoipbinPush(options: VoipbinPushOptions): VoipbinPush {
  const random = options.random ?? Math.random
  const heartbeatMs = options.heartbeatMs ?? 30_000
  const maxBackoffMs = options.maxBackoffMs ?? 60_000
  const url = voipbinPushUrl(options.baseUrl)
  let socket: WebSocket | undefined
  let state: PushState = 'connecting'
  let closed = false
  // After an await, read through a call: close() may have run meanwhile, which narrowing cannot see.
  const isClosed = () => closed
  let failures = 0
  let retryTimer: unknown
  let heartbeatTimer: unknown
  let awaitingPong = false

  const setState = (next: PushState, reason: PushReason | null) => {
    if (closed) return
    state = next
    options.onState(next, reason)
  }

  const clearTimers = () => {
    if (retryTimer !== undefined) options.clock.clearTimeout(retryTimer)
    if (heartbeatTimer !== undefined) options.clock.clearTimeout(heartbeatTimer)
    retryTimer = heartbeatTimer = undefined
  }

  const heartbeat = () => {
    heartbeatTimer = options.clock.setTimeout(() => {
      if (!socket || socket.readyState !== WebSocket.OPEN) return
      // No pong since the last ping: the connection is gone without a close frame.
      if (awaitingPong) return void socket.terminate()
      awaitingPong = true
      socket.ping()
      heartbeat()
    }, heartbeatMs)
  }

  const reconnectLater = (reason: PushReason) => {
    if (closed) return
    clearTimers()
    failures += 1
    const ceiling = Math.min(maxBackoffMs, 1000 * 2 ** (failures - 1))
    setState('down', reason)
    retryTimer = options.clock.setTimeout(() => void connect(), Math.round(ceiling * (0.5 + random() / 2)))
  }

  // The proxy wants credentials: once the user gave them (the prompt is shared with the HTTP
  // requests), connect again at once; after a Cancel, wait and say why push is off.
  const retryThroughProxy = async (route: WebSocketRoute) => {
    const refusal = await route.refused().catch(() => ({ retry: false }) as const)
    if (refusal.retry && !isClosed()) return void connect()
    reconnectLater('proxy_refused')
  }

  const connect = async () => {
    if (closed) return
    setState('connecting', null)
    let headers: Readonly<Record<string, string>>
    try {
      headers = voipbinAuthHeaders(await options.secret())
    } catch {
      return reconnectLater('no_token')
    }
    let route: WebSocketRoute | undefined
    try {
      route = await options.route?.(url)
    } catch {
      return reconnectLater('unreachable')
    }
    if (isClosed()) return
    const current = new WebSocket(url, { headers, handshakeTimeout: 10_000, ...(route ? { agent: route.agent } : {}) })
    socket = current
    let opened = false
    let why: PushReason | null = null
    let proxyRefused = false
    current.on('open', () => {
      opened = true
      failures = 0
      awaitingPong = false
      current.send(JSON.stringify({ type: 'subscribe', topics: [`customer_id:${options.customerId}:agent`] }))
      setState('connected', null)
      heartbeat()
    })
    current.on('pong', () => {
      awaitingPong = false
    })
    current.on('message', (data) => {
      const agent = readAgentEvent(String(data))
      if (agent) options.onAgent(agent)
    })
    current.on('unexpected-response', (_request, response) => {
      proxyRefused = response.statusCode === 407 && route !== undefined
      why = response.statusCode === 401 || response.statusCode === 403 ? 'refused' : 'unavailable'
      current.terminate()
    })
    current.on('error', () => {
      why ??= opened ? 'dropped' : 'unreachable'
    })
    current.on('close', () => {
      if (socket === current) socket = undefined
      if (proxyRefused && route) return void retryThroughProxy(route)
      reconnectLater(why ?? (opened ? 'dropped' : 'unreachable'))
    })
  }

  void connect()
  return {
    state: () => state,
    close() {
      closed = true
      clearTimers()
      socket?.terminate()
      socket = undefined
    },
  }
}
