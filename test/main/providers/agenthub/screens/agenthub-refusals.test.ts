import { afterEach, describe, expect, it } from 'vitest'

import { createAccountClients } from '../../../../../src/main/accounts/account-clients'
import { englishText } from '../../../../../src/main/i18n/catalog'
import {
  createRefusalMemory,
  REFUSAL_TTL_MS,
} from '../../../../../src/main/providers/agenthub/screens/agenthub-abilities'
import { createAgentHubHandlers } from '../../../../../src/main/providers/agenthub/screens/agenthub-handlers'
import { sandboxAccount } from '../../../../helpers/sandbox-account'
import { rejection, useSandbox } from '../../../../helpers/sandbox-fixture'

// A server that names its permissions after its APIs, so a test can refuse one API, or one
// override, with a record; the viewer's role refuses every write in any mode.
const { sandbox, clientOptions } = useSandbox({ agenthubPermissionsNamedAfterApis: true })
afterEach(() => {
  sandbox().apps.agenthub.resetPermissions()
})

const everything = { view: true, create: true, update: true, delete: true, viewExecutions: true }

async function setUp(secret?: string) {
  const { pools } = clientOptions()
  const { accounts, accountId } = await sandboxAccount(sandbox(), 'agenthub', pools, secret ? { secret } : {})
  let now = Date.parse('2026-12-01T09:00:00Z')
  const handlers = createAgentHubHandlers({
    accounts,
    clients: createAccountClients({ accounts, pools }),
    now: () => now,
  })
  const firstActive = async () => {
    const page = await handlers['agenthub.listOverrides']({ accountId, pageNumber: 1, pageRowCount: 25 })
    const found = page.items.filter((item) => item.isActive)
    if (found.length < 2) throw new Error('seed changed: fewer than two active overrides')
    return found
  }
  /** Updates one override as the list's Disable button does; resolves to the error, if any. */
  const disable = async (override: { id: string; recordVersion: number }) =>
    handlers['agenthub.updateOverride']({
      accountId,
      id: override.id,
      baseVersion: override.recordVersion,
      patch: { enabled: false },
      overwrite: false,
    }).then(
      () => undefined,
      (error: unknown) => error as Record<string, unknown>,
    )
  const session = () => handlers['agenthub.session']({ accountId })
  return { handlers, accountId, firstActive, disable, session, advance: (ms: number) => (now += ms) }
}

const viewerToken = () => sandbox().credentials.agenthub.readOnlyToken

describe('a remembered AgentHub refusal has a way back', () => {
  it('clears when the session is read again and /permissions changed', async () => {
    const { firstActive, disable, session } = await setUp()
    expect((await session()).abilities).toEqual(everything)
    const [target] = await firstActive()
    sandbox().apps.agenthub.setPermission('updateAgentOverride', false)
    expect(await disable(target ?? { id: '', recordVersion: 0 })).toMatchObject({ kind: 'forbidden', status: 403 })
    // The same records are read again: the refusal stands (the record is listed, so it is off anyway).
    expect((await session()).abilities.update).toBe(false)

    // AgentHub's admin lifts it: the list changes, the refusal goes, the action is back.
    sandbox().apps.agenthub.setPermission('updateAgentOverride', true)
    const after = await session()
    expect(after.abilities).toEqual(everything)
    expect(after.denials).toEqual({})
  })

  it('stays while /permissions are unchanged, and goes when the user checks again', async () => {
    const { handlers, accountId, firstActive, disable, session } = await setUp(viewerToken())
    await session()
    const [target] = await firstActive()
    await disable(target ?? { id: '', recordVersion: 0 })
    expect((await session()).abilities.update).toBe(false)
    expect((await session()).abilities.update).toBe(false)

    const rechecked = await handlers['agenthub.recheck']({ accountId })
    expect(rechecked.abilities).toEqual(everything)
    expect(rechecked.user.roleId).toBe('viewer')
    // Check again re-reads both documented session calls.
    const paths = sandbox()
      .served.agenthub.requests.slice(-2)
      .map((request) => request.path)
      .sort()
    expect(paths).toEqual(['/currentuser', '/permissions'])
  })

  it('expires after 10 minutes on the injected clock', async () => {
    const { firstActive, disable, session, advance } = await setUp(viewerToken())
    const [target] = await firstActive()
    await disable(target ?? { id: '', recordVersion: 0 })
    advance(REFUSAL_TTL_MS - 1_000)
    expect((await session()).abilities.update).toBe(false)
    advance(1_000)
    expect((await session()).abilities.update).toBe(true)
    expect(REFUSAL_TTL_MS).toBe(10 * 60_000)
  })
})

