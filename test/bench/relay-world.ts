import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createTel4vnApp, type Tel4vnApp } from '../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import { RELAY_USER } from '../../src/main/relay-protocol/relay-permissions'
import { serveProviderApp, type ServedApp } from '../../src/main/sandbox/sandbox-http'
import { startNatsServer, type NatsServerProcess } from '../../src/relay/nats/nats-server-process'
import { writeAuthorization } from '../../src/relay/users/authorization-config'
import { hashPassword, type DeskUser } from '../../src/relay/users/users-store'

export const TENANT = 't1'
export const SUPERVISOR_USER = 'supervisor-1'
export const agentUser = (extension: string) => `desk-${extension}`
/** One password for every user: each connect still pays nats-server's bcrypt check (cost 10). */
export const DESK_PASSWORD = 'bench-desk-password-0123456789'
export const TOKEN = 'bench-tel4vn-token'

/** What the Tel4vn sandbox answered to monitor polls: how many, how many body bytes, and when. */
export interface ProviderMeter {
  requests: number
  bytes: number
  /** performance.now() of each answer, in order. */
  readonly answerTimes: number[]
  reset(): void
}

export interface RelayWorld {
  readonly tel4vn: Tel4vnApp
  readonly served: ServedApp
  readonly meter: ProviderMeter
  readonly nats: NatsServerProcess
  readonly extensions: ReadonlyArray<string>
  /** Called with the answer's time each time the sandbox answers a monitor poll. */
  onAnswer(listener: (at: number) => void): void
  /** Per NATS user: bytes and messages nats-server sent to that user's connection (its /connz). */
  sentPerUser(): Promise<Map<string, { bytes: number; msgs: number }>>
  close(): Promise<void>
}

/**
 * The bench's world: a Tel4vn sandbox with `agents` logged-in extensions (served on loopback as
 * the tests serve it, its answers counted), and a real nats-server with the relay's user, one
 * user per agent's desk and one supervisor, each with the permissions the users command writes.
 */
export async function startRelayWorld(agents: number): Promise<RelayWorld> {
  const dir = await mkdtemp(join(tmpdir(), 'agentdesk-relay-bench-'))
  const tel4vn = createTel4vnApp({ seed: 18, token: TOKEN, extensionCount: agents })
  const listeners: Array<(at: number) => void> = []
  const meter: ProviderMeter = {
    requests: 0,
    bytes: 0,
    answerTimes: [],
    reset() {
      meter.requests = 0
      meter.bytes = 0
      meter.answerTimes.length = 0
    },
  }
  const served = await serveProviderApp({
    provider: 'tel4vn',
    async handle(request) {
      const answer = await tel4vn.handle(request)
      if (request.path !== '/v1/monitor/agent' || answer.json === undefined) return answer
      // Serialised here (the sandbox would do it anyway) so the body's size is counted as sent.
      const text = JSON.stringify(answer.json)
      const at = performance.now()
      meter.requests += 1
      meter.bytes += Buffer.byteLength(text)
      meter.answerTimes.push(at)
      for (const listener of listeners) listener(at)
      return { status: answer.status, text, contentType: 'application/json' }
    },
  })
  const extensions = tel4vn.extensions().map((entry) => entry.extension)
  const hash = await hashPassword(DESK_PASSWORD)
  const users: DeskUser[] = [
    ...extensions.map((extension): DeskUser => ({
      name: agentUser(extension),
      tenant: TENANT,
      role: 'agent',
      extension,
      passwordHash: hash,
    })),
    { name: SUPERVISOR_USER, tenant: TENANT, role: 'supervisor', passwordHash: hash },
  ]
  const authorizationPath = await writeAuthorization(
    dir,
    { version: 1, relay: { name: RELAY_USER, passwordHash: hash }, users },
    [TENANT],
  )
  const monitorPort = await freePort()
  const nats = await startNatsServer({ dir: join(dir, 'nats'), authorizationPath, monitorPort })

  return {
    tel4vn,
    served,
    meter,
    nats,
    extensions,
    onAnswer: (listener) => listeners.push(listener),
    async sentPerUser() {
      const response = await fetch(`http://127.0.0.1:${monitorPort}/connz?auth=true&limit=100000`)
      const body = (await response.json()) as {
        connections: Array<{ authorized_user?: string; out_bytes: number; out_msgs: number }>
      }
      const sent = new Map<string, { bytes: number; msgs: number }>()
      for (const connection of body.connections) {
        const user = connection.authorized_user ?? '?'
        const known = sent.get(user) ?? { bytes: 0, msgs: 0 }
        sent.set(user, { bytes: known.bytes + connection.out_bytes, msgs: known.msgs + connection.out_msgs })
      }
      return sent
    },
    async close() {
      await nats.stop()
      await served.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
