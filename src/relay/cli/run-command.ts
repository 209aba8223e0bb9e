import { mkdir } from 'node:fs/promises'

import type { Logger } from '../../main/core/logger'
import { loadRelayConfig, type RelayConfig } from '../config/relay-config'
import { RelayUserError } from '../config/relay-error'
import { statePaths } from '../config/state-dir'
import { natsPasswordName, type RelayCredentials } from '../credentials/relay-credentials'
import { natsServerBinary, startNatsServer, type NatsServerProcess } from '../nats/nats-server-process'
import { startRelayService, type RelayService } from '../relay-service'
import { prepareRelayAuthorization } from '../users/prepare-authorization'

import { relaySecretIn } from './relay-secret'

/** The trial's port when none is given: NATS's own default, what a desk would try first. */
export const TRIAL_PORT = 4222

export interface RunningRelay {
  readonly relay: RelayService
  readonly server: NatsServerProcess | null
  stop(): Promise<void>
}

/** `run`: the tenants of relay.json, through the NATS server relay.json (or `--nats`) names. */
export async function runCommand(options: {
  readonly stateDir: string
  readonly natsUrl?: string | undefined
  readonly credentials: () => Promise<RelayCredentials>
  readonly logger: Logger
}): Promise<RunningRelay> {
  const config = await loadRelayConfig(statePaths(options.stateDir).config)
  const url = options.natsUrl ?? config.nats.url
  if (!url) {
    throw new RelayUserError(
      'No NATS server to publish to: set nats.url in relay.json or give --nats <url>, or start a trial with `npm run relay -- trial`.',
    )
  }
  const relay = await startRelay(config, url, await options.credentials(), options.logger)
  return { relay, server: null, stop: () => relay.stop() }
}

/** `trial`: starts nats-server (JetStream on) in <state>/nats on this machine, and the relay on it. */
export async function trialCommand(options: {
  readonly stateDir: string
  readonly port?: number | undefined
  readonly credentials: () => Promise<RelayCredentials>
  readonly logger: Logger
  readonly out: (line: string) => void
}): Promise<RunningRelay> {
  const paths = statePaths(options.stateDir)
  const config = await loadRelayConfig(paths.config)
  if (!natsServerBinary()) {
    throw new RelayUserError('nats-server is not installed. Debian/Ubuntu: sudo apt-get install nats-server')
  }
  const credentials = await options.credentials()
  // The trial is never open to anyone: the relay signs in as its own user, desks as theirs.
  const authorization = await prepareRelayAuthorization(
    options.stateDir,
    config.tenants.map((tenant) => tenant.id),
    relaySecretIn(credentials),
  )
  const port = options.port ?? TRIAL_PORT
  // Its store and the desk users' authorization config are the relay's owner's alone.
  await mkdir(paths.natsDir, { recursive: true, mode: 0o700 })
  const server = await startNatsServer({
    dir: paths.natsDir,
    port,
    authorizationPath: authorization.authorizationPath,
  }).catch((error: unknown) => {
    const log = (error as Error).message.split('\n').filter((line) => /\[(ERR|FTL|FATAL)\]/.test(line))
    throw new RelayUserError(
      `nats-server did not start${port > 0 ? ` on port ${port} (in use? give --port <n>, 0 for any)` : ''}:\n${
        log.join('\n') || (error as Error).message
      }`,
    )
  })
  try {
    const relay = await startRelay(
      { ...config, nats: { ...config.nats, user: authorization.user } },
      server.url,
      credentials,
      options.logger,
    )
    options.out(`AgentDesk relay (trial): nats-server ${server.url}, pid ${server.pid}, store ${server.storeDir}`)
    options.out(`  Desks on this machine connect through the team relay at ${server.url}`)
    options.out(
      '  Each desk signs in with its own NATS user: npm run relay -- users add <name> --tenant <id> --role agent --extension <ext>',
    )
    options.out(
      '  The trial listens on 127.0.0.1 only; for desks on other machines run nats-server yourself and use `run`.',
    )
    return {
      relay,
      server,
      async stop() {
        await relay.stop()
        await server.stop()
      },
    }
  } catch (error) {
    await server.stop()
    throw error
  }
}

async function startRelay(config: RelayConfig, url: string, credentials: RelayCredentials, logger: Logger) {
  const user = config.nats.user
  const password = user ? await credentials.get(natsPasswordName(user)) : undefined
  if (user && !password) {
    throw new RelayUserError(
      `The NATS password of ${user} is not in ${credentials.where}. Set it: npm run relay -- credentials set-nats ${user}`,
    )
  }
  return startRelayService({
    config,
    nats: {
      url,
      ...(user ? { user } : {}),
      ...(password ? { password } : {}),
      ...(config.nats.caFile ? { caFile: config.nats.caFile } : {}),
    },
    credentials,
    logger,
  })
}
