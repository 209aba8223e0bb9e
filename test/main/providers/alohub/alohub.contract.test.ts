import { afterEach, describe, expect, it } from 'vitest'

import { alohubProvider } from '../../../../src/main/providers/alohub'
import { createAlohubClient } from '../../../../src/main/providers/alohub/alohub-client'
import { createAlohubApp } from '../../../../src/main/providers/alohub/sandbox/alohub-app'
import { createPoolRegistry } from '../../../../src/main/providers/http/pool-registry'
import { serveProviderApp, type ServedApp } from '../../../../src/main/sandbox/sandbox-http'
import { quickRetry, rejection, useSandbox } from '../../../helpers/sandbox-fixture'
import { virtualHttpClock } from '../../../helpers/virtual-http-clock'

const { sandbox, clientOptions } = useSandbox()

function client(overrides: { apiKey?: string; tenantId?: string } = {}) {
  const { alohub } = sandbox().credentials
  return createAlohubClient({
    ...clientOptions(),
    baseUrl: sandbox().baseUrls.alohub,
    secret: async () => overrides.apiKey ?? alohub.apiKey,
    tenantId: overrides.tenantId ?? String(alohub.tenantId),
  })
}

describe('AloHub client against the sandbox', () => {
  afterEach(() => {
    sandbox().served.alohub.faults.clear()
  })

  it('lists agents with their documented JSON types, pages and totalRecord', async () => {
    const page = await client().listAgents({}, 0, 5)
    expect(page.total).toBe(120)
    expect(page.agents).toHaveLength(5)
    const first = page.agents[0]
    expect(first?.agentId).toBe('082018')
    expect(typeof first?.agentId).toBe('string')
    expect(first?.tenantId).toBe('20260310')
    const second = await client().listAgents({}, 1, 5)
    expect(second.agents[0]?.agentId).toBe('082023')
  })

  it('reads several callin queues from a comma-separated list, and "-" as none', async () => {
    const agents = (await client().listAgents({}, 0, 120)).agents
    expect(agents.some((agent) => agent.callinQueueIds.length > 1)).toBe(true)
    const none = agents.find((agent) => agent.callinQueueIds.length === 0)
    expect(none?.callinQueueLabel).toBeNull()
  })

  it('filters by status and queue', async () => {
    const queue = sandbox().apps.alohub.queues()[0]
    if (!queue) throw new Error('seed changed: no queue')
    const inQueue = await client().listAgents({ queueId: queue.id, active: true }, 0, 500)
    expect(inQueue.agents.length).toBeGreaterThan(0)
    expect(inQueue.agents.every((agent) => agent.active && agent.callinQueueIds.includes(queue.id))).toBe(true)
    expect(inQueue.total).toBe(inQueue.agents.length)
  })

  it('walks every page with allAgents', async () => {
    const seen: string[] = []
    for await (const page of client().allAgents({}, 50)) seen.push(...page.agents.map((agent) => agent.agentId))
    expect(seen).toHaveLength(120)
    expect(new Set(seen).size).toBe(120)
  })

  it('replaces the whole callin list, as documented', async () => {
    const [agent] = (await client().listAgents({}, 0, 1)).agents
    const [a, b] = sandbox().apps.alohub.queues()
    await client().replaceCallinQueues(agent?.agentId ?? '', [a?.id ?? 0, b?.id ?? 0], 2)
    await client().replaceCallinQueues(agent?.agentId ?? '', [b?.id ?? 0])
    const after = (await client().listAgents({}, 0, 1)).agents[0]
    expect(after?.callinQueueIds).toEqual([b?.id])
    expect(after?.priority).toBe('2')
  })

  it('sets the callout queue and recording', async () => {
    const callout = sandbox()
      .apps.alohub.queues()
      .find((queue) => queue.kind === 'callout' && queue.name === 'Collections')
    expect(await client().setCalloutQueue('082019', callout?.id ?? 0)).toBe('Agent queues updated successfully')
    expect((await client().listAgents({}, 0, 2)).agents[1]?.calloutQueueName).toBe('Collections')
    expect(await client().setRecording('082019', true)).toBe('Recording enabled for agent 082019')
  })

  it('maps 400 INVALID_INPUT with the field', async () => {
    const error = await rejection(client().replaceCallinQueues('082018', [999]))
    expect(error).toMatchObject({ kind: 'invalid_input', status: 400, code: 'INVALID_INPUT' })
    expect(error.message).toMatch(/queue_ids: unknown callin queue 999/)
  })

  it('maps 401 UNAUTHORIZED without leaking the key', async () => {
    const error = await rejection(client({ apiKey: 'sk_wrong_key_1234' }).listAgents())
    expect(error).toMatchObject({ kind: 'auth', status: 401, code: 'UNAUTHORIZED' })
    expect(error.message).not.toContain('sk_wrong_key_1234')
  })

  it('maps 403 for a key without scope and for another tenant', async () => {
    const unscoped = await rejection(client({ apiKey: sandbox().credentials.alohub.unscopedKey }).listAgents())
    expect(unscoped).toMatchObject({ kind: 'forbidden', code: 'INSUFFICIENT_SCOPE' })
    const otherTenant = await rejection(client({ tenantId: '1' }).listAgents())
    expect(otherTenant).toMatchObject({ kind: 'forbidden', status: 403 })
  })

  it('sends team_id from the account’s tenant on GET /v1/agents only, as the document’s samples do', async () => {
    const served = sandbox().served.alohub
    const { apiKey, tenantId } = sandbox().credentials.alohub
    const forAccount = (tenant: string | null) => {
      return alohubProvider.createClient(
        { provider: 'alohub', baseUrl: sandbox().baseUrls.alohub, tenantId: tenant },
        { ...clientOptions(), secret: async () => apiKey },
      )
    }

    served.clearRequests()
    const withTenant = forAccount(String(tenantId))
    await withTenant.listAgents({ active: true }, 0, 5)
    await withTenant.setRecording('082018', true)
    const [list, write] = served.requests
    expect(new URLSearchParams(list?.query).get('team_id')).toBe(String(tenantId))
    expect(list?.headers['x-tenant-id']).toBe(String(tenantId))
    // The PUT samples show no team_id: the header alone carries the tenant there.
    expect(write?.method).toBe('PUT')
    expect(write?.query).not.toContain('team_id')
    expect(write?.headers['x-tenant-id']).toBe(String(tenantId))

    served.clearRequests()
    await forAccount(null).listAgents({}, 0, 5)
    const [bare] = served.requests
    expect(bare?.query).not.toContain('team_id')
    expect(bare?.headers['x-tenant-id']).toBeUndefined()
  })

  it('maps 404 NOT_FOUND for an unknown agent', async () => {
    expect(await rejection(client().setRecording('999999', true))).toMatchObject({
      kind: 'not_found',
      code: 'NOT_FOUND',
    })
  })

  it('retries a read through a 500 and a reset, counting the requests', async () => {
    const served = sandbox().served.alohub
    served.clearRequests()
    served.faults.inject({
      kind: 'status',
      status: 500,
      body: '{"success":"0","error_code":"FAIL"}',
      contentType: 'application/json',
    })
    served.faults.inject({ kind: 'reset' })
    const page = await client().listAgents({}, 0, 1)
    expect(page.agents).toHaveLength(1)
    expect(served.requests.map((request) => request.outcome)).toEqual([500, 'reset', 200])
  })

  it('reports a malformed body as bad_response and a hang as a timeout', async () => {
    sandbox().served.alohub.faults.inject({ kind: 'malformed' })
    expect(await rejection(client().setRecording('082018', false))).toMatchObject({ kind: 'bad_response' })
    sandbox().served.alohub.faults.inject({ kind: 'hang' }, 5)
    const hung = createAlohubClient({
      ...clientOptions(),
      retry: { ...quickRetry, maxAttempts: 1 },
      headersTimeoutMs: 200,
      baseUrl: sandbox().baseUrls.alohub,
      secret: async () => sandbox().credentials.alohub.apiKey,
    })
    expect(await rejection(hung.listAgents())).toMatchObject({ kind: 'timeout' })
  })
})

