import { afterEach, describe, expect, it } from 'vitest'

import { createAccountClients } from '../../../../../src/main/accounts/account-clients'
import { createAgentHubHandlers } from '../../../../../src/main/providers/agenthub/screens/agenthub-handlers'
import { sandboxAccount } from '../../../../helpers/sandbox-account'
import { rejection, useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
afterEach(() => {
  sandbox().apps.agenthub.resetPermissions()
})

async function setUp(secret?: string) {
  const { pools } = clientOptions()
  const { accounts, accountId } = await sandboxAccount(sandbox(), 'agenthub', pools, secret ? { secret } : {})
  const clients = createAccountClients({ accounts, pools })
  return { handlers: createAgentHubHandlers({ accounts, clients }), accounts, clients, accountId }
}

const everything = { view: true, create: true, update: true, delete: true, viewExecutions: true }

async function firstOverride(handlers: Awaited<ReturnType<typeof setUp>>['handlers'], accountId: string) {
  const page = await handlers['agenthub.listOverrides']({ accountId, pageNumber: 1, pageRowCount: 25 })
  const first = page.items.find((item) => item.isActive)
  if (!first) throw new Error('seed changed: no active override')
  return first
}

describe('AgentHub permissions: only the server says no', () => {
  it('lets an admin whose records name no API of this service create, update and delete', async () => {
    // The document's own example records: names the app cannot map to any of its actions.
    sandbox().apps.agenthub.setRole('admin')
    sandbox().apps.agenthub.setPermissions([
      { permissionName: 'adminPanel.access', canDo: true, roleId: 'admin' },
      { permissionName: 'orders.manage', canDo: true },
    ])
    const { handlers, accountId } = await setUp()
    const session = await handlers['agenthub.session']({ accountId })
    expect(session.abilities).toEqual(everything)
    expect(session.denials).toEqual({})

    // And the service agrees: the role decides, so every write goes through.
    const created = await handlers['agenthub.createOverride']({
      accountId,
      draft: {
        agentName: 'adminMade',
        provider: null,
        model: null,
        systemPrompt: null,
        temperature: 0.4,
        maxTokens: null,
        responseFormat: null,
        selectedTools: null,
        guardrails: null,
        enabled: true,
      },
    })
    const saved = await handlers['agenthub.updateOverride']({
      accountId,
      id: created.id,
      baseVersion: created.recordVersion,
      patch: { temperature: 0.8 },
      overwrite: false,
    })
    expect(saved).toMatchObject({ outcome: 'saved', override: { temperature: 0.8 } })
    expect((await handlers['agenthub.deleteOverride']({ accountId, id: created.id })).isActive).toBe(false)
  })

  it('shows the records as AgentHub lists them', async () => {
    const { handlers, accountId } = await setUp()
    const { permissions } = await handlers['agenthub.session']({ accountId })
    expect(permissions.map(({ permissionName, canDo }) => [permissionName, canDo])).toEqual([
      ['agentHub.manage', true],
      ['adminPanel.access', false],
    ])
    expect(permissions[0]).toEqual({
      id: 'perm1',
      permissionName: 'agentHub.manage',
      canDo: true,
      roleId: 'supervisor',
      subjectUserId: null,
      subjectUserGroupId: null,
      objectId: null,
      tenantCodename: 'demo',
    })
    sandbox().apps.agenthub.setPermission('orders.manage', true)
    const again = await handlers['agenthub.session']({ accountId })
    expect(again.permissions[2]).toMatchObject({ permissionName: 'orders.manage', roleId: null })
    expect(again.permissions[2]?.subjectUserId).toBe(sandbox().apps.agenthub.userId)
  })

  it('turns an action off when a record named exactly after its API says canDo false', async () => {
    const { handlers, accountId } = await setUp()
    // The seeded supervisor: adminPanel.access says no, but it names no API of this screen.
    const seeded = await handlers['agenthub.session']({ accountId })
    expect(seeded.abilities).toEqual(everything)
    expect(seeded.denials).toEqual({})

    // The app's own rule, whatever the server does with such names: a record named after the API.
    sandbox().apps.agenthub.setPermission('deleteAgentOverride', false)
    sandbox().apps.agenthub.setPermission('updateAgentOverride', false)
    sandbox().apps.agenthub.setPermission('listAgentExecutions', false)
    const session = await handlers['agenthub.session']({ accountId })
    expect(session.abilities).toEqual({ view: true, create: true, update: false, delete: false, viewExecutions: false })
    expect(session.denials.update).toEqual({ kind: 'permission', permissionName: 'updateAgentOverride' })
    expect(session.denials.viewExecutions).toEqual({ kind: 'permission', permissionName: 'listAgentExecutions' })
  })

  it('turns nothing off for a record the app does not know, even with canDo false', async () => {
    sandbox().apps.agenthub.setPermissions([
      { permissionName: 'agentOverride.update', canDo: false },
      { permissionName: 'agentOverride.delete', canDo: false },
      { permissionName: 'adminPanel.access', canDo: false },
      { permissionName: 'UpdateAgentOverride', canDo: false },
      // About one override only: it does not speak for the others.
      { permissionName: 'deleteAgentOverride', canDo: false, objectId: 'a-single-override' },
    ])
    const { handlers, accountId } = await setUp()
    const session = await handlers['agenthub.session']({ accountId })
    expect(session.abilities).toEqual(everything)
    expect(session.permissions).toHaveLength(5)
  })

  it('remembers a 403 on update for the session, with AgentHub’s reason, until the key changes', async () => {
    const { handlers, accounts, clients, accountId } = await setUp(sandbox().credentials.agenthub.readOnlyToken)
    const before = await handlers['agenthub.session']({ accountId })
    // The viewer's only record (agentHub.view) names no API: nothing is off until AgentHub says no.
    expect(before.user.roleId).toBe('viewer')
    expect(before.abilities).toEqual(everything)

    const target = await firstOverride(handlers, accountId)
    const refused = await rejection(
      handlers['agenthub.updateOverride']({
        accountId,
        id: target.id,
        baseVersion: target.recordVersion,
        patch: { temperature: 1 },
        overwrite: false,
      }),
    )
    expect(refused).toMatchObject({ kind: 'forbidden', status: 403 })
    const after = await handlers['agenthub.session']({ accountId })
    expect(after.abilities).toEqual({ ...everything, update: false })
    expect(after.denials).toEqual({
      update: {
        kind: 'refused',
        api: 'updateAgentOverride',
        status: 403,
        message: 'The role viewer may not call updateAgentOverride',
        // Refused on one override: the reason names it (the action is off for all, see abilities).
        object: { id: target.id, name: target.agentName },
      },
    })
    // Reads still work; the memory is of this account only.
    expect((await firstOverride(handlers, accountId)).id).toBe(target.id)
    const other = await setUp()
    expect((await other.handlers['agenthub.session']({ accountId: other.accountId })).abilities.update).toBe(true)

    // A new key is another user: what the old one was refused no longer holds.
    const account = accounts.find(accountId)
    if (!account) throw new Error('the account went away')
    await accounts.update(accountId, account, sandbox().credentials.agenthub.token)
    clients.drop(accountId) // what the app's account service does on a change (see account-clients.test.ts)
    const rekeyed = await handlers['agenthub.session']({ accountId })
    expect(rekeyed.abilities.update).toBe(true)
    expect(rekeyed.user.roleId).toBe('supervisor')
  })

  it('forgets a 403 once AgentHub answers that API after all', async () => {
    const { handlers, accountId } = await setUp()
    const list = () => handlers['agenthub.listExecutions']({ accountId, filter: {}, pageNumber: 1, pageRowCount: 5 })
    // A server that names its permissions after its APIs refuses the API a record names.
    sandbox().apps.agenthub.setPermissionsNamedAfterApis(true)
    sandbox().apps.agenthub.setPermission('listAgentExecutions', false)
    expect(await rejection(list())).toMatchObject({ kind: 'forbidden', status: 403 })
    expect((await handlers['agenthub.session']({ accountId })).denials.viewExecutions).toEqual({
      kind: 'refused',
      api: 'listAgentExecutions',
      status: 403,
      message: 'listAgentExecutions is not allowed for lan.tran@example.vn',
    })
    // AgentHub's admin lifts it: the next answer from that API clears the refusal.
    sandbox().apps.agenthub.setPermission('listAgentExecutions', true)
    expect((await list()).items).toHaveLength(5)
    expect((await handlers['agenthub.session']({ accountId })).abilities.viewExecutions).toBe(true)
  })

  it('remembers a 403 on create and on delete under their own actions', async () => {
    const { handlers, accountId } = await setUp(sandbox().credentials.agenthub.readOnlyToken)
    const target = await firstOverride(handlers, accountId)
    await rejection(handlers['agenthub.deleteOverride']({ accountId, id: target.id }))
    await rejection(
      handlers['agenthub.createOverride']({
        accountId,
        draft: {
          agentName: 'viewerMade',
          provider: null,
          model: null,
          systemPrompt: null,
          temperature: null,
          maxTokens: null,
          responseFormat: null,
          selectedTools: null,
          guardrails: null,
          enabled: true,
        },
      }),
    )
    const session = await handlers['agenthub.session']({ accountId })
    expect(session.abilities).toEqual({ view: true, create: false, update: true, delete: false, viewExecutions: true })
    expect(session.denials.create).toMatchObject({ kind: 'refused', api: 'createAgentOverride', status: 403 })
    expect(session.denials.delete).toMatchObject({ kind: 'refused', api: 'deleteAgentOverride', status: 403 })
  })
})
