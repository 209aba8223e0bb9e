import { fork, type ChildProcess } from 'node:child_process'

import { createMemorySecretStore } from '../../src/main/secrets/secret-store'
import { providerSecretName } from '../../src/relay/credentials/relay-credentials'
import { startRelayService } from '../../src/relay/relay-service'

/** What the relay's process reports: its CPU so far (ms) and its memory after a full collection (MB). */
export interface RelaySample {
  readonly userMs: number
  readonly systemMs: number
  readonly heapMb: number
  readonly rssMb: number
}

export interface RelaySetup {
  readonly tel4vnUrl: string
  readonly token: string
  readonly natsUrl: string
  readonly user: string
  readonly password: string
  readonly tenant: string
  readonly intervalSeconds: number
}

/**
 * The relay in a process of its own (as `npm run relay` runs it), so its CPU and memory are its
 * own and not the desks' or the sandbox's that share the bench's process.
 */
export async function startRelayProcess(setup: RelaySetup) {
  const child: ChildProcess = fork(new URL(import.meta.url).pathname, ['--child'], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, RELAY_BENCH_SETUP: JSON.stringify(setup) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      child.once('message', resolve)
      child.once('exit', () => reject(new Error('the relay process exited')))
    })
  await next()
  return {
    async sample(): Promise<RelaySample> {
      const answer = next()
      child.send('sample')
      return (await answer) as RelaySample
    },
    async stop(): Promise<void> {
      child.send('stop')
      await exited
    },
  }
}

async function runChild(): Promise<void> {
  const setup = JSON.parse(process.env.RELAY_BENCH_SETUP ?? '{}') as RelaySetup
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }
  const secrets = createMemorySecretStore()
  await secrets.set(providerSecretName(setup.tenant, 'tel4vn'), setup.token)
  const relay = await startRelayService({
    config: {
      tenants: [
        {
          id: setup.tenant,
          // Desks never poll Tel4vn themselves here: every provider request counted is the relay's.
          deskFallback: false,
          tel4vn: { baseUrl: setup.tel4vnUrl, signIn: 'token', intervalSeconds: setup.intervalSeconds },
        },
      ],
      nats: {},
    },
    nats: { url: setup.natsUrl, user: setup.user, password: setup.password },
    credentials: { where: 'memory', ...secrets },
    logger: quiet,
  })
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
  process.on('message', (message) => {
    if (message === 'sample') {
      const cpu = process.cpuUsage()
      gc()
      gc()
      const memory = process.memoryUsage()
      const sample: RelaySample = {
        userMs: cpu.user / 1000,
        systemMs: cpu.system / 1000,
        heapMb: memory.heapUsed / 1_048_576,
        rssMb: memory.rss / 1_048_576,
      }
      process.send?.(sample)
    } else if (message === 'stop') {
      void relay.stop().then(() => process.exit(0))
    }
  })
  process.send?.('ready')
}

if (process.argv.includes('--child')) await runChild()
