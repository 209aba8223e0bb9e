import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { connect, StringCodec, type KV, type NatsConnection } from 'nats'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  ALOHUB_AGENTS_KEY,
  alohubAgentsSubject,
  bucketName,
  extensionEventSubject,
  extensionKey,
  statusKey,
  statusSubject,
} from '../../src/main/relay-protocol/relay-names'
import { RELAY_USER } from '../../src/main/relay-protocol/relay-permissions'
import { writeAuthorization } from '../../src/relay/users/authorization-config'
import { hashPassword, type DeskUser, type UsersFile } from '../../src/relay/users/users-store'
import {
  connectDesk,
  directGet,
  expectPublishRefused,
  expectSubscriptionRefused,
  type DeskConnection,
} from '../helpers/nats-desk'
import { natsServerMissing, useNatsServers } from '../helpers/nats-server'

const codec = StringCodec()
const PASSWORD = 'correct horse battery staple'

type Role = { role: 'agent'; extension: string } | { role: 'supervisor' }
const desks: Record<string, { tenant: string } & Role> = {
  'agent-100': { tenant: 't', role: 'agent', extension: '100' },
  'agent-200': { tenant: 't', role: 'agent', extension: '200' },
  'boss-t': { tenant: 't', role: 'supervisor' },
  'agent-t2-100': { tenant: 't2', role: 'agent', extension: '100' },
}

