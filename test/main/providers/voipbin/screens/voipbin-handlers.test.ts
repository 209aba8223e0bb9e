import { describe, expect, it } from 'vitest'

import { createAccountClients } from '../../../../../src/main/accounts/account-clients'
import { dispatch, type OperationHandlers } from '../../../../../src/main/ipc/dispatch'
import { NEVER } from '../../../../../src/main/providers/voipbin/sandbox/voipbin-data'
import { createVoipbinHandlers } from '../../../../../src/main/providers/voipbin/screens/voipbin-handlers'
import type { AddressInput, VoipbinAddressType } from '../../../../../src/shared/domain/voipbin-forms'
import type { OperationName, RequestOf, ResponseOf } from '../../../../../src/shared/ipc/contract'
import type { IpcError } from '../../../../../src/shared/ipc/result'
import { inWords } from '../../../../helpers/problem-words'
import { sandboxAccount } from '../../../../helpers/sandbox-account'
import { useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()

type VoipbinOperation = Extract<OperationName, `voipbin.${string}`>

/** The handlers behind the real IPC dispatch, on a VoIPbin account of the sandbox. */
async function setUp() {
  const { pools } = clientOptions()
  const { accounts, accountId, logger } = await sandboxAccount(sandbox(), 'voipbin', pools)
  const clients = createAccountClients({ accounts, pools })
  const handlers = createVoipbinHandlers({ clientFor: (id) => clients.clientFor(id, 'voipbin') })
  const call = <N extends VoipbinOperation>(operation: N, request: Omit<RequestOf<N>, 'accountId'>) =>
    dispatch(handlers as unknown as OperationHandlers, operation, { accountId, ...request }, logger)
  const ok = async <N extends VoipbinOperation>(operation: N, request: Omit<RequestOf<N>, 'accountId'>) => {
    const result = await call(operation, request)
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.message}`)
    return result.value as ResponseOf<N>
  }
  const failed = async <N extends VoipbinOperation>(operation: N, request: Omit<RequestOf<N>, 'accountId'>) => {
    const result = await call(operation, request)
    if (result.ok) throw new Error(`${operation} should have failed`)
    return result.error as IpcError
  }
  return { ok, failed, logger }
}

/** A seeded agent with at least `count` addresses, and its addresses as the editor opens them. */
function agentWith(count: number, skip: number) {
  const agent = sandbox()
    .apps.voipbin.agents()
    .filter((candidate) => candidate.tm_delete === NEVER && candidate.addresses.length >= count)[skip]
  if (!agent) throw new Error(`seed changed: no agent with ${count} addresses`)
  // The seed uses only types the editor knows.
  const base: AddressInput[] = agent.addresses.map(({ type, target }) => ({ type: type as VoipbinAddressType, target }))
  return { agentId: agent.id, base }
}

const record = (agentId: string) =>
  sandbox()
    .apps.voipbin.agents()
    .find((agent) => agent.id === agentId)
const addressPuts = () =>
  sandbox().served.voipbin.requests.filter((request) => request.method === 'PUT' && request.path.endsWith('/addresses'))
const lastPutAddresses = () => (JSON.parse(addressPuts().at(-1)?.body ?? '{}') as { addresses: unknown[] }).addresses
const targets = (addresses: ReadonlyArray<{ target: string }>) => addresses.map((address) => address.target).sort()

describe('VoIPbin agent operations against the sandbox', () => {
  it('creates an agent, sends the password once and never returns, lists or logs it', async () => {
    const { ok, failed, logger } = await setUp()
    const password = 'Write-only-Passw0rd'
    const created = await ok('voipbin.createAgent', {
      agent: {
        username: 'pham.minh',
        password,
        name: 'Phạm Minh',
        ringMethod: 'linear',
        permission: 16,
        addresses: [{ type: 'extension', target: '3001' }],
      },
    })
    expect(created).toMatchObject({ username: 'pham.minh', status: 'offline', ringMethod: 'linear', permission: 16 })
    expect(created.addresses).toEqual([{ type: 'extension', target: '3001' }])
    expect(
      JSON.parse(
        sandbox()
          .served.voipbin.requests.filter((request) => request.method === 'POST')
          .at(-1)?.body ?? '{}',
      ),
    ).toMatchObject({ password })

    let listed: unknown
    for (let pageToken: string | undefined, pages = 0; pages < 5; pages += 1) {
      const page = await ok('voipbin.listAgents', { pageSize: 100, ...(pageToken ? { pageToken } : {}) })
      listed ??= page.agents.find((agent) => agent.id === created.id)
      expect(JSON.stringify(page)).not.toMatch(/password/i)
      if (!page.nextPageToken) break
      pageToken = page.nextPageToken
    }
    expect(listed).toEqual(created)
    expect(Object.keys(created)).not.toContain('password')

    const taken = await failed('voipbin.createAgent', {
      agent: { username: 'pham.minh', password, ringMethod: 'ringall', permission: 0 },
    })
    expect(taken).toMatchObject({ kind: 'provider', reason: 'conflict' })
    expect(JSON.stringify([created, taken, logger.lines])).not.toContain(password)
  })

  it('refuses a weak password in words without repeating it, and sends nothing', async () => {
    const { failed } = await setUp()
    const before = sandbox().served.voipbin.requests.length
    const refused = await failed('voipbin.createAgent', {
      agent: { username: 'weak.one', password: 'seven77', ringMethod: 'ringall', permission: 16 },
    })
    expect(refused.kind).toBe('invalid_request')
    expect(refused.message).toContain('Password: at least 8 characters')
    expect(JSON.stringify(refused)).not.toContain('seven77')
    expect(sandbox().served.voipbin.requests).toHaveLength(before)
  })

  it("cuts the password out of VoIPbin's own error message", async () => {
    const { failed, logger } = await setUp()
    const password = 'Echoed-by-server-9'
    const echo = {
      error: { status: 'INVALID_ARGUMENT', message: `password ${password} is too common`, request_id: 'r1' },
    }
    sandbox().served.voipbin.faults.inject({ kind: 'status', status: 400, body: JSON.stringify(echo) })
    const refused = await failed('voipbin.createAgent', {
      agent: { username: 'echo.test', password, ringMethod: 'ringall', permission: 16 },
    })
    expect(refused).toMatchObject({ kind: 'provider', reason: 'invalid_input' })
    expect(refused.message).toContain('password [redacted] is too common')
    expect(JSON.stringify([refused, logger.lines])).not.toContain(password)
  })

  it('switches an agent between the statuses a person may set', async () => {
    const { ok, failed } = await setUp()
    const { agentId } = agentWith(0, 0)
    expect(await ok('voipbin.setStatus', { agentId, status: 'available' })).toMatchObject({ status: 'available' })
    expect(record(agentId)?.status).toBe('available')
    expect(await ok('voipbin.setStatus', { agentId, status: 'away' })).toMatchObject({ status: 'away' })
    expect(record(agentId)?.status).toBe('away')
    const ringing = await failed('voipbin.setStatus', { agentId, status: 'ringing' as 'busy' })
    expect(ringing.message).toContain('Status: choose available, away, busy or offline')
  })

  it('adds an address by sending the whole list: the old addresses and the new one', async () => {
    const { ok } = await setUp()
    const { agentId, base } = agentWith(2, 0)
    const added = { type: 'extension', target: '9101', name: 'Desk' } as const
    const saved = await ok('voipbin.saveAddresses', {
      agentId,
      base,
      desired: [...base, added],
      confirmRemoval: false,
      overwrite: false,
    })
    expect(saved).toMatchObject({ outcome: 'saved', added: [added], removed: [] })
    expect(lastPutAddresses()).toHaveLength(base.length + 1)
    expect(targets(lastPutAddresses() as { target: string }[])).toEqual(targets([...base, added]))
    expect(record(agentId)?.addresses).toContainEqual(added)
    expect(targets(record(agentId)?.addresses ?? [])).toEqual(targets([...base, added]))
  })

  it('asks before removing an address, and sends nothing until the user agrees', async () => {
    const { ok } = await setUp()
    const { agentId, base } = agentWith(2, 1)
    const [dropped, ...kept] = base
    const before = addressPuts().length
    const request = { agentId, base, desired: kept, confirmRemoval: false, overwrite: false }
    expect(await ok('voipbin.saveAddresses', request)).toEqual({
      outcome: 'confirm_removal',
      added: [],
      removed: [dropped],
    })
    expect(addressPuts()).toHaveLength(before)
    expect(record(agentId)?.addresses).toHaveLength(base.length)
    const saved = await ok('voipbin.saveAddresses', { ...request, confirmRemoval: true })
    expect(saved).toMatchObject({ outcome: 'saved', added: [], removed: [dropped] })
    expect(targets(record(agentId)?.addresses ?? [])).toEqual(targets(kept))
  })

  it('refuses to save over a change made elsewhere, shows the current list, and overwrites when told to', async () => {
    const { ok } = await setUp()
    const { agentId, base } = agentWith(1, 2)
    // Someone else adds an address while our editor is open.
    const theirs = { type: 'extension', target: '7777' }
    sandbox().apps.voipbin.setAgentAddresses(agentId, [...base, theirs])
    const mine = [...base, { type: 'tel' as const, target: '+84912345678' }]
    const before = addressPuts().length
    const request = { agentId, base, desired: mine, confirmRemoval: false, overwrite: false }
    const refused = await ok('voipbin.saveAddresses', request)
    expect(refused).toEqual({ outcome: 'changed_elsewhere', current: [...base, theirs] })
    expect(addressPuts()).toHaveLength(before)
    expect(record(agentId)?.addresses).toContainEqual(theirs)

    // Overwriting still asks before their address goes.
    expect(await ok('voipbin.saveAddresses', { ...request, overwrite: true })).toMatchObject({
      outcome: 'confirm_removal',
      removed: [theirs],
    })
    expect(addressPuts()).toHaveLength(before)
    const saved = await ok('voipbin.saveAddresses', { ...request, overwrite: true, confirmRemoval: true })
    expect(saved).toMatchObject({ outcome: 'saved', removed: [theirs] })
    expect(targets(record(agentId)?.addresses ?? [])).toEqual(targets(mine))
  })

  it('counts a name or detail changed elsewhere as a change, and sends nothing when nothing changes', async () => {
    const { ok } = await setUp()
    const { agentId, base } = agentWith(1, 3)
    const before = addressPuts().length
    const unchanged = await ok('voipbin.saveAddresses', {
      agentId,
      base,
      desired: [...base].reverse(),
      confirmRemoval: false,
      overwrite: false,
    })
    expect(unchanged).toMatchObject({ outcome: 'unchanged', agent: { id: agentId } })
    const renamed = base.map((address, index) => (index === 0 ? { ...address, name: 'Renamed elsewhere' } : address))
    sandbox().apps.voipbin.setAgentAddresses(agentId, renamed)
    const refused = await ok('voipbin.saveAddresses', {
      agentId,
      base,
      desired: base,
      confirmRemoval: true,
      overwrite: false,
    })
    expect(refused).toEqual({ outcome: 'changed_elsewhere', current: renamed })
    expect(addressPuts()).toHaveLength(before)
  })

  it('empties a list only when every address was confirmed gone and the list is the one the user saw', async () => {
    const { ok, failed } = await setUp()
    const first = agentWith(1, 4)
    const empty = { agentId: first.agentId, base: first.base, desired: [], confirmRemoval: false, overwrite: false }
    expect(await ok('voipbin.saveAddresses', empty)).toMatchObject({ outcome: 'confirm_removal', removed: first.base })
    expect(await ok('voipbin.saveAddresses', { ...empty, confirmRemoval: true })).toMatchObject({ outcome: 'saved' })
    expect(lastPutAddresses()).toEqual([])
    expect(record(first.agentId)?.addresses).toEqual([])

    const second = agentWith(1, 5)
    sandbox().apps.voipbin.setAgentAddresses(second.agentId, [...second.base, { type: 'extension', target: '8888' }])
    const before = addressPuts().length
    const refused = await failed('voipbin.saveAddresses', {
      agentId: second.agentId,
      base: second.base,
      desired: [],
      confirmRemoval: true,
      overwrite: true,
    })
    expect(refused).toMatchObject({ kind: 'not_allowed' })
    expect(refused.message).toMatch(/changed in VoIPbin since the editor opened/)
    expect(addressPuts()).toHaveLength(before)
    expect(record(second.agentId)?.addresses).toHaveLength(second.base.length + 1)
  })

  it('refuses an invalid or duplicated address before anything is sent', async () => {
    const { failed } = await setUp()
    const { agentId, base } = agentWith(0, 6)
    const before = sandbox().served.voipbin.requests.length
    const invalid = await failed('voipbin.saveAddresses', {
      agentId,
      base,
      desired: [
        { type: 'tel', target: '0901234567' },
        { type: 'sip', target: 'sip:lan@sip.voipbin.net' },
      ],
      confirmRemoval: true,
      overwrite: false,
    })
    expect(invalid.issues?.map((issue) => issue.path)).toEqual(['desired.0.target', 'desired.1.target'])
    const twice = await failed('voipbin.saveAddresses', {
      agentId,
      base,
      desired: [
        { type: 'extension', target: '2001' },
        { type: 'extension', target: '2001' },
      ],
      confirmRemoval: true,
      overwrite: false,
    })
    // The schema names the problem by code; the screen words it ("Extension 2001 is listed twice").
    const problem = twice.issues?.find((issue) => issue.path === 'desired.1.target')?.problem
    expect(problem && inWords(problem)).toBe('Extension 2001 is listed twice')
    expect(sandbox().served.voipbin.requests).toHaveLength(before)
  })

  it('regenerates the direct hash and gives the SIP URI that now reaches the agent', async () => {
    const { ok } = await setUp()
    const { agentId } = agentWith(0, 7)
    const old = record(agentId)?.direct_hash
    const first = await ok('voipbin.regenerateHash', { agentId })
    const hash = first.agent.directHash ?? ''
    expect(hash).toMatch(/^direct\.[0-9a-f]{12}$/)
    expect(hash).not.toBe(old)
    expect(record(agentId)?.direct_hash).toBe(hash)
    // The hash carries its own "direct." prefix: it is not added twice.
    expect(first.sipUri).toBe(`sip:${hash}@sip.voipbin.net`)
    const second = await ok('voipbin.regenerateHash', { agentId })
    expect(second.agent.directHash).not.toBe(hash)
    expect(second.sipUri).toBe(`sip:${second.agent.directHash}@sip.voipbin.net`)
  })
})
