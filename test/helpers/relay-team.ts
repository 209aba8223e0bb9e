import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, afterEach, beforeAll } from 'vitest'

import { createApp, type AppServices } from '../../src/main/app/create-app'
import type { NotificationRequest } from '../../src/main/core/ports'
import { RELAY_USER } from '../../src/main/relay-protocol/relay-permissions'
import { providerSecretName } from '../../src/relay/credentials/relay-credentials'
import type { NatsServerProcess } from '../../src/relay/nats/nats-server-process'
import { startRelayService, type RelayService } from '../../src/relay/relay-service'
import { authorizationPath } from '../../src/relay/users/authorization-config'
import { runUsersCommand } from '../../src/relay/users/users-command'
import type { AccountRole } from '../../src/shared/domain/accounts'
import type { MonitorStatus } from '../../src/shared/domain/live'

import { useMonitorSandbox } from './monitor-sandbox'
import { useNatsServers } from './nats-server'
import { pollSteppedClock } from './poll-stepped-clock'
import { recordingLogger } from './recording-logger'
import { relaySecretInFile } from './relay-secret-file'
import { memoryCredentials, sandboxRelayConfig, TENANT } from './relay-service'
import { headlessAppDeps } from './running-app'

/** The relay's interval in these tests (its own clock, stepped by the test). */
export const RELAY_INTERVAL_MS = 2_000

/**
 * The whole team relay, real end to end: the Tel4vn sandbox, a nats-server that includes the
 * authorization the users command wrote (agents `desk-a` on the first extension and `desk-b` on
 * the second, supervisor `boss`), the relay service signed in as its own user, and desks that are
 * the app itself with a Tel4vn account connecting through the relay. Desks and relays are stopped
 * after each test, before the server and the sandbox.
 */