describe.skipIf(natsServerMissing)('who sees what on the relay’s nats-server (rendered authorization)', () => {
  const startServer = useNatsServers()
  let folder = ''
  let authorizationPath = ''
  let url = ''
  let relay: NatsConnection
  const kvs: Record<string, KV> = {}
  const open: DeskConnection[] = []

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'agentdesk-auth-'))
    const hash = await hashPassword(PASSWORD)
    const users = Object.entries(desks).map(([name, desk]): DeskUser => ({ name, passwordHash: hash, ...desk }))
    const file: UsersFile = { version: 1, relay: { name: RELAY_USER, passwordHash: hash }, users }
    authorizationPath = await writeAuthorization(folder, file, ['t', 't2'])
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })
  afterEach(async () => {
    await Promise.all(open.splice(0).map((desk) => desk.nc.close()))
    await relay.close()
  })

  /** A server with the rendered users, and the relay's snapshot of two tenants in it. */
  async function serverWithSnapshot() {
    const server = await startServer({ authorizationPath })
    url = server.url
    relay = await connect({ servers: url, user: RELAY_USER, pass: PASSWORD })
    for (const tenant of ['t', 't2']) {
      // The relay's own permissions must let the client open (create) its buckets and put into them.
      const kv = await relay.jetstream().views.kv(bucketName(tenant), { history: 1, allow_direct: true })
      for (const extension of ['100', '200']) {
        await kv.put(extensionKey('tel4vn', extension), codec.encode(`${tenant}:${extension}`))
      }
      await kv.put(statusKey('tel4vn'), codec.encode(`${tenant}:status`))
      await kv.put(ALOHUB_AGENTS_KEY, codec.encode(`${tenant}:alohub agents`))
      await kv.put(statusKey('alohub'), codec.encode(`${tenant}:alohub status`))
      kvs[tenant] = kv
    }
    return server
  }

  async function desk(name: string, password = PASSWORD): Promise<DeskConnection> {
    const connection = await connectDesk(url, name, password)
    open.push(connection)
    return connection
  }

  it('lets an agent read its own extension and the status, and nothing else of its tenant or another', async () => {
    await serverWithSnapshot()
    const agent = await desk('agent-100')
    expect(codec.decode((await directGet(agent.nc, 't', extensionKey('tel4vn', '100'))).data)).toBe('t:100')
    expect(codec.decode((await directGet(agent.nc, 't', statusKey('tel4vn'))).data)).toBe('t:status')
    await expect(directGet(agent.nc, 't', extensionKey('tel4vn', '200'))).rejects.toMatchObject({
      code: 'PERMISSIONS_VIOLATION',
    })
    await expect(directGet(agent.nc, 't2', extensionKey('tel4vn', '100'))).rejects.toMatchObject({
      code: 'PERMISSIONS_VIOLATION',
    })
  })

  it('lets an agent subscribe to its own events only: not another extension, the tenant, another tenant or another desk’s inbox', async () => {
    await serverWithSnapshot()
    const agent = await desk('agent-100')
    const own = agent.nc.subscribe(extensionEventSubject('t', 'tel4vn', '100'), { max: 1 })
    const status = agent.nc.subscribe(statusSubject('t', 'tel4vn'), { max: 1 })
    await agent.nc.flush()
    relay.publish(extensionEventSubject('t', 'tel4vn', '100'), codec.encode('ring'))
    relay.publish(statusSubject('t', 'tel4vn'), codec.encode('ok'))
    for await (const message of own) expect(codec.decode(message.data)).toBe('ring')
    for await (const message of status) expect(codec.decode(message.data)).toBe('ok')

    await expectSubscriptionRefused(agent, extensionEventSubject('t', 'tel4vn', '200'))
    await expectSubscriptionRefused(agent, 'agentdesk.t.>')
    await expectSubscriptionRefused(agent, 'agentdesk.t2.tel4vn.ext.100')
    await expectSubscriptionRefused(agent, '_INBOX_agent-200.>')
    await expectSubscriptionRefused(agent, '_INBOX.>')
    await expectSubscriptionRefused(agent, '>')
    expect(agent.nc.isClosed()).toBe(false)
  })

  it('refuses every publish of a desk but its direct gets: no event, no put into a bucket', async () => {
    await serverWithSnapshot()
    for (const name of ['agent-100', 'boss-t']) {
      const connection = await desk(name)
      await expectPublishRefused(connection, extensionEventSubject('t', 'tel4vn', '100'), codec.encode('fake ring'))
      await expectPublishRefused(connection, statusSubject('t', 'tel4vn'), codec.encode('fake'))
      await expectPublishRefused(
        connection,
        `$KV.${bucketName('t')}.${extensionKey('tel4vn', '100')}`,
        codec.encode('x'),
      )
      await expectPublishRefused(connection, '$JS.API.INFO', codec.encode(''))
      await expect(connection.nc.jetstream().views.kv(bucketName('t'))).rejects.toThrow(/Permissions Violation/)
    }
    // The relay's value is untouched, and the relay itself may still put.
    expect(codec.decode((await kvs.t?.get(extensionKey('tel4vn', '100')))?.value ?? new Uint8Array())).toBe('t:100')
    await kvs.t?.put(extensionKey('tel4vn', '100'), codec.encode('t:100 again'))
    const agent = await desk('agent-100')
    expect(codec.decode((await directGet(agent.nc, 't', extensionKey('tel4vn', '100'))).data)).toBe('t:100 again')
  })

  it('lets a supervisor read and follow every extension of its tenant, and nothing of another tenant', async () => {
    await serverWithSnapshot()
    const boss = await desk('boss-t')
    for (const extension of ['100', '200']) {
      expect(codec.decode((await directGet(boss.nc, 't', extensionKey('tel4vn', extension))).data)).toBe(
        `t:${extension}`,
      )
    }
    const everything = boss.nc.subscribe('agentdesk.t.>', { max: 2 })
    await boss.nc.flush()
    relay.publish(extensionEventSubject('t', 'tel4vn', '200'), codec.encode('ring 200'))
    relay.publish(extensionEventSubject('t2', 'tel4vn', '100'), codec.encode('other tenant'))
    relay.publish(statusSubject('t', 'tel4vn'), codec.encode('ok'))
    const seen: string[] = []
    for await (const message of everything) seen.push(codec.decode(message.data))
    expect(seen).toEqual(['ring 200', 'ok'])

    await expect(directGet(boss.nc, 't2', extensionKey('tel4vn', '100'))).rejects.toMatchObject({
      code: 'PERMISSIONS_VIOLATION',
    })
    await expectSubscriptionRefused(boss, 'agentdesk.t2.>')
    await expectSubscriptionRefused(boss, '_INBOX_agent-100.>')
  })

  it("gives an agent nothing of AloHub (the tenant's agents, their status), and a supervisor all of it", async () => {
    await serverWithSnapshot()
    const agent = await desk('agent-100')
    for (const key of [ALOHUB_AGENTS_KEY, statusKey('alohub')]) {
      await expect(directGet(agent.nc, 't', key)).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' })
    }
    await expectSubscriptionRefused(agent, alohubAgentsSubject('t'))
    await expectSubscriptionRefused(agent, statusSubject('t', 'alohub'))

    const boss = await desk('boss-t')
    expect(codec.decode((await directGet(boss.nc, 't', ALOHUB_AGENTS_KEY)).data)).toBe('t:alohub agents')
    expect(codec.decode((await directGet(boss.nc, 't', statusKey('alohub'))).data)).toBe('t:alohub status')
    const agents = boss.nc.subscribe(alohubAgentsSubject('t'), { max: 1 })
    await boss.nc.flush()
    relay.publish(alohubAgentsSubject('t'), codec.encode('agents changed'))
    for await (const message of agents) expect(codec.decode(message.data)).toBe('agents changed')
    await expect(directGet(boss.nc, 't2', ALOHUB_AGENTS_KEY)).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' })
  })

  it('refuses a wrong password and an unknown user', async () => {
    await serverWithSnapshot()
    await expect(connectDesk(url, 'agent-100', 'not the password')).rejects.toMatchObject({
      code: 'AUTHORIZATION_VIOLATION',
    })
    await expect(connectDesk(url, 'nobody', PASSWORD)).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' })
  })
})