describe('AloHub rate limits', () => {
  let served: ServedApp | undefined
  afterEach(async () => {
    await served?.close()
  })

  it('paces by Retry-After on 429 and keeps the budget the headers announce', async () => {
    let now = 1_800_000_000_000
    const app = createAlohubApp({
      seed: 1,
      apiKey: 'sk_rate',
      tenantId: 7,
      limits: { tenant: 100, route: 2 },
      now: () => now,
    })
    served = await serveProviderApp(app)
    const clock = virtualHttpClock(now)
    const pools = createPoolRegistry()
    const client = createAlohubClient({
      baseUrl: served.origin,
      pools,
      secret: async () => 'sk_rate',
      clock: { now: () => now, sleep: async (ms) => void (clock.sleeps.push(ms), (now += ms)) },
      retry: { ...quickRetry, maxRetryAfterMs: 30_000 },
    })
    await client.setRecording('082018', true)
    expect(client.http.budget.snapshot().scopes).toMatchObject({
      tenant: { limit: 100, remaining: 99 },
      'route:PUT /v1/agents/{id}/recording': { limit: 2, remaining: 1 },
    })
    await client.setRecording('082018', false)
    // The budget is spent: the client waits for the window instead of collecting a 429.
    await client.setRecording('082018', true)
    expect(served.requests.map((request) => request.outcome)).toEqual([200, 200, 200])
    expect(clock.sleeps).toHaveLength(1)

    // Another desktop of the tenant spends the route budget: the sandbox answers 429 with Retry-After.
    now += 10_000
    await fetch(`${served.origin}/v1/agents/082018/recording`, {
      method: 'PUT',
      headers: { 'x-api-key': 'sk_rate', 'content-type': 'application/json' },
      body: '{"enabled":true}',
    })
    await fetch(`${served.origin}/v1/agents/082018/recording`, {
      method: 'PUT',
      headers: { 'x-api-key': 'sk_rate', 'content-type': 'application/json' },
      body: '{"enabled":true}',
    })
    const fresh = createAlohubClient({
      baseUrl: served.origin,
      pools,
      secret: async () => 'sk_rate',
      clock: { now: () => now, sleep: async (ms) => void (clock.sleeps.push(ms), (now += ms)) },
      retry: { ...quickRetry, maxRetryAfterMs: 30_000 },
    })
    served.clearRequests()
    await fresh.setRecording('082018', false)
    expect(served.requests.map((request) => request.outcome)).toEqual([429, 200])
    expect(clock.sleeps.at(-1)).toBeGreaterThanOrEqual(1000)
    await pools.close()
  })

  it('reports the unmigrated recording column as a server error', async () => {
    const app = createAlohubApp({ seed: 1, apiKey: 'k_unmigrated', tenantId: 7, recordingMigrated: false })
    served = await serveProviderApp(app)
    const pools = createPoolRegistry()
    const client = createAlohubClient({ baseUrl: served.origin, pools, secret: async () => 'k_unmigrated' })
    const error = await rejection(client.setRecording('082018', true))
    expect(error).toMatchObject({ kind: 'server', status: 500, code: 'FAIL' })
    expect(served.requests).toHaveLength(1)
    await pools.close()
  })
})
