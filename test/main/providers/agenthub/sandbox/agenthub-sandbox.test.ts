import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createAgentHubApp, type AgentHubApp } from '../../../../../src/main/providers/agenthub/sandbox/agenthub-app'
import { serveProviderApp, type ServedApp } from '../../../../../src/main/sandbox/sandbox-http'

const token = 'agh_test_supervisor'
const readOnlyToken = 'agh_test_viewer'
let app: AgentHubApp
let served: ServedApp
/** The same service as one that names its permissions after its APIs (the option AgentDesk assumes). */
let namedApp: AgentHubApp
let named: ServedApp

beforeAll(async () => {
  const now = () => Date.parse('2026-12-01T09:00:00Z')
  app = createAgentHubApp({ seed: 7, token, readOnlyToken, now })
  served = await serveProviderApp(app)
  namedApp = createAgentHubApp({ seed: 7, token, readOnlyToken, now, permissionsNamedAfterApis: true })
  named = await serveProviderApp(namedApp)
})
afterAll(async () => {
  await Promise.all([served.close(), named.close()])
})
afterEach(() => {
  app.resetPermissions()
  namedApp.resetPermissions()
})

async function call(method: string, path: string, as = token, body?: unknown, origin = served.origin) {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: { authorization: `Bearer ${as}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const firstOverrideId = () => app.overrides()[0]?.id ?? ''

describe('AgentHub sandbox: permissions as the document shows them', () => {
  it('lists records in the document’s shape, with server-style names only: none named after an API', async () => {
    const { status, json } = await call('GET', '/permissions')
    expect(status).toBe(200)
    const records = json as unknown as Array<Record<string, unknown>>
    expect(records.map((record) => record.permissionName)).toEqual(['agentHub.manage', 'adminPanel.access'])
    const viewer = (await call('GET', '/permissions', readOnlyToken)).json as unknown as Array<Record<string, unknown>>
    expect(viewer.map((record) => record.permissionName)).toEqual(['agentHub.view'])
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

  it('decides by role by default: a record named after an API is only a record, as any other name', async () => {
    // The app's reading (a record named after the API turns it off) is not the document's.
    const target = firstOverrideId()
    app.setPermission('updateAgentOverride', false)
    expect((await call('PATCH', `/v1/agentoverride/${target}`, token, { temperature: 0.2 })).status).toBe(200)
    app.setRole('viewer')
    app.setPermission('updateAgentOverride', true)
    const refused = await call('PATCH', `/v1/agentoverride/${target}`, token, { temperature: 0.3 })
    expect(refused).toMatchObject({ status: 403, json: { detail: 'The role viewer may not call updateAgentOverride' } })
  })

  it('answers /permissions/:name by record, and no for a name nobody was given, API names included', async () => {
    expect((await call('GET', '/permissions/agentHub.manage')).json).toEqual({ canDo: true, exceptions: [] })
    expect((await call('GET', '/permissions/adminPanel.access')).json).toEqual({ canDo: false, exceptions: [] })
    expect((await call('GET', '/permissions/orders.manage')).json).toEqual({ canDo: false, exceptions: [] })
    expect((await call('GET', '/permissions/updateAgentOverride')).json).toEqual({ canDo: false, exceptions: [] })
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

describe('AgentHub sandbox with permissionsNamedAfterApis, the server AgentDesk assumes', () => {
  const callNamed = (method: string, path: string, as = token, body?: unknown) =>
    call(method, path, as, body, named.origin)
  const firstNamedId = () => namedApp.overrides()[0]?.id ?? ''

  it('seeds the same records: turning the option on adds no API-named record', async () => {
    const records = (await callNamed('GET', '/permissions')).json as unknown as Array<Record<string, unknown>>
    expect(records.map((record) => record.permissionName)).toEqual(['agentHub.manage', 'adminPanel.access'])
  })

  it('lets a record named exactly after an API decide over the role', async () => {
    namedApp.setRole('viewer')
    namedApp.setPermission('updateAgentOverride', true)
    expect((await callNamed('PATCH', `/v1/agentoverride/${firstNamedId()}`, token, { temperature: 0.1 })).status).toBe(
      200,
    )
    expect((await callNamed('POST', '/v1/agentoverride', token, { agentName: 'x' })).status).toBe(403)

    namedApp.resetPermissions()
    namedApp.setPermission('updateAgentOverride', false)
    const refused = await callNamed('PATCH', `/v1/agentoverride/${firstNamedId()}`, token, { temperature: 0.2 })
    expect(refused).toMatchObject({
      status: 403,
      json: { detail: 'updateAgentOverride is not allowed for lan.tran@example.vn' },
    })
  })

  it('applies a record about one object to that object only', async () => {
    const [first, second] = namedApp.overrides()
    namedApp.setPermissions([{ permissionName: 'deleteAgentOverride', canDo: false, objectId: first?.id ?? null }])
    expect((await callNamed('DELETE', `/v1/agentoverride/${first?.id ?? ''}`)).status).toBe(403)
    expect((await callNamed('DELETE', `/v1/agentoverride/${second?.id ?? ''}`)).status).toBe(200)
    expect((await callNamed('GET', '/permissions/deleteAgentOverride')).json).toEqual({
      canDo: true,
      exceptions: [first?.id],
    })
  })

  it('answers /permissions/:name by record, by role for an API, and no for a name nobody was given', async () => {
    namedApp.setPermission('deleteAgentOverride', false)
    expect((await callNamed('GET', '/permissions/deleteAgentOverride')).json).toEqual({ canDo: false, exceptions: [] })
    expect((await callNamed('GET', '/permissions/agentHub.manage')).json).toEqual({ canDo: true, exceptions: [] })
    expect((await callNamed('GET', '/permissions/updateAgentOverride')).json).toEqual({ canDo: true, exceptions: [] })
    expect((await callNamed('GET', '/permissions/updateAgentOverride', readOnlyToken)).json).toEqual({
      canDo: false,
      exceptions: [],
    })
    expect((await callNamed('GET', '/permissions/orders.manage')).json).toEqual({ canDo: false, exceptions: [] })
  })

  it('can be turned on and off in a running sandbox, and reset puts it back as created', async () => {
    app.setPermission('deleteAgentOverride', false)
    const target = app.overrides().find((override) => override.isActive)?.id ?? ''
    app.setPermissionsNamedAfterApis(true)
    expect((await call('DELETE', `/v1/agentoverride/${target}`)).status).toBe(403)
    app.resetPermissions()
    app.setPermission('deleteAgentOverride', false)
    expect((await call('DELETE', `/v1/agentoverride/${target}`)).status).toBe(200)
  })
})
