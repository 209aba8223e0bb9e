import { afterEach, describe, expect, it } from 'vitest'

import { systemClock } from '../../../../../src/main/core/clock'
import { dispatch, type OperationHandlers } from '../../../../../src/main/ipc/dispatch'
import { createAlohubClient } from '../../../../../src/main/providers/alohub/alohub-client'
import { createAlohubHandlers } from '../../../../../src/main/providers/alohub/screens/alohub-handlers'
import type { BulkJobs } from '../../../../../src/main/providers/alohub/screens/bulk-jobs'
import { createRecordingMarks } from '../../../../../src/main/providers/alohub/screens/recording-marks'
import { openSettingsRepository } from '../../../../../src/main/settings/settings-repository'
import type { IpcResult } from '../../../../../src/shared/ipc/result'
import { recordingLogger } from '../../../../helpers/recording-logger'
import { useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
const ACCOUNT = '4d1c8c39-7f0e-4f55-9d55-7a4bd0f4f6a1'

/**
 * AloHub's handlers behind the real dispatch, on a client of the account "Support desk" that
 * gives up on a silent server after 300 ms (the app waits 15 s).
 */
function handlers() {
  const logger = recordingLogger()
  const client = createAlohubClient({
    ...clientOptions(),
    account: 'Support desk',
    headersTimeoutMs: 300,
    baseUrl: sandbox().baseUrls.alohub,
    secret: async () => sandbox().credentials.alohub.apiKey,
  })
  const marks = createRecordingMarks(openSettingsRepository({ store: {} }, logger))
  const all = createAlohubHandlers({ clientFor: () => client, marks, bulk: {} as BulkJobs, clock: systemClock })
  return (operation: 'alohub.saveCallinQueues' | 'alohub.setRecording', request: object) =>
    dispatch(all as unknown as OperationHandlers, operation, { accountId: ACCOUNT, ...request }, logger)
}

const faults = () => sandbox().served.alohub.faults
afterEach(() => faults().clear())
const puts = () => sandbox().served.alohub.requests.filter((request) => request.method === 'PUT')
const queuesOf = (agentId: string) =>
  [
    ...(sandbox()
      .apps.alohub.agents()
      .find((agent) => agent.agentId === agentId)?.callinQueueIds ?? []),
  ].sort((a, b) => a - b)

/** The n-th agent in two queues, and a callin queue it is not in. */
function agentAndQueue(n: number) {
  const agent = sandbox()
    .apps.alohub.agents()
    .filter((candidate) => candidate.callinQueueIds.length === 2)[n]
  const other = sandbox()
    .apps.alohub.queues()
    .find((queue) => queue.kind === 'callin' && !agent?.callinQueueIds.includes(queue.id))
  if (!agent || !other) throw new Error('seed changed')
  const base = [...agent.callinQueueIds]
  return { agentId: agent.agentId, base, desired: [...base, other.id].sort((a, b) => a - b) }
}

const saveRequest = (n: number) => ({ ...agentAndQueue(n), confirmRemoval: false, overwrite: false })
const failureOf = (result: IpcResult<unknown>) => {
  if (result.ok) throw new Error('expected a failure')
  return result.error
}

describe('an AloHub write whose answer is lost is read again, and the user told whether it took effect', () => {
  it('a reset before AloHub applied the queues: "not applied", naming AloHub and the account', async () => {
    const request = saveRequest(0)
    faults().inject({ kind: 'reset', method: 'PUT' })
    const error = failureOf(await handlers()('alohub.saveCallinQueues', request))
    expect(error).toMatchObject({
      kind: 'provider',
      reason: 'network',
      provider: 'alohub',
      account: 'Support desk',
      writeOutcome: 'not_applied',
    })
    expect(error.message).toBe(
      'AloHub (Support desk) closed the connection unexpectedly. AgentDesk read it again: the change was not applied.',
    )
    expect(queuesOf(request.agentId)).toEqual([...request.base].sort((a, b) => a - b))
  })

  it('a reset after AloHub applied the queues: saved, marked as interrupted', async () => {
    const request = saveRequest(1)
    faults().inject({ kind: 'reset', afterHandling: true, method: 'PUT' })
    const result = await handlers()('alohub.saveCallinQueues', request)
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ outcome: 'saved', interrupted: 'network', queues: request.desired }),
    })
    expect(queuesOf(request.agentId)).toEqual(request.desired)
  })

  it('a timeout after AloHub applied the queues: saved, marked as interrupted by the timeout', async () => {
    const request = saveRequest(2)
    faults().inject({ kind: 'hang', afterHandling: true, method: 'PUT' })
    const result = await handlers()('alohub.saveCallinQueues', request)
    expect(result).toMatchObject({ ok: true, value: { outcome: 'saved', interrupted: 'timeout' } })
  })

  it('when the agent cannot be read again either, it says nobody can tell', async () => {
    const request = saveRequest(3)
    // The read before the write passes; the PUT, then every attempt of the read that would have told, fail.
    faults().inject({ kind: 'latency', ms: 0, method: 'GET' })
    faults().inject({ kind: 'reset', method: 'PUT' })
    faults().inject({ kind: 'reset', method: 'GET' }, 3)
    const error = failureOf(await handlers()('alohub.saveCallinQueues', request))
    expect(error.writeOutcome).toBe('unknown')
    expect(error.message).toMatch(/Reading it again failed too.*cannot tell whether the change was applied\.$/)
  })

  it('recording, which AloHub never reports, is sent once more: accepted means applied', async () => {
    const agentId = agentAndQueue(4).agentId
    const before = puts().length
    faults().inject({ kind: 'reset', method: 'PUT' })
    const result = await handlers()('alohub.setRecording', { agentId, enabled: true })
    expect(result).toMatchObject({ ok: true, value: { enabled: true, interrupted: 'network' } })

    expect(puts().length - before).toBe(2)
    expect(
      sandbox()
        .apps.alohub.agents()
        .find((agent) => agent.agentId === agentId)?.recording,
    ).toBe(true)
  })

  it('recording sent again and failing again: unknown, and nothing marked as set by the user', async () => {
    const agentId = agentAndQueue(5).agentId
    faults().inject({ kind: 'reset', method: 'PUT' }, 2)
    const error = failureOf(await handlers()('alohub.setRecording', { agentId, enabled: true }))
    expect(error).toMatchObject({ reason: 'network', writeOutcome: 'unknown' })
    expect(error.message).toMatch(/Sending it again failed too/)
  })
})
