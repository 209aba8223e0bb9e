import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { connect } from 'nats'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { bucketName } from '../../src/main/relay-protocol/relay-names'
import { RELAY_USER } from '../../src/main/relay-protocol/relay-permissions'
import { startNatsServer, type NatsServerProcess } from '../../src/relay/nats/nats-server-process'
import { authorizationPath } from '../../src/relay/users/authorization-config'
import { runUsersCommand } from '../../src/relay/users/users-command'
import { connectDesk } from '../helpers/nats-desk'
import { natsServerMissing } from '../helpers/nats-server'
import { relaySecretInFile } from '../helpers/relay-secret-file'

const DESK_URL = 'tls://relay.example.com:4222'

async function stateFolder() {
  const dir = await mkdtemp(join(tmpdir(), 'agentdesk-relay-state-'))
  folders.push(dir)
  return dir
}
const folders: string[] = []
const servers: NatsServerProcess[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()))
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Runs `users …` as the CLI would, with what it printed. */
async function users(stateDir: string, ...args: string[]) {
  return usersOf(['acme'], stateDir, ...args)
}

/** The same, for a relay.json listing these tenants. */
async function usersOf(relayTenants: string[], stateDir: string, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runUsersCommand(args, {
    stateDir,
    relayTenants,
    relaySecret: relaySecretInFile(stateDir),
    deskUrl: DESK_URL,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  })
  const password = /Password: +(\S+)/.exec(stdout)?.[1] ?? null
  return { code, stdout, stderr, password }
}

