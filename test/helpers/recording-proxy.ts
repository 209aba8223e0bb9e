import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createProxy } from 'proxy'

/** What passed through the proxy: a forwarded request (absolute URL) or a CONNECT tunnel (host:port). */
export interface ProxiedRequest {
  readonly method: string
  readonly target: string
  /** Whether the request carried Proxy-Authorization (its value is never kept). */
  readonly authorized: boolean
}

/** A real HTTP + CONNECT proxy on loopback, recording every request it was asked to pass on. */
export interface RecordingProxy {
  readonly port: number
  /** http://127.0.0.1:port, for HTTP_PROXY / HTTPS_PROXY. */
  readonly url: string
  readonly passed: ProxiedRequest[]
  close(): Promise<void>
}

/** Starts the proxy; with `credentials`, it answers 407 unless they come as Basic auth. */
export async function startRecordingProxy(credentials?: { user: string; password: string }): Promise<RecordingProxy> {
  const server = createProxy(createServer())
  const passed: ProxiedRequest[] = []
  const record = (request: IncomingMessage) =>
    passed.push({
      method: request.method ?? '',
      target: request.url ?? '',
      authorized: request.headers['proxy-authorization'] !== undefined,
    })
  // Registered before the proxy's own handlers run their (asynchronous) authentication.
  server.prependListener('request', record)
  server.prependListener('connect', record)
  if (credentials) {
    const expected = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`
    server.authenticate = (request) => request.headers['proxy-authorization'] === expected
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    passed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
