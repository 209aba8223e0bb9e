import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'

import { serveProviderApp, type ServedApp } from '../../../src/main/sandbox/sandbox-http'
import { createVoipbinApp, type VoipbinAuthMode } from '../../../src/main/sandbox/voipbin/voipbin-app'
import { mintVoipbinLoginToken } from '../../../src/main/sandbox/voipbin/voipbin-tokens'

const open: ServedApp[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((served) => served.close()))
})

const ACCESS_KEY = 'vb_accesskey_sandbox_test'

async function serve(auth: VoipbinAuthMode) {
  const app = createVoipbinApp({ seed: 5, accessKey: ACCESS_KEY, auth })
  const served = await serveProviderApp(app)
  open.push(served)
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${served.origin}/v1.0${path}`, { headers }).then((answer) => answer.status)
  return { app, served, get }
}

/** Whether a WebSocket upgrade with these headers (and path) is accepted. */
async function upgrades(origin: string, path: string, headers: Record<string, string>): Promise<boolean> {
  const socket = new WebSocket(`${origin.replace('http', 'ws')}${path}`, { headers })
  const accepted = await new Promise<boolean>((resolve) => {
    socket.once('open', () => resolve(true))
    socket.once('error', () => resolve(false))
  })
  socket.terminate()
  return accepted
}

describe('the VoIPbin sandbox reads the token only where its mode says', () => {
  it('document: ?token= or the token cookie, not a Bearer header', async () => {
    const { app, served, get } = await serve('document')
    const token = app.loginToken('agent')
    expect(await get(`/agents?page_size=1&token=${token}`)).toBe(200)
    expect(await get('/agents?page_size=1', { cookie: `lang=vi; token=${token}` })).toBe(200)
    expect(await get('/agents?page_size=1', { authorization: `Bearer ${token}` })).toBe(401)
    expect(await get('/agents?page_size=1')).toBe(401)
    expect(await upgrades(served.origin, '/v1.0/ws', { cookie: `token=${token}` })).toBe(true)
    expect(await upgrades(served.origin, `/v1.0/ws?token=${token}`, {})).toBe(true)
    expect(await upgrades(served.origin, '/v1.0/ws', { authorization: `Bearer ${token}` })).toBe(false)
  })

  it('bearer: only the Authorization header', async () => {
    const { app, served, get } = await serve('bearer')
    const token = app.loginToken('customer')
    expect(await get('/agents?page_size=1', { authorization: `Bearer ${token}` })).toBe(200)
    expect(await get(`/agents?page_size=1&token=${token}`)).toBe(401)
    expect(await get('/agents?page_size=1', { cookie: `token=${token}` })).toBe(401)
    expect(await upgrades(served.origin, '/v1.0/ws', { authorization: `Bearer ${token}` })).toBe(true)
    expect(await upgrades(served.origin, '/v1.0/ws', { cookie: `token=${token}` })).toBe(false)
  })

  it('takes its login tokens of either shape and its access key, and nothing signed elsewhere', async () => {
    const { app, get } = await serve('bearer')
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
    expect(await get('/agents?page_size=1', bearer(app.loginToken('agent')))).toBe(200)
    expect(await get('/agents?page_size=1', bearer(app.loginToken('customer')))).toBe(200)
    expect(await get('/agents?page_size=1', bearer(ACCESS_KEY))).toBe(200)
    const otherKey = mintVoipbinLoginToken('another-signing-key', 'agent', app.customerId, Date.now())
    expect(await get('/agents?page_size=1', bearer(otherKey))).toBe(401)
    const [header, , signature] = app.loginToken('agent').split('.')
    const payload = Buffer.from(JSON.stringify({ agent: { customer_id: 'someone-else' } })).toString('base64url')
    expect(await get('/agents?page_size=1', bearer(`${header}.${payload}.${signature}`))).toBe(401)
  })

  it('names the customer in its login tokens, older and newer shape', async () => {
    const { app } = await serve('document')
    const claims = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>
    const older = claims(app.loginToken('customer'))
    expect(typeof older.customer).toBe('string')
    expect(JSON.parse(String(older.customer))).toMatchObject({ id: app.customerId })
    expect(claims(app.loginToken('agent')).agent).toMatchObject({ customer_id: app.customerId })
  })
})

describe('the VoIPbin sandbox agents', () => {
  it('carry exactly the document fields: no customer_id, direct_hash only once there is one', async () => {
    const { served } = await serve('document')
    const answer = (await (
      await fetch(`${served.origin}/v1.0/agents?page_size=30`, { headers: { cookie: `token=${ACCESS_KEY}` } })
    ).json()) as { result: Array<Record<string, unknown>> }
    const documented = [
      'id',
      'username',
      'name',
      'detail',
      'ring_method',
      'status',
      'permission',
      'tag_ids',
      'addresses',
      'direct_hash',
      'tm_create',
      'tm_update',
      'tm_delete',
    ]
    for (const agent of answer.result) {
      expect(Object.keys(agent).filter((key) => !documented.includes(key))).toEqual([])
      expect(agent).not.toHaveProperty('customer_id')
      expect(agent).not.toHaveProperty('password')
      if ('direct_hash' in agent) expect(agent.direct_hash).toMatch(/^direct\.[0-9a-f]{12}$/)
    }
    expect(answer.result.some((agent) => 'direct_hash' in agent)).toBe(true)
    expect(answer.result.some((agent) => !('direct_hash' in agent))).toBe(true)
  })
})
