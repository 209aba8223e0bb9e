import { parseArgs } from 'node:util'

import { relayUrlScheme } from '../../main/relay-protocol/relay-tls'

import { writeAuthorization } from './authorization-config'
import { reloadRunningNatsServer } from './nats-reload'
import { withRelayUser, type RelaySecretStore } from './relay-user'
import {
  checkNewUser,
  checkUserName,
  hashPassword,
  loadUsers,
  newPassword,
  saveUsers,
  UsersError,
  type NewDeskUser,
  type UsersFile,
} from './users-store'

/**
 * `agentdesk-relay users …`: adds and removes the NATS users desks connect with, and writes the
 * server's authorization config from them. A password is printed once, when made; only its
 * bcrypt hash is kept.
 */
export interface UsersCommandIo {
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown }
  /** The relay's state folder (users.json, nats/authorization.conf, nats/nats-server.pid). */
  readonly stateDir: string
  /** The tenants the relay polls (relay.json); its permissions cover these and every desk user's tenant. */
  readonly relayTenants?: readonly string[]
  /** The NATS URL desks connect to, printed with a new password; `--url` overrides it. */
  readonly deskUrl?: string
  /** Where the relay keeps its own NATS password (with its other secrets: cli/relay-secret.ts). */
  readonly relaySecret: RelaySecretStore
}

const USAGE = `Usage:
  users add <name> --tenant <id> --role agent --extension <ext> [--url <nats-url>]
  users add <name> --tenant <id> --role supervisor [--url <nats-url>]
  users remove <name>
  users list
  users sync                                  (rewrite the authorization for relay.json's tenants, after adding one)
  users password <name> [--url <nats-url>]    (a new password; the old one stops working)
`

/** Resolves with the process exit code: 0 done, 1 refused (the reason on stderr), 2 a usage error. */
export async function runUsersCommand(args: readonly string[], io: UsersCommandIo): Promise<number> {
  const [action, ...rest] = args
  try {
    switch (action) {
      case 'add':
        return await add(rest, io)
      case 'remove':
        return await remove(rest, io)
      case 'list':
        return await list(rest, io)
      case 'sync':
        parseArgs({ args: [...rest], options: {} })
        await apply(await loadUsers(io.stateDir), io)
        return 0
      case 'password':
        return await password(rest, io)
      default:
        io.stderr.write(action === undefined || action === 'help' ? USAGE : `Unknown users action: ${action}\n${USAGE}`)
        return action === 'help' ? 0 : 2
    }
  } catch (error) {
    if (error instanceof UsersError || error instanceof TypeError) {
      // parseArgs reports an unknown or incomplete option as a TypeError with a readable message.
      io.stderr.write(`${error.message}\n`)
      return error instanceof UsersError ? 1 : 2
    }
    throw error
  }
}

async function add(args: readonly string[], io: UsersCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      role: { type: 'string' },
      extension: { type: 'string' },
      url: { type: 'string' },
    },
  })
  const name = onlyName(positionals, 'add')
  const tenant = values.tenant ?? missing('--tenant <id>')
  let user: NewDeskUser
  if (values.role === 'agent') {
    user = { name, tenant, role: 'agent', extension: values.extension ?? missing('--extension <ext> for an agent') }
  } else if (values.role === 'supervisor') {
    if (values.extension !== undefined) throw new UsersError('A supervisor sees the whole tenant: no --extension')
    user = { name, tenant, role: 'supervisor' }
  } else {
    throw new UsersError(`--role is agent or supervisor${values.role === undefined ? '' : `, not ${values.role}`}`)
  }
  const url = deskUrl(values.url, io)
  const file = await loadUsers(io.stateDir)
  checkNewUser(file, user)
  const secret = newPassword()
  const added = { ...user, passwordHash: await hashPassword(secret) }
  await apply({ ...file, users: [...file.users, added] }, io)
  const what =
    user.role === 'agent'
      ? `agent ${name} (tenant ${tenant}, extension ${user.extension})`
      : `supervisor ${name} (tenant ${tenant})`
  io.stdout.write(`Added ${what}.\n`)
  printDeskSettings(io, { url, tenant, name, secret })
  return 0
}

