import { connect, Empty, type NatsConnection } from 'nats'
import { afterEach } from 'vitest'

import { directGetSubject } from '../../src/main/relay-protocol/relay-names'
import type { Sandbox } from '../../src/main/sandbox/start-sandbox'
import { createMemorySecretStore } from '../../src/main/secrets/secret-store'
import type { RelayConfig } from '../../src/relay/config/relay-config'
import { providerSecretName, type RelayCredentials } from '../../src/relay/credentials/relay-credentials'
import type { NatsServerProcess } from '../../src/relay/nats/nats-server-process'
import { startRelayService, type RelayService } from '../../src/relay/relay-service'

import { pollSteppedClock } from './poll-stepped-clock'
import { recordingLogger } from './recording-logger'
import type { useSandbox } from './sandbox-fixture'

export const TENANT = 't1'

/** Credentials in memory, holding the sandbox's Tel4vn token for the tenant. */
export function memoryCredentials(secrets: Record<string, string> = {}): RelayCredentials {
  const store = createMemorySecretStore()
  for (const [name, secret] of Object.entries(secrets)) void store.set(name, secret)
  return { where: 'memory', ...store }
}

/** One tenant on the sandbox's Tel4vn, every `intervalSeconds`. */
export function sandboxRelayConfig(sandbox: Sandbox, intervalSeconds = 2, alohub = false): RelayConfig {
  return {
    tenants: [
      {
        id: TENANT,
        deskFallback: true,
        tel4vn: { baseUrl: sandbox.baseUrls.tel4vn, signIn: 'token', intervalSeconds },
        ...(alohub
          ? { alohub: { baseUrl: sandbox.baseUrls.alohub, tenantId: String(sandbox.credentials.alohub.tenantId) } }
          : {}),
      },
    ],
    nats: {},
  }
}

/**
 * Relays on the sandbox and a real nats-server, on a poll-stepped clock (a poll takes no time on
 * it); each is stopped after the test. NATS and HTTP run on real time: `eventually` waits for
 * what crosses them.
 */
export function useRelays(sandboxFixture: ReturnType<typeof useSandbox>) {
  const started: RelayService[] = []
  const desks: NatsConnection[] = []
  afterEach(async () => {
    await Promise.all(started.splice(0).map((relay) => relay.stop()))
    await Promise.all(desks.splice(0).map((desk) => desk.close()))
  })

  /** `alohub`: the tenant's AloHub account too (queue memberships for the figures). */
  const start = async (server: NatsServerProcess, options: { intervalSeconds?: number; alohub?: boolean } = {}) => {
    const sandbox = sandboxFixture.sandbox()
    const stepped = pollSteppedClock()
    const logger = recordingLogger()
    const { pools, clock: httpClock } = sandboxFixture.clientOptions()
    const relay = await startRelayService({
      config: sandboxRelayConfig(sandbox, options.intervalSeconds, options.alohub),
      nats: { url: server.url },
      credentials: memoryCredentials({
        [providerSecretName(TENANT, 'tel4vn')]: sandbox.credentials.tel4vn.token,
        [providerSecretName(TENANT, 'alohub')]: sandbox.credentials.alohub.apiKey,
      }),
      logger,
      clock: stepped.clock,
      pools,
      clientOptions: { clock: httpClock },
    })
    started.push(relay)
    const stop = async () => {
      started.splice(started.indexOf(relay), 1)
      await relay.stop()
    }
    return { relay, logger, stop, ...stepped }
  }

  /** A desk's connection, collecting what arrives on `subject`. */
  const listen = async (server: NatsServerProcess, subject: string) => {
    const desk = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 200 })
    desks.push(desk)
    const heard: unknown[] = []
    const subscription = desk.subscribe(subject, { callback: (_error, message) => heard.push(message.json()) })
    await desk.flush()
    return { desk, heard, subscription }
  }

  /** A key's value as a desk reads it (direct get); undefined when the key has none. */
  const read = async (server: NatsServerProcess, key: string): Promise<unknown> => {
    const desk = await connect({ servers: server.url })
    try {
      const answer = await desk.request(directGetSubject(TENANT, key), Empty, { timeout: 5_000 })
      return answer.data.length === 0 ? undefined : answer.json()
    } finally {
      await desk.close()
    }
  }

  return { start, listen, read }
}

/** Waits (real time, at most `timeoutMs`) until `check` passes, then returns its value; NATS and HTTP take real time. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > until) throw error
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
}