describe('the desk users command', () => {
  it("sync writes the relay's permissions again for a tenant added to relay.json, keeping every user", async () => {
    const state = await stateFolder()
    expect((await users(state, 'add', 'alice', '--tenant', 'acme', '--role', 'agent', '--extension', '100')).code).toBe(
      0,
    )
    expect(await readFile(authorizationPath(state), 'utf8')).not.toContain('agentdesk_globex')

    const synced = await usersOf(['acme', 'globex'], state, 'sync')
    expect(synced).toMatchObject({ code: 0, stderr: '' })
    const config = await readFile(authorizationPath(state), 'utf8')
    expect(config).toContain('$KV.agentdesk_globex.>')
    expect(config).toContain('user: "alice"')
  })

  it('adds a user with a password shown once, keeps only its hash, and lists users without secrets', async () => {
    const state = await stateFolder()
    const added = await users(state, 'add', 'alice', '--tenant', 'acme', '--role', 'agent', '--extension', '100')
    expect(added).toMatchObject({ code: 0, stderr: '' })
    expect(added.stdout).toContain(`Relay URL:  ${DESK_URL}`)
    expect(added.stdout).toContain('Tenant:     acme')
    expect(added.stdout).toContain('User:       alice')
    expect(added.password).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const supervisor = await users(state, 'add', 'bob', '--tenant', 'acme', '--role', 'supervisor')
    expect(supervisor.code).toBe(0)
    expect(supervisor.password).not.toBe(added.password)

    for (const path of [join(state, 'users.json'), authorizationPath(state), join(state, 'credentials.json')]) {
      expect((await stat(path)).mode & 0o777).toBe(0o600)
    }
    const stored = await readFile(join(state, 'users.json'), 'utf8')
    const config = await readFile(authorizationPath(state), 'utf8')
    for (const text of [stored, config]) {
      expect(text).not.toContain(added.password)
      expect(text).not.toContain(supervisor.password)
      // The lowest cost (users-store.ts says why): nats-server checks it on every connect.
      expect(text).toMatch(/"\$2[ab]\$04\$/)
    }
    expect(config).toContain(`user: "${RELAY_USER}"`)
    expect(config).toContain(
      'subscribe: { allow: ["agentdesk.acme.tel4vn.ext.100", "agentdesk.acme.tel4vn.status", "_INBOX_alice.>"] }',
    )

    const listed = await users(state, 'list')
    expect(listed.stdout.split('\n')).toEqual([
      'USER   TENANT  ROLE        EXTENSION',
      'alice  acme    agent       100',
      'bob    acme    supervisor  —',
      '',
    ])
    expect(listed.stdout).not.toMatch(/\$2[ab]\$/)
  })

  it('refuses bad input with a reason and changes nothing', async () => {
    const state = await stateFolder()
    expect((await users(state, 'add', 'alice', '--tenant', 'acme', '--role', 'agent', '--extension', '100')).code).toBe(
      0,
    )
    const before = await readFile(join(state, 'users.json'), 'utf8')
    const refusals: Array<[string[], RegExp]> = [
      [['add', 'carol', '--tenant', 'Acme!', '--role', 'supervisor'], /Not a tenant id: "Acme!"/],
      [['add', 'carol', '--tenant', 'acme', '--role', 'agent'], /needs --extension <ext> for an agent/],
      [['add', 'carol', '--tenant', 'acme', '--role', 'agent', '--extension', '1 00'], /Not an extension: "1 00"/],
      [['add', 'carol', '--tenant', 'acme', '--role', 'supervisor', '--extension', '1'], /no --extension/],
      [['add', 'carol', '--tenant', 'acme', '--role', 'admin'], /--role is agent or supervisor, not admin/],
      [['add', 'carol', '--role', 'supervisor'], /needs --tenant <id>/],
      [['add', 'alice', '--tenant', 'acme', '--role', 'supervisor'], /already a user alice/],
      [['add', RELAY_USER, '--tenant', 'acme', '--role', 'supervisor'], /the relay's own user/],
      [['add', 'a"b', '--tenant', 'acme', '--role', 'supervisor'], /Not a user name: "a\\"b"/],
      [['add', 'carol', '--tenant', 'acme', '--role', 'supervisor', '--url', 'http://x:4222'], /nats:\/\/host:port/],
      [['remove', 'nobody'], /There is no user nobody/],
      [['password', 'nobody'], /There is no user nobody/],
    ]
    for (const [args, reason] of refusals) {
      const result = await users(state, ...args)
      expect(result.code, args.join(' ')).toBe(1)
      expect(result.stderr).toMatch(reason)
      expect(result.password).toBeNull()
    }
    expect((await users(state, 'add', 'carol', '--tenant', 'acme', '--bogus')).code).toBe(2)
    expect((await users(state, 'frobnicate')).code).toBe(2)
    expect(await readFile(join(state, 'users.json'), 'utf8')).toBe(before)
  })

  it('says how to reload when no nats-server of this relay is running', async () => {
    const state = await stateFolder()
    const added = await users(state, 'add', 'bob', '--tenant', 'acme', '--role', 'supervisor')
    expect(added.stdout).toContain('no nats-server started by this relay is running')
    expect(added.stdout).toContain('nats-server --signal reload')
  })
})

describe.skipIf(natsServerMissing)('the desk users command with the relay’s running nats-server', () => {
  it('adds, changes the password of and removes users in a running server by reloading it, without a restart', async () => {
    const state = await stateFolder()
    const alice = await users(state, 'add', 'alice', '--tenant', 'acme', '--role', 'agent', '--extension', '100')
    // The trial server of this relay: its folder in the state folder, including the rendered users.
    const server = await startNatsServer({ dir: join(state, 'nats'), authorizationPath: authorizationPath(state) })
    servers.push(server)
    const pid = server.pid

    const first = await connectDesk(server.url, 'alice', alice.password ?? '')
    await first.nc.close()
    // The relay connects with the password it keeps, and may open its tenant's bucket.
    const relayPassword = (await relaySecretInFile(state).read()) ?? ''
    const relay = await connect({ servers: server.url, user: RELAY_USER, pass: relayPassword })
    await relay.jetstream().views.kv(bucketName('acme'), { history: 1, allow_direct: true })
    await relay.close()

    const bob = await users(state, 'add', 'bob', '--tenant', 'acme', '--role', 'supervisor')
    expect(bob.stdout).toContain(`nats-server (pid ${pid}) is reloading it`)
    await vi.waitFor(async () => (await connectDesk(server.url, 'bob', bob.password ?? '')).nc.close(), {
      timeout: 5000,
    })

    const renewed = await users(state, 'password', 'alice')
    expect(renewed.code).toBe(0)
    await vi.waitFor(
      () =>
        expect(connectDesk(server.url, 'alice', alice.password ?? '')).rejects.toMatchObject({
          code: 'AUTHORIZATION_VIOLATION',
        }),
      { timeout: 5000 },
    )
    await (await connectDesk(server.url, 'alice', renewed.password ?? '')).nc.close()

    expect((await users(state, 'remove', 'alice')).code).toBe(0)
    await vi.waitFor(
      () =>
        expect(connectDesk(server.url, 'alice', renewed.password ?? '')).rejects.toMatchObject({
          code: 'AUTHORIZATION_VIOLATION',
        }),
      { timeout: 5000 },
    )
    expect(server.pid).toBe(pid)
    await (await connectDesk(server.url, 'bob', bob.password ?? '')).nc.close()
  })
})
