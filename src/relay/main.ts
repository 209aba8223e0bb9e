import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { createLogger } from '../main/core/logger'
import { SecretStoreUnavailableError } from '../main/secrets/secret-store'

import { CREDENTIALS_USAGE, credentialsCommand } from './cli/credentials-command'
import { readSecret } from './cli/read-secret'
import { relaySecretIn } from './cli/relay-secret'
import { runCommand, trialCommand, TRIAL_PORT, type RunningRelay } from './cli/run-command'
import { prepareTrial } from './cli/trial-setup'
import { loadRelayConfig } from './config/relay-config'
import { RelayUserError } from './config/relay-error'
import { defaultStateDir, statePaths } from './config/state-dir'
import { openRelayCredentials } from './credentials/open-credentials'
import type { RelayCredentials } from './credentials/relay-credentials'
import { runUsersCommand } from './users/users-command'

const USAGE = `agentdesk-relay: one provider poll per interval for a tenant's desks, published on NATS.

Usage: npm run relay -- <command> [--state <dir>] [--credentials keychain|file]
  run [--nats <url>]        relay the tenants of <state>/relay.json through NATS (nats.url in relay.json, or --nats)
  trial [--port <n>]        start nats-server (JetStream) in <state>/nats on 127.0.0.1:${TRIAL_PORT} and relay through it
  trial --tenant <id> --tel4vn <base URL>
                            the same in one command: writes relay.json and asks for the Tel4vn token first
${CREDENTIALS_USAGE}
  users add|remove|list|password …
                            desk users and the NATS authorization config (users help)

  --state <dir>             the relay's folder (default ${defaultStateDir()})
  --credentials <where>     keep keys in the OS keychain or in <state>/credentials.json (0600);
                            default: the file if it exists, else the keychain when there is one`

/**
 * `npm run relay`: the relay's command line. A mistake the admin can fix is one clear message and
 * exit code 1, never a stack trace; anything else is a bug and keeps its stack.
 */
async function main(argv: ReadonlyArray<string>): Promise<void> {
  // `users` has options of its own: --state and --credentials are the relay's wherever they stand.
  const usersAt = argv.indexOf('users')
  const { relay: global, rest: usersArgs } =
    usersAt >= 0 ? relayOptionsOut(argv.slice(usersAt + 1)) : { relay: [], rest: [] }
  const { values, positionals } = parseArgs({
    args: usersAt >= 0 ? [...argv.slice(0, usersAt), ...global, 'users'] : [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      state: { type: 'string' },
      nats: { type: 'string' },
      port: { type: 'string' },
      tenant: { type: 'string' },
      tel4vn: { type: 'string' },
      credentials: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  const [command, ...rest] = positionals
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const stateDir = values.state ?? defaultStateDir()
  const prefer = values.credentials
  if (prefer !== undefined && prefer !== 'keychain' && prefer !== 'file') {
    throw new RelayUserError(`--credentials is keychain or file, not ${JSON.stringify(prefer)}`)
  }
  // The folder holds the credentials file and the nats-server store: its owner's alone.
  await mkdir(stateDir, { recursive: true, mode: 0o700 })
  const credentials = () =>
    openRelayCredentials({ filePath: statePaths(stateDir).credentials, ...(prefer ? { prefer } : {}) })
  const out = (line: string) => void process.stdout.write(`${line}\n`)
  const logger = createLogger()

  switch (command) {
    case 'credentials':
      await credentialsCommand(rest, credentials, out)
      return
    case 'run':
    case 'trial': {
      if (rest.length > 0) throw new RelayUserError(`Unexpected arguments: ${rest.join(' ')}\n\n${USAGE}`)
      const running =
        command === 'run'
          ? await runCommand({ stateDir, natsUrl: values.nats, credentials, logger })
          : await prepareTrial({
              stateDir,
              tenant: values.tenant,
              tel4vnUrl: values.tel4vn,
              credentials,
              read: readSecret,
              out,
            }).then(() => trialCommand({ stateDir, port: portOf(values.port), credentials, logger, out }))
      if (command === 'run') out(`AgentDesk relay: ${running.relay.tenants.size} tenant(s) relayed; Ctrl+C stops it.`)
      stopOnSignal(running)
      return
    }
    case 'users':
      process.exitCode = await usersCommand(stateDir, usersArgs, credentials)
      return
    default:
      throw new RelayUserError(`Not a command: ${command}\n\n${USAGE}`)
  }
}

async function usersCommand(
  stateDir: string,
  args: ReadonlyArray<string>,
  credentials: () => Promise<RelayCredentials>,
): Promise<number> {
  const configPath = statePaths(stateDir).config
  // Without relay.json yet, users can still be added: the tenants come from the users themselves.
  const config = existsSync(configPath) ? await loadRelayConfig(configPath) : null
  return runUsersCommand(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    stateDir,
    relayTenants: config?.tenants.map((tenant) => tenant.id) ?? [],
    // A desk names one server; of a cluster, the first (the client learns the others from it).
    ...(config?.nats.url ? { deskUrl: config.nats.url.split(',')[0] ?? config.nats.url } : {}),
    relaySecret: relaySecretIn(await credentials()),
  })
}

/** Splits `--state`/`--credentials` (either form: `--state dir`, `--state=dir`) from the users command's own arguments. */
function relayOptionsOut(args: ReadonlyArray<string>): { relay: string[]; rest: string[] } {
  const relay: string[] = []
  const rest: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    if (arg === '--state' || arg === '--credentials') relay.push(arg, args[++index] ?? '')
    else if (arg.startsWith('--state=') || arg.startsWith('--credentials=')) relay.push(arg)
    else rest.push(arg)
  }
  return { relay, rest }
}

function portOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RelayUserError(`--port is 0-65535, not ${raw}`)
  // 0: any free port (nats-server's -1).
  return port === 0 ? -1 : port
}

function stopOnSignal(running: RunningRelay): void {
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    void running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`The relay did not stop cleanly: ${(error as Error).message}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof RelayUserError || error instanceof SecretStoreUnavailableError || isArgumentError(error)) {
    process.stderr.write(`${(error as Error).message}\n`)
  } else {
    process.stderr.write(
      `agentdesk-relay failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
  }
  process.exit(1)
})

/** node:util's parseArgs refusals (an unknown option, a missing value): the admin's mistake. */
function isArgumentError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
}