describe('the refusal memory', () => {
  const record = (permissionName: string, canDo: boolean) => ({
    id: permissionName,
    permissionName,
    canDo,
    roleId: null,
    subjectUserId: 'u1',
    subjectUserGroupId: null,
    objectId: null,
    tenantCodename: 'demo',
  })
  const refusal = { status: 403, message: 'no' }

  it('forgets one account’s refusals only, and takes the same records in another order as unchanged', () => {
    const memory = createRefusalMemory({ now: () => 0 })
    memory.remember('a', 'key-a', 'updateAgentOverride', refusal)
    memory.remember('b', 'key-b', 'updateAgentOverride', refusal)
    memory.forgetAll('a')
    expect([...memory.of('a', 'key-a').keys()]).toEqual([])
    expect([...memory.of('b', 'key-b').keys()]).toEqual(['updateAgentOverride'])

    memory.permissionsRead('b', 'key-b', [record('x.manage', true), record('y.view', false)])
    memory.permissionsRead('b', 'key-b', [record('y.view', false), record('x.manage', true)])
    expect(memory.of('b', 'key-b').get('updateAgentOverride')).toEqual(refusal)
    memory.permissionsRead('b', 'key-b', [record('y.view', true), record('x.manage', true)])
    expect(memory.of('b', 'key-b').size).toBe(0)
  })
})

describe('a 403 on one override', () => {
  it('turns the action off and names the override it was refused on', async () => {
    const { firstActive, disable, session } = await setUp()
    const [refusedOn, other] = await firstActive()
    if (!refusedOn || !other) throw new Error('seed changed')
    sandbox().apps.agenthub.setPermissions([
      { permissionName: 'updateAgentOverride', canDo: false, objectId: refusedOn.id },
    ])
    const before = await session()
    // A record about one object does not speak for the others.
    expect(before.abilities).toEqual(everything)
    expect(await disable(refusedOn)).toMatchObject({ kind: 'forbidden', status: 403 })
    const after = await session()
    expect(after.abilities).toEqual({ ...everything, update: false })
    expect(after.denials.update).toEqual({
      kind: 'refused',
      api: 'updateAgentOverride',
      status: 403,
      message: 'updateAgentOverride is not allowed for lan.tran@example.vn',
      object: { id: refusedOn.id, name: refusedOn.agentName },
    })
    // AgentHub itself still takes the other one (the app would, after Check again).
    expect(await disable(other)).toBeUndefined()
  })

  it('names the override by id when only its id was known (delete)', async () => {
    const { handlers, accountId, firstActive, session } = await setUp(viewerToken())
    const [target] = await firstActive()
    const refused = await rejection(handlers['agenthub.deleteOverride']({ accountId, id: target?.id ?? '' }))
    expect(refused).toMatchObject({ kind: 'forbidden' })
    expect((await session()).denials.delete).toMatchObject({
      kind: 'refused',
      api: 'deleteAgentOverride',
      object: { id: target?.id, name: null },
    })
  })
})

describe('the session when /permissions will not answer', () => {
  it.each([
    [403, 'permissions are not listed'],
    [503, 'AgentHub'],
  ])('loads from /currentuser alone after a %i, says why, and turns nothing off', async (status, words) => {
    const { session } = await setUp()
    sandbox().apps.agenthub.failPermissionsList(status)
    const answer = await session()
    expect(answer.user.fullname).toBe('Trần Thị Lan')
    expect(answer.permissions).toEqual([])
    expect(answer.abilities).toEqual(everything)
    expect(answer.denials).toEqual({})
    // A code the screen words; in English (as the log says it) it names the status and the words.
    const unavailable = englishText(answer.permissionsUnavailable ?? { code: 'problems:invalidValue' })
    expect(unavailable).toContain(words)
    expect(unavailable).toContain(`HTTP ${status}`)
    expect(JSON.stringify(answer.permissionsUnavailable)).not.toContain(sandbox().credentials.agenthub.token)
  })

  it('keeps what AgentHub refused, since an unreadable list says nothing changed', async () => {
    const { firstActive, disable, session } = await setUp(viewerToken())
    await session()
    const [target] = await firstActive()
    await disable(target ?? { id: '', recordVersion: 0 })
    sandbox().apps.agenthub.failPermissionsList(500)
    const answer = await session()
    expect(answer.abilities.update).toBe(false)
    expect(answer.permissionsUnavailable?.params?.['http']).toBe('HTTP 500')
  })

  it('still fails when /currentuser fails: there is no session without a user', async () => {
    const { pools } = clientOptions()
    const { accounts, accountId } = await sandboxAccount(sandbox(), 'agenthub', pools, { secret: 'agh_not_a_user' })
    const handlers = createAgentHubHandlers({ accounts, clients: createAccountClients({ accounts, pools }) })
    expect(await rejection(handlers['agenthub.session']({ accountId }))).toMatchObject({ kind: 'auth', status: 401 })
  })
})
