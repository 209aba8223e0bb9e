import { afterEach, describe, expect, it } from 'vitest'

import { dispatch, type OperationHandlers } from '../../../../../src/main/ipc/dispatch'
import { NEVER } from '../../../../../src/main/providers/voipbin/sandbox/voipbin-data'
import { createVoipbinHandlers } from '../../../../../src/main/providers/voipbin/screens/voipbin-handlers'
import { createVoipbinClient } from '../../../../../src/main/providers/voipbin/voipbin-client'
import type { IpcResult } from '../../../../../src/shared/ipc/result'
import { recordingLogger } from '../../../../helpers/recording-logger'
import { useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
const ACCOUNT = '0b0f3c5e-2f7a-4a44-8f59-4a6f3b1f9d21'

/** VoIPbin's handlers behind the real dispatch, on a client of "Call centre" that gives up on silence after 300 ms. */
function handlers() {
  const logger = recordingLogger()
  const client = createVoipbinClient({
    ...clientOptions(),
    account: 'Call centre',
    headersTimeoutMs: 300,
    baseUrl: sandbox().baseUrls.voipbin,
    secret: async () => sandbox().credentials.voipbin.token,
  })
  const all = createVoipbinHandlers({ clientFor: () => client })
  return (operation: 'voipbin.saveAddresses' | 'voipbin.setStatus', request: object) =>
    dispatch(all as unknown as OperationHandlers, operation, { accountId: ACCOUNT, ...request }, logger)
}

const faults = () => sandbox().served.voipbin.faults
afterEach(() => faults().clear())
const agents = () =>
  sandbox()
    .apps.voipbin.agents()
    .filter((agent) => agent.tm_delete === NEVER)
const agentOf = (id: string) => agents().find((agent) => agent.id === id)

/** The n-th seeded agent, with its addresses as the editor opens them and one more. */
function addressRequest(n: number) {
  const agent = agents()[n]
  if (!agent) throw new Error('seed changed')
  const base = agent.addresses.map(({ type, target }) => ({ type, target }))
  const desired = [...base, { type: 'extension', target: `39${String(n).padStart(2, '0')}` }]
  return { agentId: agent.id, base, desired, confirmRemoval: false, overwrite: false }
}

const failureOf = (result: IpcResult<unknown>) => {
  if (result.ok) throw new Error('expected a failure')
  return result.error
}

describe('a VoIPbin write whose answer is lost is read again, and the user told whether it took effect', () => {
  it('addresses reset before VoIPbin applied them: "not applied", naming VoIPbin and the account', async () => {
    const request = addressRequest(0)
    faults().inject({ kind: 'reset', method: 'PUT' })
    const error = failureOf(await handlers()('voipbin.saveAddresses', request))
    expect(error).toMatchObject({ reason: 'network', account: 'Call centre', writeOutcome: 'not_applied' })
    expect(error.message).toBe(
      'VoIPbin (Call centre) closed the connection unexpectedly. AgentDesk read it again: the change was not applied.',
    )
    expect(agentOf(request.agentId)?.addresses).toHaveLength(request.base.length)
  })

  it('addresses reset after VoIPbin applied them: saved, marked as interrupted, with the agent as it is now', async () => {
    const request = addressRequest(1)
    faults().inject({ kind: 'reset', afterHandling: true, method: 'PUT' })
    const result = await handlers()('voipbin.saveAddresses', request)
    expect(result).toMatchObject({ ok: true, value: { outcome: 'saved', interrupted: 'network' } })
    const saved = result.ok ? (result.value as { agent: { addresses: unknown[] } }) : undefined
    expect(saved?.agent.addresses).toHaveLength(request.desired.length)
    expect(agentOf(request.agentId)?.addresses).toHaveLength(request.desired.length)
  })

  it('a status that timed out after VoIPbin set it: the agent as read again', async () => {
    const agent = agents().find((candidate) => candidate.status !== 'away')
    if (!agent) throw new Error('seed changed')
    faults().inject({ kind: 'hang', afterHandling: true, method: 'PUT' })
    const result = await handlers()('voipbin.setStatus', { agentId: agent.id, status: 'away' })
    expect(result).toMatchObject({ ok: true, value: { id: agent.id, status: 'away' } })
  })

  it('a status reset before VoIPbin set it: "not applied"', async () => {
    const agent = agents().find((candidate) => candidate.status !== 'busy')
    if (!agent) throw new Error('seed changed')
    const before = agent.status
    faults().inject({ kind: 'reset', method: 'PUT' })
    const error = failureOf(await handlers()('voipbin.setStatus', { agentId: agent.id, status: 'busy' }))
    expect(error).toMatchObject({ reason: 'network', writeOutcome: 'not_applied' })
    expect(agentOf(agent.id)?.status).toBe(before)
  })
})
