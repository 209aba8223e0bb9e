import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createAgentHubApp, type AgentHubApp } from '../../../src/main/sandbox/agenthub/agenthub-app'
import { serveProviderApp, type ServedApp } from '../../../src/main/sandbox/sandbox-http'

const token = 'agh_test_supervisor'
const readOnlyToken = 'agh_test_viewer'
let app: AgentHubApp
let served: ServedApp

beforeAll(async () => {
  app = createAgentHubApp({ seed: 7, token, readOnlyToken, now: () => Date.parse('2026-12-01T09:00:00Z') })
  served = await serveProviderApp(app)
})
afterAll(async () => {
  await served.close()
})
afterEach(() => {
  app.resetPermissions()
})

async function call(method: string, path: string, as = token, body?: unknown) {
  const response = await fetch(`${served.origin}${path}`, {
    method,
    headers: { authorization: `Bearer ${as}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const firstOverrideId = () => app.overrides()[0]?.id ?? ''

describe('AgentHub sandbox: permissions as the document shows them', () => {
  it('lists records in the document’s shape, with server-style names', async () => {
    const { status, json } = await call('GET', '/permissions')
    expect(status).toBe(200)
    const records = json as unknown as Array<Record<string, unknown>>
    expect(records.map((record) => record.permissionName)).toEqual([
      'agentHub.manage',
      'adminPanel.access',
      'deleteAgentOverride',
    ])
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(
        [
          'canDo',
          'id',
          'objectId',
          'permissionName',
          'roleId',
          'subjectUserGroupId',
          'subjectUserId',
          'tenantCodename',
        ].sort(),
      )
    }
  })

  it('lets the read-only user read, and refuses every write with 403 in AgentHub’s error envelope', async () => {
    expect((await call('GET', '/v1/agentoverrides', readOnlyToken)).status).toBe(200)
    expect((await call('GET', '/v1/agentexecutions', readOnlyToken)).status).toBe(200)
    const user = await call('GET', '/currentuser', readOnlyToken)
    expect(user.json).toMatchObject({ roleId: 'viewer', userId: app.readOnlyUserId })

    const writes = [
      ['POST', '/v1/agentoverride', { agentName: 'viewerMade' }, 'createAgentOverride'],
      ['PATCH', `/v1/agentoverride/${firstOverrideId()}`, { temperature: 1 }, 'updateAgentOverride'],
      ['DELETE', `/v1/agentoverride/${firstOverrideId()}`, undefined, 'deleteAgentOverride'],
    ] as const
    for (const [method, path, body, api] of writes) {
      const refused = await call(method, path, readOnlyToken, body)
      expect(refused.status).toBe(403)
      expect(refused.json).toEqual({
        result: 'ERR',
        status: 403,
        message: 'errMsg_NoPermission',
        errCode: 403,
        date: '2026-12-01T09:00:00.000Z',
        detail: `The role viewer may not call ${api}`,
      })
    }
    expect(app.overrides().every((override) => override.isActive)).toBe(true)
  })

  it('lets a record named exactly after an API decide over the role', async () => {
    app.setRole('viewer')
    app.setPermission('updateAgentOverride', true)
    expect((await call('PATCH', `/v1/agentoverride/${firstOverrideId()}`, token, { temperature: 0.1 })).status).toBe(
      200,
    )
    expect((await call('POST', '/v1/agentoverride', token, { agentName: 'x' })).status).toBe(403)

    app.resetPermissions()
    app.setPermission('updateAgentOverride', false)
    const refused = await call('PATCH', `/v1/agentoverride/${firstOverrideId()}`, token, { temperature: 0.2 })
    expect(refused).toMatchObject({
      status: 403,
      json: { detail: 'updateAgentOverride is not allowed for lan.tran@example.vn' },
    })
  })

  it('applies a record about one object to that object only', async () => {
    const [first, second] = app.overrides()
    app.setPermissions([{ permissionName: 'deleteAgentOverride', canDo: false, objectId: first?.id ?? null }])
    expect((await call('DELETE', `/v1/agentoverride/${first?.id ?? ''}`)).status).toBe(403)
    expect((await call('DELETE', `/v1/agentoverride/${second?.id ?? ''}`)).status).toBe(200)
    expect((await call('GET', '/permissions/deleteAgentOverride')).json).toEqual({
      canDo: true,
      exceptions: [first?.id],
    })
  })

  it('answers /permissions/:name by record, by role for an API, and no for a name nobody was given', async () => {
    expect((await call('GET', '/permissions/deleteAgentOverride')).json).toEqual({ canDo: false, exceptions: [] })
    expect((await call('GET', '/permissions/agentHub.manage')).json).toEqual({ canDo: true, exceptions: [] })
    expect((await call('GET', '/permissions/updateAgentOverride')).json).toEqual({ canDo: true, exceptions: [] })
    expect((await call('GET', '/permissions/updateAgentOverride', readOnlyToken)).json).toEqual({
      canDo: false,
      exceptions: [],
    })
    expect((await call('GET', '/permissions/orders.manage')).json).toEqual({ canDo: false, exceptions: [] })
  })

  it('takes the token from each documented location and refuses any other token', async () => {
    const id = firstOverrideId()
    const query = await fetch(`${served.origin}/v1/agentoverride/${id}?access_token=${token}`)
    const header = await fetch(`${served.origin}/v1/agentoverride/${id}`, {
      headers: { 'airbnb3-access-token': token },
    })
    const cookie = await fetch(`${served.origin}/v1/agentoverride/${id}`, {
      headers: { cookie: `theme=dark; airbnb3-access-token=${token}` },
    })
    expect([query.status, header.status, cookie.status]).toEqual([200, 200, 200])
    const wrong = await call('GET', '/currentuser', 'agh_unknown')
    expect(wrong).toMatchObject({ status: 401, json: { result: 'ERR', status: 401, detail: 'No login found' } })
  })
})
