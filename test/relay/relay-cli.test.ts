import { spawn, spawnSync } from 'node:child_process'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { connect, Empty } from 'nats'
import { describe, expect, it } from 'vitest'

import { relayStatusSchema } from '../../src/main/relay-protocol/relay-entries'
import { directGetSubject, inboxPrefix, statusKey } from '../../src/main/relay-protocol/relay-names'
import { natsServerMissing } from '../helpers/nats-server'
import { eventually } from '../helpers/relay-service'
import { useSandbox } from '../helpers/sandbox-fixture'
import { useTempDirs } from '../helpers/temp-dir'

const tempDir = useTempDirs()
const MAIN = join(process.cwd(), 'src/relay/main.ts')
const TSX = join(process.cwd(), 'node_modules/.bin/tsx')

/** The relay's command line as an admin runs it, with `input` on stdin. */
function relayCli(args: ReadonlyArray<string>, input = '') {
  const run = spawnSync(TSX, [MAIN, ...args], { input, encoding: 'utf8', timeout: 30_000 })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

const config = (baseUrl: string) =>
  JSON.stringify({ tenants: [{ id: 't1', deskFallback: true, tel4vn: { baseUrl, signIn: 'token' } }] })

describe('npm run relay', () => {
  const { sandbox } = useSandbox()

  it('names the field of relay.json that is wrong, without a stack trace', async () => {
    const state = await tempDir()
    await writeFile(
      join(state, 'relay.json'),
      '{"tenants":[{"id":"t1","deskFallback":true,"tel4vn":{"signIn":"token"}}]}',
    )
    const run = relayCli(['run', '--state', state, '--nats', 'nats://127.0.0.1:1'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(`${join(state, 'relay.json')} has a mistake:\n  tenants[0].tel4vn.baseUrl: is missing\n`)
  }, 30_000)

  it('stores a key read from stdin in a 0600 file, never echoing it, and asks for the keys it lacks by command', async () => {
    const state = await tempDir()
    await writeFile(join(state, 'relay.json'), config('https://tel4vn.example'))
    const missing = relayCli(['run', '--state', state, '--credentials', 'file', '--nats', 'nats://127.0.0.1:1'])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('npm run relay -- credentials set t1 tel4vn')

    const set = relayCli(
      ['credentials', 'set', 't1', 'tel4vn', '--state', state, '--credentials', 'file'],
      'tok-cli-secret\n',
    )
    expect(set.status).toBe(0)
    expect(set.stdout).toBe(`Stored the tel4vn key of t1 in ${join(state, 'credentials.json')}.\n`)
    expect(`${set.stdout}${set.stderr}`).not.toContain('tok-cli-secret')
    if (process.platform !== 'win32') expect((await stat(join(state, 'credentials.json'))).mode & 0o777).toBe(0o600)

    const empty = relayCli(['credentials', 'set', 't1', 'tel4vn', '--state', state, '--credentials', 'file'], '\n')
    expect(empty).toMatchObject({ status: 1, stderr: expect.stringContaining('nothing was stored') })
    const wrong = relayCli(['credentials', 'set', 't1', 'voipbin', '--state', state], 'x')
    expect(wrong).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('Not a provider the relay uses: "voipbin"'),
    })
  }, 60_000)

  it.skipIf(natsServerMissing)(
    'runs a trial: starts nats-server, relays the sandbox, and stops both on SIGTERM',
    async () => {
      const state = await tempDir()
      const token = sandbox().credentials.tel4vn.token
      // One command: relay.json written from the flags, the token read from stdin.
      const child = spawn(
        TSX,
        [MAIN, 'trial', '--state', state, '--port', '0', '--credentials', 'file'].concat([
          '--tenant',
          't1',
          '--tel4vn',
          sandbox().baseUrls.tel4vn,
        ]),
        { stdio: ['pipe', 'pipe', 'pipe'] },
      )
      child.stdin.end(token)
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      try {
        const url = await eventually(() => {
          const found = /connect through the team relay at (nats:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
          if (!found) throw new Error(`no URL yet:\n${output}`)
          return found
        }, 20_000)
        // The trial is never open: a desk needs a user, added while it runs (the server reloads).
        const added = relayCli(['users', 'add', 'sup1', '--tenant', 't1', '--role', 'supervisor', '--state', state])
        expect(added).toMatchObject({ status: 0, stdout: expect.stringContaining('User:       sup1') })
        const pass = /Password: +(\S+)/.exec(added.stdout)?.[1] ?? ''
        await expect(connect({ servers: url })).rejects.toThrow(/Authorization Violation/i)
        const desk = await connect({ servers: url, user: 'sup1', pass, inboxPrefix: inboxPrefix('sup1') })
        try {
          await eventually(async () => {
            const answer = await desk.request(directGetSubject('t1', statusKey('tel4vn')), Empty, { timeout: 2_000 })
            expect(relayStatusSchema.parse(answer.json()).state).toBe('ok')
          }, 10_000)
        } finally {
          await desk.close()
        }
      } finally {
        child.kill('SIGTERM')
      }
      expect(await exited).toBe(0)
      expect(output).not.toContain(token)
      expect(JSON.parse(await readFile(join(state, 'relay.json'), 'utf8'))).toMatchObject({
        tenants: [{ id: 't1', tel4vn: { baseUrl: sandbox().baseUrls.tel4vn, signIn: 'token' } }],
      })
      expect(await readFile(join(state, 'credentials.json'), 'utf8')).toContain(token)
      // Its nats-server went with it.
      const pid = Number(/nats-server \S+, pid (\d+)/.exec(output)?.[1])
      expect(pid).toBeGreaterThan(0)
      expect(() => process.kill(pid, 0)).toThrow()
    },
    60_000,
  )
})
