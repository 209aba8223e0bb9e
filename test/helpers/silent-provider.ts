import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A provider on loopback that takes every request and never answers. It notes each request
 * ("GET /v1/agents") and each connection that closes, in order, in `events`, where a test notes
 * its own steps too, so it can assert what happened after what.
 */
export async function silentProvider(events: string[]) {
  const server = createServer((request) => void events.push(`${request.method} ${request.url?.split('?')[0]}`))
  server.on('connection', (socket) => socket.on('close', () => void events.push('connection closed')))
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
