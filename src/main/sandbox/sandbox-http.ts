import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'

/** The five providers the sandbox imitates. */
export type ProviderId = 'alohub' | 'tel4vn' | 'voipbin' | 'avatar' | 'agenthub'

/** A request as a provider app sees it: the body already read and, when JSON, parsed. */
export interface SandboxRequest {
  readonly method: string
  /** Path without the query string, e.g. /v1/agents/082018/queues. */
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: IncomingHttpHeaders
  /** Parsed JSON body; undefined when there was none. */
  readonly body: unknown
  /** Set when a body was sent but is not valid JSON. */
  readonly bodyError?: string
}

/** What a provider app answers; `json` is serialised, `text` sent as it is. */
export interface SandboxResponse {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly json?: unknown
  readonly text?: string
  readonly contentType?: string
}

/** One provider's API, as plain functions; the runner below puts it on a port. */
export interface ProviderApp {
  readonly provider: ProviderId
  handle(request: SandboxRequest): SandboxResponse | Promise<SandboxResponse>
  /** WebSocket upgrades (VoIPbin push); absent apps refuse upgrades. */
  upgrade?(request: IncomingMessage, socket: Duplex, head: Buffer): void
  dispose?(): void
}

/** A misbehaviour to apply to the next request(s), before the app sees them. */
export type Fault =
  | { readonly kind: 'latency'; readonly ms: number }
  | { readonly kind: 'status'; readonly status: number; readonly body?: string; readonly contentType?: string }
  | { readonly kind: 'rate_limit'; readonly retryAfter?: string }
  | { readonly kind: 'malformed' }
  /**
   * The connection is dropped (reset) or left without an answer (hang). `afterHandling`: the app
   * first handles the request, so a write takes effect and only its answer is lost.
   */
  | { readonly kind: 'reset'; readonly afterHandling?: boolean }
  | { readonly kind: 'hang'; readonly afterHandling?: boolean }

/**
 * Faults waiting for requests: each applies to the next `times` requests, in order; with a
 * `method`, only to requests of that method (a write's fault, while reads pass); with a `path`,
 * only to requests of that path (a screen's request hangs while the monitor's polls pass).
 */
export interface FaultPlan {
  inject(fault: Fault & { readonly method?: string; readonly path?: string }, times?: number): void
  clear(): void
}

/** What the sandbox saw, so tests can count retries and check headers. */
export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly query: string
  readonly headers: IncomingHttpHeaders
  readonly at: number
  /** The status answered; 'upgrade' for a WebSocket upgrade handed to the app. */
  readonly outcome: number | 'reset' | 'hang' | 'upgrade'
  /** The body as sent (text), so tests can see exactly what a write carried. */
  readonly body: string
  /**
   * A hung request whose client closed the connection (it cancelled, or its timeout passed):
   * set when that happens, so a test can see a cancel reach the provider.
   */
  readonly aborted?: true
}

/** A provider app listening on its own loopback port. */
export interface ServedApp {
  readonly provider: ProviderId
  readonly origin: string
  readonly requests: ReadonlyArray<RecordedRequest>
  readonly faults: FaultPlan
  /** TCP connections accepted since start. */
  readonly connectionsOpened: number
  clearRequests(): void
  close(): Promise<void>
}

const MAX_BODY_BYTES = 1024 * 1024

function recordOf(request: IncomingMessage, outcome: RecordedRequest['outcome'], body: string): RecordedRequest {
  const url = new URL(request.url ?? '/', 'http://sandbox')
  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: url.search,
    headers: request.headers,
    at: Date.now(),
    outcome,
    body,
  }
}

