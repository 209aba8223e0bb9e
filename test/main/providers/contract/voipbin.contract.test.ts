import { afterEach, describe, expect, it } from 'vitest'

import { createPoolRegistry } from '../../../../src/main/providers/http/pool-registry'
import { createVoipbinClient } from '../../../../src/main/providers/voipbin/voipbin-client'
import { directSipUri } from '../../../../src/main/providers/voipbin/voipbin-mapping'
import { serveProviderApp, type ServedApp } from '../../../../src/main/sandbox/sandbox-http'
import { createVoipbinApp } from '../../../../src/main/sandbox/voipbin/voipbin-app'
import { quickRetry, rejection, useSandbox } from '../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()

const client = (token?: string) =>
  createVoipbinClient({
    ...clientOptions(),
    baseUrl: sandbox().baseUrls.voipbin,
    secret: async () => token ?? sandbox().credentials.voipbin.token,
  })

describe('VoIPbin client against the sandbox', () => {
  it('sends the token in a header, never in the URL', async () => {
    sandbox().served.voipbin.clearRequests()
    await client().listAgents({}, 1)
    const [request] = sandbox().served.voipbin.requests
    expect(request?.query).not.toContain('token')
    expect(request?.headers.authorization).toBe(`Bearer ${sandbox().credentials.voipbin.token}`)
  })

  it('pages with page_token until it is empty', async () => {
    const ids: string[] = []
    for await (const page of client().allAgents({}, 7)) ids.push(...page.map((agent) => agent.id))
    expect(ids).toHaveLength(30)
    expect(new Set(ids).size).toBe(30)
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

  it('deletes an agent', async () => {
    const created = await client().createAgent({ username: 'to.delete', password: 'x1' })
    await client().deleteAgent(created.id)
    expect(await rejection(client().getAgent(created.id))).toMatchObject({ kind: 'not_found' })
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