async function remove(args: readonly string[], io: UsersCommandIo): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, options: {} })
  const name = onlyName(positionals, 'remove')
  const file = await loadUsers(io.stateDir)
  if (!file.users.some((user) => user.name === name)) throw new UsersError(`There is no user ${name}`)
  await apply({ ...file, users: file.users.filter((user) => user.name !== name) }, io)
  io.stdout.write(`Removed ${name}; it can no longer connect.\n`)
  return 0
}

async function password(args: readonly string[], io: UsersCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { url: { type: 'string' } },
  })
  const name = onlyName(positionals, 'password')
  const url = deskUrl(values.url, io)
  const file = await loadUsers(io.stateDir)
  const user = file.users.find((candidate) => candidate.name === name)
  if (!user) throw new UsersError(`There is no user ${name}`)
  const secret = newPassword()
  const passwordHash = await hashPassword(secret)
  await apply({ ...file, users: file.users.map((each) => (each.name === name ? { ...each, passwordHash } : each)) }, io)
  io.stdout.write(`New password for ${name}; the old one no longer works.\n`)
  printDeskSettings(io, { url, tenant: user.tenant, name, secret })
  return 0
}

async function list(args: readonly string[], io: UsersCommandIo): Promise<number> {
  parseArgs({ args: [...args], options: {} })
  const file = await loadUsers(io.stateDir)
  if (file.users.length === 0) {
    io.stdout.write('No desk users yet (users add <name> …).\n')
    return 0
  }
  const rows = [...file.users]
    .sort((a, b) => a.tenant.localeCompare(b.tenant) || a.name.localeCompare(b.name))
    .map((user) => [user.name, user.tenant, user.role, user.role === 'agent' ? user.extension : '—'])
  const table = [['USER', 'TENANT', 'ROLE', 'EXTENSION'], ...rows]
  const widths = [0, 1, 2].map((column) => Math.max(...table.map((row) => (row[column] ?? '').length)))
  for (const row of table) {
    io.stdout.write(
      `${row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd()}\n`,
    )
  }
  return 0
}

/** Saves the users, writes the server's config from them and has a running server read it. */
async function apply(file: UsersFile, io: UsersCommandIo): Promise<void> {
  const relay = await withRelayUser(file, io.relaySecret)
  await saveUsers(io.stateDir, relay.file)
  const configPath = await writeAuthorization(io.stateDir, relay.file, io.relayTenants ?? [])
  const outcome = await reloadRunningNatsServer(io.stateDir)
  if (outcome.reloaded) {
    io.stdout.write(`Wrote ${configPath}; nats-server (pid ${outcome.pid}) is reloading it.\n`)
  } else {
    io.stdout.write(
      `Wrote ${configPath} (${outcome.reason}).\n` +
        'A nats-server that includes it reads it again with: nats-server --signal reload\n',
    )
  }
  // A relay that was already running holds the old password until it starts again.
  if (relay.changed && file.relay) io.stdout.write('The relay has a new NATS password; restart the relay to use it.\n')
}

function printDeskSettings(
  io: UsersCommandIo,
  settings: { url: string | null; tenant: string; name: string; secret: string },
) {
  io.stdout.write(
    [
      'Settings for the desk ("Connect through the team relay"). The password is shown only this once:',
      `  Relay URL:  ${settings.url ?? "the relay's NATS URL (nats://host:4222, or tls://host:4222 with TLS)"}`,
      `  Tenant:     ${settings.tenant}`,
      `  User:       ${settings.name}`,
      `  Password:   ${settings.secret}`,
      '',
    ].join('\n'),
  )
}

function onlyName(positionals: readonly string[], action: string): string {
  const [name, ...extra] = positionals
  if (name === undefined) throw new UsersError(`users ${action} needs a user name\n${USAGE}`)
  if (extra.length > 0) throw new UsersError(`users ${action} takes one user name, not ${positionals.join(' ')}`)
  checkUserName(name)
  return name
}

function deskUrl(option: string | undefined, io: UsersCommandIo): string | null {
  const url = option ?? io.deskUrl ?? null
  if (url === null) return null
  try {
    relayUrlScheme(url)
  } catch (error) {
    throw new UsersError((error as Error).message)
  }
  return url
}

function missing(what: string): never {
  throw new UsersError(`users add needs ${what}`)
}
