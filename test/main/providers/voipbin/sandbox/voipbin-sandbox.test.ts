import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'

import { createVoipbinApp, type VoipbinAuthMode } from '../../../../../src/main/providers/voipbin/sandbox/voipbin-app'
import { mintVoipbinLoginToken } from '../../../../../src/main/providers/voipbin/sandbox/voipbin-tokens'
import { serveProviderApp, type ServedApp } from '../../../../../src/main/sandbox/sandbox-http'

const open: ServedApp[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((served) => served.close()))
})

const ACCESS_KEY = 'vb_accesskey_sandbox_test'
const SIGNING_KEY = 'vb_signing_key_sandbox_test'

async function serve(auth: VoipbinAuthMode, now?: () => number) {
  const app = createVoipbinApp({
    seed: 5,
    accessKey: ACCESS_KEY,
    auth,
    signingKey: SIGNING_KEY,
    ...(now ? { now } : {}),
  })
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

describe('the VoIPbin sandbox honours a login token’s exp', () => {
  it('refuses a token past its exp with 401 UNAUTHENTICATED, on REST and on the push upgrade', async () => {
    let at = Date.parse('2026-12-01T09:00:00Z')
    const { app, served, get } = await serve('bearer', () => at)
    const token = app.loginToken('agent')
    const bearer = { authorization: `Bearer ${token}` }
    expect(await get('/agents?page_size=1', bearer)).toBe(200)
    at += 7 * 86_400_000 + 1_000
    const answer = await fetch(`${served.origin}/v1.0/agents?page_size=1`, { headers: bearer })
    expect(answer.status).toBe(401)
    expect(await answer.json()).toMatchObject({
      error: { status: 'UNAUTHENTICATED', message: 'The token has expired' },
    })
    expect(await upgrades(served.origin, '/v1.0/ws', bearer)).toBe(false)
    // The access key has no exp: it still works.
    expect(await get('/agents?page_size=1', { authorization: `Bearer ${ACCESS_KEY}` })).toBe(200)
  })

  it('refuses an expired token in the document’s places too, and takes a token with no exp at all', async () => {
    const at = Date.parse('2026-12-01T09:00:00Z')
    const { app, get } = await serve('document', () => at)
    const expired = mintVoipbinLoginToken(SIGNING_KEY, 'customer', app.customerId, at - 3_600_000, 60)
    expect(await get(`/agents?page_size=1&token=${expired}`)).toBe(401)
    expect(await get('/agents?page_size=1', { cookie: `token=${expired}` })).toBe(401)
    const timeless = mintVoipbinLoginToken(SIGNING_KEY, 'agent', app.customerId, at - 3_600_000, null)
    expect(await get('/agents?page_size=1', { cookie: `token=${timeless}` })).toBe(200)
  })
})

describe('the VoIPbin sandbox is no more lenient than the document', () => {
  const send = async (origin: string, method: string, path: string, body: unknown) => {
    const answer = await fetch(`${origin}/v1.0${path}`, {
      method,
      headers: { cookie: `token=${ACCESS_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: answer.status, json: (await answer.json()) as { error?: Record<string, unknown> } }
  }
  const invalid = (message: string) => ({
    status: 400,
    json: { error: { status: 'INVALID_ARGUMENT', reason: 'invalid_argument', message } },
  })

  it('answers only under the /v1.0 prefix every documented URL carries', async () => {
    const { served } = await serve('document')
    const bare = await fetch(`${served.origin}/agents?page_size=1`, { headers: { cookie: `token=${ACCESS_KEY}` } })
    expect(bare.status).toBe(404)
    expect(await bare.json()).toMatchObject({ error: { status: 'NOT_FOUND' } })
    const prefixed = await fetch(`${served.origin}/v1.0/agents?page_size=1`, {
      headers: { cookie: `token=${ACCESS_KEY}` },
    })
    expect(prefixed.status).toBe(200)
  })

  it('answers DELETE /agents/{id} with 404 like any route the document does not show, and deletes nothing', async () => {
    const { app, served } = await serve('document')
    const id = app.agentIds()[0] ?? ''
    const answer = await fetch(`${served.origin}/v1.0/agents/${id}`, {
      method: 'DELETE',
      headers: { cookie: `token=${ACCESS_KEY}` },
    })
    expect(answer.status).toBe(404)
    expect(await answer.json()).toMatchObject({ error: { status: 'NOT_FOUND' } })
    expect(app.agentIds()).toContain(id)
  })

  it('refuses a create body with addresses, or any key the document’s create body lacks, naming the key', async () => {
    const { app, served } = await serve('document')
    const base = { username: 'strict1', password: 'pw' }
    expect(
      await send(served.origin, 'POST', '/agents', { ...base, addresses: [{ type: 'tel', target: '+15559876543' }] }),
    ).toMatchObject(invalid('body: unknown key "addresses"'))
    expect(await send(served.origin, 'POST', '/agents', { ...base, customer_id: 'x', email: 'a@b.c' })).toMatchObject(
      invalid('body: unknown keys "customer_id", "email"'),
    )
    expect(app.agents().some((agent) => agent.username === 'strict1')).toBe(false)
    const documented = {
      ...base,
      name: 'test tag',
      detail: 'test tag example',
      ring_method: 'ringall',
      permission: 0,
      tag_ids: ['d7450dda-21e0-4611-b09a-8d771c50a5e6'],
    }
    expect((await send(served.origin, 'POST', '/agents', documented)).status).toBe(200)
  })

  it('refuses unknown keys in the status and addresses bodies, and takes every documented address field', async () => {
    const { app, served } = await serve('document')
    const id = app.agentIds()[0] ?? ''
    expect(await send(served.origin, 'PUT', `/agents/${id}/status`, { status: 'away', reason: 'lunch' })).toMatchObject(
      invalid('body: unknown key "reason"'),
    )
    expect(await send(served.origin, 'PUT', `/agents/${id}/addresses`, { addresses: [], replace: true })).toMatchObject(
      invalid('body: unknown key "replace"'),
    )
    expect(
      await send(served.origin, 'PUT', `/agents/${id}/addresses`, {
        addresses: [{ type: 'tel', target: '+15559876543', primary: true }],
      }),
    ).toMatchObject(invalid('addresses.0: unknown key "primary"'))
    const full = { type: 'tel', target: '+15559876543', target_name: 'Desk', name: 'Office', detail: 'Main line' }
    expect((await send(served.origin, 'PUT', `/agents/${id}/addresses`, { addresses: [full] })).status).toBe(200)
    expect(app.agents().find((agent) => agent.id === id)?.addresses).toEqual([full])
    expect((await send(served.origin, 'PUT', `/agents/${id}/status`, { status: 'away' })).status).toBe(200)
  })
})