export function useRelayTeam() {
  const fixture = useMonitorSandbox()
  const startServer = useNatsServers()
  const passwords = new Map<string, string>()
  let stateDir = ''
  let relayPassword = ''
  const desks: AppServices[] = []
  const relays: RelayService[] = []

  const extensionA = () => fixture.sandbox().apps.tel4vn.extensions()[0]?.extension ?? ''
  const extensionB = () => fixture.sandbox().apps.tel4vn.extensions()[1]?.extension ?? ''

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'agentdesk-relay-team-'))
    const add = async (name: string, ...args: string[]) => {
      let out = ''
      let err = ''
      const code = await runUsersCommand(['add', name, '--tenant', TENANT, ...args], {
        stateDir,
        relayTenants: [TENANT],
        relaySecret: relaySecretInFile(stateDir),
        stdout: { write: (text: string) => (out += text) },
        stderr: { write: (text: string) => (err += text) },
      })
      const password = /Password: +(\S+)/.exec(out)?.[1]
      if (code !== 0 || !password) throw new Error(`users add ${name}: ${code} ${err}`)
      passwords.set(name, password)
    }
    await add('desk-a', '--role', 'agent', '--extension', extensionA())
    await add('desk-b', '--role', 'agent', '--extension', extensionB())
    await add('boss', '--role', 'supervisor')
    relayPassword = (await relaySecretInFile(stateDir).read()) ?? ''
  })
  afterAll(async () => {
    await rm(stateDir, { recursive: true, force: true })
  })
  afterEach(async () => {
    for (const desk of desks.splice(0)) await desk.dispose()
    await Promise.all(relays.splice(0).map((relay) => relay.stop()))
    fixture.sandbox().served.tel4vn.faults.clear()
    fixture.sandbox().served.tel4vn.clearRequests()
    fixture.sandbox().served.alohub.clearRequests()
    fixture.sandbox().apps.tel4vn.setCalls([])
  })

  /** A nats-server with the users' authorization. */
  const server = () => startServer({ authorizationPath: authorizationPath(stateDir) })

  /**
   * The relay on `nats`, on its own poll-stepped clock; `stop()` ends it (its bucket stays).
   * `alohub`: the tenant's AloHub account too (its agents, every 15 s of that clock).
   */
  const relay = async (nats: NatsServerProcess, options: { alohub?: boolean } = {}) => {
    const sandbox = fixture.sandbox()
    const stepped = pollSteppedClock()
    const { pools, clock: httpClock } = fixture.clientOptions()
    const config = sandboxRelayConfig(sandbox, RELAY_INTERVAL_MS / 1000, options.alohub)
    const service = await startRelayService({
      // No desk polls Tel4vn itself here: every request the sandbox sees is the relay's.
      config: { ...config, tenants: config.tenants.map((tenant) => ({ ...tenant, deskFallback: false })) },
      nats: { url: nats.url, user: RELAY_USER, password: relayPassword },
      credentials: memoryCredentials({
        [providerSecretName(TENANT, 'tel4vn')]: sandbox.credentials.tel4vn.token,
        [providerSecretName(TENANT, 'alohub')]: sandbox.credentials.alohub.apiKey,
      }),
      logger: recordingLogger(),
      clock: stepped.clock,
      pools,
      clientOptions: { clock: httpClock },
    })
    relays.push(service)
    return {
      service,
      ...stepped,
      /** Polls `count` times, one interval apart. */
      polls: (count: number) => stepped.run(count * RELAY_INTERVAL_MS),
      /** Moves its clock up to real time (a missed call's time is compared with the desk's start). */
      catchUp: () => stepped.run(Math.max(0, Date.now() - stepped.clock.now().getTime())),
      async stop() {
        relays.splice(relays.indexOf(service), 1)
        await service.stop()
      },
    }
  }

  /**
   * A desk: the app on a memory keychain, with one Tel4vn account (or AloHub, for a supervisor)
   * through the relay as NATS user `user` (its password from the users command) in `role`.
   */
  const desk = async (
    nats: NatsServerProcess,
    user: string,
    role: AccountRole,
    provider: 'tel4vn' | 'alohub' = 'tel4vn',
  ) => {
    const shown: NotificationRequest[] = []
    const closed: string[] = []
    const app = createApp(
      headlessAppDeps({
        notifier: { show: (notification) => shown.push(notification), close: (id) => closed.push(id) },
      }),
    )
    desks.push(app)
    const sandbox = fixture.sandbox()
    await app.accounts.create(
      {
        provider,
        label: `Desk ${user}`,
        baseUrl: sandbox.baseUrls[provider],
        tenantId: provider === 'alohub' ? String(sandbox.credentials.alohub.tenantId) : null,
        role,
        polling: { enabled: true, intervalSeconds: 1 },
        relay: { url: nats.url, tenant: TENANT, user },
      },
      provider === 'alohub' ? sandbox.credentials.alohub.apiKey : sandbox.credentials.tel4vn.token,
      passwords.get(user) ?? 'no such user',
    )
    const status = (): MonitorStatus | undefined => app.monitor.state().monitors[0]
    /** Notifications about a call: its ring (`<callId>`) and its missed call (`missed:<callId>`). */
    const rings = (callId: string) => shown.filter((notification) => notification.id === callId)
    const missed = (callId: string) => shown.filter((notification) => notification.id === `missed:${callId}`)
    const about = (callId: string) => shown.filter((notification) => notification.id.includes(callId))
    const board = () => app.monitor.state().calls.map((call) => call.callId)
    return { app, shown, closed, status, rings, missed, about, board }
  }

  /** Served by the relay: connected and its provider ok. */
  const connected = (status: MonitorStatus | undefined) => status?.state === 'ok' && status.push === 'connected'

  /** Monitor requests the sandbox's Tel4vn has answered since the last clear. */
  const monitorRequests = () =>
    fixture.sandbox().served.tel4vn.requests.filter((request) => request.path === '/v1/monitor/agent')

  /** The password the users command gave `user`. */
  const password = (user: string) => passwords.get(user) ?? 'no such user'

  return { ...fixture, server, relay, desk, connected, monitorRequests, extensionA, extensionB, password }
}
