import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { systemClock } from '../../../../src/main/core/clock'
import { createPoolRegistry, type PoolRegistry } from '../../../../src/main/providers/http/pool-registry'
import {
  createVoipbinApp,
  type VoipbinApp,
  type VoipbinAuthMode,
} from '../../../../src/main/providers/voipbin/sandbox/voipbin-app'
import { createVoipbinClient } from '../../../../src/main/providers/voipbin/voipbin-client'
import { directSipUri } from '../../../../src/main/providers/voipbin/voipbin-mapping'
import { openVoipbinPush, type VoipbinPush } from '../../../../src/main/providers/voipbin/voipbin-push'
import { serveProviderApp, type ServedApp } from '../../../../src/main/sandbox/sandbox-http'
import type { VoipbinAgent } from '../../../../src/shared/domain/voipbin'
import { quickRetry, rejection } from '../../../helpers/sandbox-fixture'
import { virtualHttpClock } from '../../../helpers/virtual-http-clock'

const ACCESS_KEY = 'vb_accesskey_contract_0123456789'

async function until(condition: () => boolean, what: string) {
  for (let i = 0; i < 300; i += 1) {
    if (condition()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`timed out waiting for ${what}`)
}

// The document shows the token as `?token=` and `Cookie: token=`; the current public docs as
// `Authorization: Bearer`. A server may read only one of them: the client must reach both.
describe.each<VoipbinAuthMode>(['document', 'bearer'])('VoIPbin client against the sandbox (%s auth)', (mode) => {
  let app: VoipbinApp
  let served: ServedApp
  const pools: PoolRegistry[] = []
  const pushes: VoipbinPush[] = []
  beforeAll(async () => {
    app = createVoipbinApp({ seed: 20261124, accessKey: ACCESS_KEY, auth: mode })
    served = await serveProviderApp(app)
  })
  afterEach(() => {
    for (const push of pushes.splice(0)) push.close()
  })
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.close()))
    await served.close()
  })

  const client = (token?: string) => {
    const registry = createPoolRegistry({ connectTimeoutMs: 2_000, connectionsPerOrigin: 2, keepAliveMs: 5_000 })
    pools.push(registry)
    return createVoipbinClient({
      baseUrl: `${served.origin}/v1.0`,
      pools: registry,
      clock: virtualHttpClock(Date.now()),
      retry: quickRetry,
      secret: async () => token ?? app.loginToken('agent'),
    })
  }

  it('sends the token as a Bearer header and as the token cookie, never in the URL', async () => {
    served.clearRequests()
    const token = app.loginToken('agent')
    await client(token).listAgents({}, 1)
    const [request] = served.requests
    expect(request?.outcome).toBe(200)
    expect(request?.query).not.toContain('token')
    expect(request?.headers.authorization).toBe(`Bearer ${token}`)
    expect(request?.headers.cookie).toBe(`token=${token}`)
  })

  it('is let in with a login token of either shape and with an access key', async () => {
    for (const token of [app.loginToken('agent'), app.loginToken('customer'), ACCESS_KEY]) {
      expect((await client(token).listAgents({}, 1)).agents).toHaveLength(1)
    }
  })

  it('says a token is refused, without repeating it, and refuses one it cannot send', async () => {
    const forged = `${app.loginToken('agent').slice(0, -6)}AAAAAA`
    const refused = await rejection(client(forged).listAgents())
    expect(refused).toMatchObject({ kind: 'auth', code: 'UNAUTHENTICATED', status: 401 })
    expect(refused.message).not.toContain(forged)
    served.clearRequests()
    const spaced = 'vb token; with=spaces'
    const unsendable = await rejection(client(spaced).listAgents())
    expect(unsendable).toMatchObject({ kind: 'auth' })
    expect(unsendable.message).toMatch(/characters a token cannot have/)
    expect(unsendable.message).not.toContain(spaced)
    expect(served.requests).toHaveLength(0)
  })

  it('pages with page_token until it is empty', async () => {
    const ids: string[] = []
    for await (const page of client().allAgents({}, 7)) ids.push(...page.map((agent) => agent.id))
    expect(ids).toHaveLength(30)
    expect(new Set(ids).size).toBe(30)
  })

  it('reads agents with exactly the document fields: no customer id among them', async () => {
    const [agent] = (await client().listAgents({}, 1)).agents
    expect(agent?.customerId).toBeNull()
    const body = await (
      await fetch(`${served.origin}/v1.0/agents?page_size=1`, {
        headers: mode === 'bearer' ? { authorization: `Bearer ${ACCESS_KEY}` } : { cookie: `token=${ACCESS_KEY}` },
      })
    ).json()
    expect(Object.keys((body as { result: object[] }).result[0] ?? {})).not.toContain('customer_id')
  })

  it('creates an agent that starts offline and never returns the password', async () => {
    const created = await client().createAgent({
      username: 'nguyen.an.test',
      password: 'p@ss-write-only',
      name: 'Nguyễn An',
    })
    expect(created).toMatchObject({ username: 'nguyen.an.test', status: 'offline', name: 'Nguyễn An' })
    expect(JSON.stringify(created)).not.toContain('p@ss-write-only')
    expect(JSON.stringify(await client().getAgent(created.id))).not.toContain('p@ss-write-only')
    expect(await rejection(client().createAgent({ username: 'nguyen.an.test', password: 'x' }))).toMatchObject({
      kind: 'conflict',
      code: 'ALREADY_EXISTS',
    })
  })

  it('sets status, replaces all addresses and regenerates the direct hash', async () => {
    const agent = (await client().listAgents({}, 1)).agents[0]
    const id = agent?.id ?? ''
    expect((await client().setStatus(id, 'available'))?.status).toBe('available')
    const replaced = await client().replaceAddresses(id, [
      { type: 'tel', target: '+84901234567' },
      { type: 'extension', target: '2001' },
      { type: 'sip', target: 'lan.tran@sip.voipbin.net' },
    ])
    expect(replaced?.addresses.map((address) => address.target)).toEqual([
      '+84901234567',
      '2001',
      'lan.tran@sip.voipbin.net',
    ])
    const once = await client().regenerateDirectHash(id)
    const twice = await client().regenerateDirectHash(id)
    expect(once.directHash).toMatch(/^direct\.[0-9a-f]{12}$/)
    expect(twice.directHash).not.toBe(once.directHash)
    expect(directSipUri(twice.directHash ?? '')).toBe(`sip:${twice.directHash}@sip.voipbin.net`)
    expect(directSipUri('e9f0a1b2c3d4')).toBe('sip:direct.e9f0a1b2c3d4@sip.voipbin.net')
  })

  it('names the address that is invalid', async () => {
    const id = (await client().listAgents({}, 1)).agents[0]?.id ?? ''
    const error = await rejection(
      client().replaceAddresses(id, [
        { type: 'tel', target: '+84901234567' },
        { type: 'tel', target: '0901234567' },
      ]),
    )
    expect(error).toMatchObject({ kind: 'invalid_input', status: 400, code: 'INVALID_ARGUMENT' })
    expect(error.message).toContain('addresses.1.target: tel target must be E.164')
  })

  it('maps 401 and 404 with the request id', async () => {
    expect(await rejection(client('vb_wrong_token_x').listAgents())).toMatchObject({
      kind: 'auth',
      code: 'UNAUTHENTICATED',
    })
    const missing = await rejection(client().getAgent('00000000-0000-4000-8000-000000000000'))
    expect(missing).toMatchObject({ kind: 'not_found', code: 'NOT_FOUND' })
    expect(missing.requestId).toMatch(/^req-/)
  })

  it('creates with the documented body, then saves the addresses with their own documented call', async () => {
    served.clearRequests()
    const created = await client().createAgent({
      username: 'with.addresses',
      password: 'x1',
      addresses: [{ type: 'extension', target: '3002' }],
    })
    expect(created.addresses).toEqual([{ type: 'extension', target: '3002' }])
    const sent = served.requests.map((request) => `${request.method} ${request.path}`)
    expect(sent).toEqual(['POST /v1.0/agents', `PUT /v1.0/agents/${created.id}/addresses`])
    expect(JSON.parse(served.requests[0]?.body ?? '{}')).not.toHaveProperty('addresses')
  })

  it('says the agent exists when its addresses could not be saved', async () => {
    const error = await rejection(
      client().createAgent({ username: 'bad.address', password: 'x1', addresses: [{ type: 'tel', target: '0901' }] }),
    )
    expect(error.message).toMatch(/^VoIPbin created bad\.address, but did not save the addresses: .*Add them/)
  })

  it('opens push with the token in the upgrade headers and hears each payload shape', async () => {
    const agents: VoipbinAgent[] = []
    const states: string[] = []
    pushes.push(
      openVoipbinPush({
        baseUrl: `${served.origin}/v1.0`,
        secret: async () => app.loginToken('customer'),
        customerId: app.customerId,
        clock: systemClock,
        onAgent: (agent) => void agents.push(agent),
        onState: (state) => void states.push(state),
      }),
    )
    await until(() => states.at(-1) === 'connected', 'the connection')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const [first, second, third] = app.agentIds()
    // The sandbox sends wrapped {type, data}, bare with a type and bare without one, in turn.
    app.setAgentStatus(first ?? '', 'ringing')
    app.setAgentStatus(second ?? '', 'busy')
    app.setAgentStatus(third ?? '', 'away')
    await until(() => agents.length === 3, 'three pushed updates')
    expect(agents.map((agent) => [agent.id, agent.status])).toEqual([
      [first, 'ringing'],
      [second, 'busy'],
      [third, 'away'],
    ])
  })
})

describe('VoIPbin rate limits', () => {
  let served: ServedApp | undefined
  afterEach(async () => {
    await served?.close()
  })

  it('waits out 429s with and without Retry-After', async () => {
    let now = 1_800_000_000_000
    served = await serveProviderApp(
      createVoipbinApp({ seed: 3, accessKey: 'vb_rate', rateLimit: { perSecond: 1, burst: 2 }, now: () => now }),
    )
    const sleeps: number[] = []
    const pools = createPoolRegistry()
    const client = createVoipbinClient({
      baseUrl: `${served.origin}/v1.0`,
      pools,
      secret: async () => 'vb_rate',
      retry: { ...quickRetry, maxAttempts: 4 },
      random: () => 1,
      clock: { now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) },
    })
    for (let i = 0; i < 4; i += 1) await client.listAgents({}, 1)
    expect(served.requests.map((request) => request.outcome)).toEqual([200, 200, 429, 200, 429, 429, 200])
    // The first 429 carried Retry-After (1 s); the second did not, so the client backed off briefly,
    // was refused again (with Retry-After this time) and waited as told.
    expect(sleeps).toEqual([1000, 10, 1000])
    await pools.close()
  })
})
