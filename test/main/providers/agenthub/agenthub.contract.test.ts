import { afterEach, describe, expect, it } from 'vitest'

import { createAgentHubClient } from '../../../../src/main/providers/agenthub/agenthub-client'
import { rejection, useSandbox } from '../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
afterEach(() => {
  sandbox().apps.agenthub.resetPermissions()
})

const client = (token?: string) =>
  createAgentHubClient({
    ...clientOptions(),
    baseUrl: sandbox().baseUrls.agenthub,
    secret: async () => token ?? sandbox().credentials.agenthub.token,
  })

describe('AgentHub client against the sandbox', () => {
  it('lists overrides with paging and reads one', async () => {
    const page = await client().listOverrides({ pageNumber: 1, pageRowCount: 2 })
    expect(page.items).toHaveLength(2)
    expect(page.paging).toEqual({ pageNumber: 1, pageRowCount: 2, totalRowCount: 5, pageCount: 3 })
    const all = await client().listOverrides({ pageNumber: 0 })
    expect(all.items).toHaveLength(5)
    expect(all.paging).toBeNull()
    const one = await client().getOverride(page.items[0]?.id ?? '')
    expect(one).toEqual(page.items[0])
  })

  it('creates, patches only the given fields, and tracks recordVersion', async () => {
    const created = await client().createOverride({ agentName: 'qaAgent', temperature: 0.3, responseFormat: 'json' })
    expect(created).toMatchObject({
      agentName: 'qaAgent',
      temperature: 0.3,
      recordVersion: 1,
      isActive: true,
      enabled: true,
    })
    const patched = await client().updateOverride(created.id, { temperature: 1.5, guardrails: { maxToolCalls: 3 } })
    expect(patched).toMatchObject({ temperature: 1.5, responseFormat: 'json', recordVersion: 2 })
    sandbox().apps.agenthub.touchOverride(created.id, { model: 'gpt-4o-mini' })
    expect((await client().getOverride(created.id)).recordVersion).toBe(3)
  })

  it.each([
    [{ agentName: '' }, /agentName is required/],
    [{ agentName: 'x', temperature: 2.5 }, /temperature must be between 0 and 2/],
    [{ agentName: 'x', maxTokens: 0 }, /maxTokens must be positive/],
    [{ agentName: 'x', maxTokens: 1.5 }, /maxTokens must be a whole number/],
    [{ agentName: 'x', responseFormat: 'xml' }, /responseFormat must be text or json/],
    [{ agentName: 'x', guardrails: { timeout: -1 } }, /guardrails.timeout must not be negative/],
    [{ agentName: 'x', guardrails: { maxToolCalls: 2.5 } }, /guardrails.maxToolCalls must be a whole number/],
  ])('refuses %j with a 400 naming the field', async (fields, message) => {
    const error = await rejection(client().createOverride(fields as never))
    expect(error).toMatchObject({ kind: 'invalid_input', status: 400, code: '400' })
    expect(error.message).toMatch(message)
  })

  it('soft-deletes when allowed, and says 403 when not', async () => {
    const target = (await client().listOverrides({ pageNumber: 0 })).items[0]
    const viewer = client(sandbox().credentials.agenthub.readOnlyToken)
    expect(await rejection(viewer.deleteOverride(target?.id ?? ''))).toMatchObject({ kind: 'forbidden', status: 403 })
    const deleted = await client().deleteOverride(target?.id ?? '')
    expect(deleted.isActive).toBe(false)
    expect((await client().getOverride(target?.id ?? '')).isActive).toBe(false)
  })

  it('reads the tool catalog by service and one entry', async () => {
    const billing = await client().listTools('billing', { pageNumber: 0 })
    expect(billing.items.map((tool) => tool.toolName)).toEqual([
      'billing:getInvoice',
      'billing:listPayments',
      'billing:createRefund',
      'billing:explainPlan',
    ])
    const entry = await client().getTool(billing.items[0]?.id ?? '')
    expect(entry.parameters).toMatchObject({ type: 'object', properties: { invoiceId: { type: 'string' } } })
  })

  it('filters executions and reads one in detail', async () => {
    const failed = await client().listExecutions({ status: 'error', pageNumber: 0 })
    expect(failed.items.length).toBeGreaterThan(0)
    expect(failed.items.every((execution) => execution.status === 'error' && execution.error)).toBe(true)
    const detail = await client().getExecution(failed.items[0]?.id ?? '')
    expect(detail.tokenUsage?.total).toBe((detail.tokenUsage?.prompt ?? 0) + (detail.tokenUsage?.completion ?? 0))
    const byAgent = await client().listExecutions({ agentName: 'bookingAgent', source: 'rest', pageNumber: 0 })
    expect(
      byAgent.items.every((execution) => execution.agentName === 'bookingAgent' && execution.source === 'rest'),
    ).toBe(true)
  })

  it('reads the user without keeping the session token, and the permissions', async () => {
    const user = await client().currentUser()
    expect(user).toEqual({
      userId: sandbox().apps.agenthub.userId,
      email: 'lan.tran@example.vn',
      fullname: 'Trần Thị Lan',
      roleId: 'supervisor',
      tenantId: 'demo-tenant',
    })
    expect(JSON.stringify(user)).not.toContain(sandbox().credentials.agenthub.token)
    const permissions = await client().permissions()
    expect(permissions.find((grant) => grant.permissionName === 'adminPanel.access')).toEqual({
      id: 'perm2',
      permissionName: 'adminPanel.access',
      canDo: false,
      roleId: 'supervisor',
      subjectUserId: null,
      subjectUserGroupId: null,
      objectId: null,
      tenantCodename: 'demo',
    })
    expect(await client().checkPermission('agentHub.manage')).toEqual({ canDo: true, exceptions: [] })
    expect(await client().checkPermission('adminPanel.access')).toEqual({ canDo: false, exceptions: [] })
    // A name this server gave nobody, the API names included (its records use other names).
    expect(await client().checkPermission('orders.manage')).toEqual({ canDo: false, exceptions: [] })
    expect(await client().checkPermission('listAgentExecutions')).toEqual({ canDo: false, exceptions: [] })
  })

  it('sends the token as Authorization: Bearer, one of the documented token locations', async () => {
    const served = sandbox().served.agenthub
    served.clearRequests()
    await client().currentUser()
    const [sent] = served.requests
    expect(sent?.headers.authorization).toBe(`Bearer ${sandbox().credentials.agenthub.token}`)
    expect(sent?.query).not.toContain('access_token')
    expect(sent?.headers['airbnb3-access-token']).toBeUndefined()
  })

  it('maps a refused write of the read-only user to forbidden, keeping AgentHub’s own words', async () => {
    const viewer = client(sandbox().credentials.agenthub.readOnlyToken)
    const target = (await viewer.listOverrides({ pageNumber: 0 })).items[0]
    const refused = await rejection(viewer.updateOverride(target?.id ?? '', { temperature: 1 }))
    expect(refused).toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: '403',
      providerMessage: 'The role viewer may not call updateAgentOverride',
    })
    expect(refused.message).toContain('The role viewer may not call updateAgentOverride')
  })

  it('maps 401 and 404 in the AgentHub envelope', async () => {
    expect(await rejection(client('agh_wrong').listOverrides())).toMatchObject({ kind: 'auth', status: 401 })
    const missing = await rejection(client().getExecution('00000000-0000-4000-8000-000000000000'))
    expect(missing).toMatchObject({ kind: 'not_found', status: 404 })
    expect(missing.message).toContain('agent execution not found')
  })
})

describe('AgentHub paging helper', () => {
  it('walks every page of executions', async () => {
    const { allAgentHubPages } = await import('../../../../src/main/providers/agenthub/agenthub-client')
    const agenthub = client()
    const ids: string[] = []
    for await (const items of allAgentHubPages((page) => agenthub.listExecutions(page), 7))
      ids.push(...items.map((item) => item.id))
    const everything = await agenthub.listExecutions({ pageNumber: 0 })
    expect(ids).toEqual(everything.items.map((item) => item.id))
    expect(ids.length).toBeGreaterThanOrEqual(50)
  })
})