/** Serves a provider app on 127.0.0.1, applying injected faults and recording every request. */
export async function serveProviderApp(app: ProviderApp, options: { port?: number } = {}): Promise<ServedApp> {
  const requests: RecordedRequest[] = []
  const pending: Array<{ fault: Fault; method: string | undefined; path: string | undefined; remaining: number }> = []
  const hanging = new Set<ServerResponse>()
  let connectionsOpened = 0
  let closing = false

  const nextFault = (method: string, path: string): Fault | undefined => {
    const index = pending.findIndex(
      (waiting) =>
        (waiting.method === undefined || waiting.method === method) &&
        (waiting.path === undefined || waiting.path === path),
    )
    const head = pending[index]
    if (!head) return undefined
    head.remaining -= 1
    if (head.remaining <= 0) pending.splice(index, 1)
    return head.fault
  }

  const server = createServer((request, response) => {
    void serve(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'Content-Type': 'text/plain' }).end(`sandbox error: ${String(error)}`)
      }
    })
  })

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://sandbox')
    const raw = await readBody(request)
    const record = (outcome: RecordedRequest['outcome']) => requests.push(recordOf(request, outcome, raw))
    let fault = nextFault(request.method ?? 'GET', url.pathname)
    if (fault?.kind === 'latency') {
      await new Promise((done) => setTimeout(done, fault && 'ms' in fault ? fault.ms : 0))
      fault = undefined
    }
    if ((fault?.kind === 'reset' || fault?.kind === 'hang') && fault.afterHandling) {
      await app.handle(sandboxRequest(request, url, raw))
    }
    if (fault?.kind === 'reset') {
      record('reset')
      request.socket.destroy()
      return
    }
    if (fault?.kind === 'hang') {
      const entry: { -readonly [K in keyof RecordedRequest]: RecordedRequest[K] } = recordOf(request, 'hang', raw)
      requests.push(entry)
      hanging.add(response)
      response.on('close', () => {
        // Closed by the client, unless the sandbox itself is closing.
        if (hanging.delete(response) && !closing) entry.aborted = true
      })
      return
    }
    if (fault?.kind === 'status') {
      record(fault.status)
      response
        .writeHead(fault.status, { 'Content-Type': fault.contentType ?? 'text/html' })
        .end(fault.body ?? `<html><body><h1>${fault.status}</h1>upstream error</body></html>`)
      return
    }
    if (fault?.kind === 'rate_limit') {
      record(429)
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (fault.retryAfter !== undefined) headers['Retry-After'] = fault.retryAfter
      response.writeHead(429, headers).end(JSON.stringify({ message: 'rate limited (injected)' }))
      return
    }
    const answer = await app.handle(sandboxRequest(request, url, raw))
    record(answer.status)
    const text =
      fault?.kind === 'malformed'
        ? '{"truncated": '
        : (answer.text ?? (answer.json === undefined ? '' : JSON.stringify(answer.json)))
    const contentType = answer.contentType ?? (answer.text === undefined ? 'application/json' : 'text/plain')
    response.writeHead(answer.status, { 'Content-Type': contentType, ...answer.headers }).end(text)
  }

  server.on('connection', (socket: Socket) => {
    connectionsOpened += 1
    socket.setNoDelay(true)
  })
  server.on('upgrade', (request, socket, head) => {
    // Upgrades are requests too: the documented-call tests check what the push client sends.
    requests.push(recordOf(request, 'upgrade', ''))
    // Node takes its own error handler off a socket it hands over for an upgrade: a client that
    // resets while the sandbox answers (a refused upgrade, a test closing its push) would
    // otherwise be an uncaught ECONNRESET in whatever test runs at that moment.
    socket.on('error', () => socket.destroy())
    if (app.upgrade) app.upgrade(request, socket, head)
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => done())
  })
  const { port } = server.address() as AddressInfo

  return {
    provider: app.provider,
    origin: `http://127.0.0.1:${port}`,
    requests,
    get connectionsOpened() {
      return connectionsOpened
    },
    faults: {
      inject({ method, path, ...fault }, times = 1) {
        pending.push({ fault: fault as Fault, method: method?.toUpperCase(), path, remaining: times })
      },
      clear() {
        pending.length = 0
      },
    },
    clearRequests() {
      requests.length = 0
    },
    async close() {
      closing = true
      app.dispose?.()
      for (const response of hanging) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}

/** The request as an app sees it, its body parsed when it is JSON. */
function sandboxRequest(request: IncomingMessage, url: URL, raw: string): SandboxRequest {
  let body: unknown
  let bodyError: string | undefined
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw)
    } catch (error) {
      bodyError = error instanceof Error ? error.message : 'invalid JSON'
    }
  }
  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: request.headers,
    body,
    ...(bodyError === undefined ? {} : { bodyError }),
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) break
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
