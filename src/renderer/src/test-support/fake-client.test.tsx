import { describe, expect, it } from 'vitest'

import type { LiveFilter } from '../../../shared/domain/live-filter'
import { IpcCallError } from '../../../shared/ipc/result'

import { createFakeClient, ipcFailure, takeContractViolations } from './fake-client'
import { ids, liveState } from './fixtures'

// The fake services must be as strict as the contract, or a component test could pass against
// services that cannot exist. Each case provokes one refusal and takes the violation it leaves,
// so the setup file's check after the test stays quiet.

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(IpcCallError)
  return (error as IpcCallError).error
}

describe('the fake services', () => {
  it('answer a request the contract allows, with the answer as the contract reads it', async () => {
    const client = createFakeClient({ 'live.setFilter': ({ filter }) => liveState({ filter }) })
    const filter: LiveFilter = { direction: 'inbound', agents: ['101'], queues: [] }
    const state = await client.call('live.setFilter', { filter })
    expect(state.filter).toEqual(filter)
    expect(client.requestsTo('live.setFilter')).toEqual([{ filter }])
    expect(takeContractViolations()).toEqual([])
  })

  it('refuse a request outside the contract as main does, and report it', async () => {
    const client = createFakeClient({ 'accounts.remove': { removed: true } })
    const error = await failureOf(client.call('accounts.remove', { id: 'not-a-uuid' }))
    expect(error.kind).toBe('invalid_request')
    expect(takeContractViolations()).toEqual([expect.stringMatching(/^accounts\.remove: the component sent a request/)])
  })

  it('refuse unknown fields, as main’s strict schemas do', async () => {
    const client = createFakeClient({ 'alohub.recordingMarks': {} })
    const request = { accountId: ids.alohub, extra: true } as unknown as { accountId: string }
    expect((await failureOf(client.call('alohub.recordingMarks', request))).kind).toBe('invalid_request')
    expect(takeContractViolations()).toHaveLength(1)
  })

  it('report a fake answer outside the contract instead of passing it on', async () => {
    const client = createFakeClient({
      'accounts.export': { fileName: 'a.json' } as unknown as { fileName: string; json: string },
    })
    expect((await failureOf(client.call('accounts.export'))).kind).toBe('internal')
    expect(takeContractViolations()).toEqual([expect.stringMatching(/^accounts\.export: the fake answer is outside/)])
  })

  it('fail as the services fail, with the kind and the operation', async () => {
    const client = createFakeClient({
      'accounts.export': () => {
        throw ipcFailure({ kind: 'not_allowed', problem: { code: 'problems:account.gone' } })
      },
    })
    expect(await failureOf(client.call('accounts.export'))).toEqual({
      kind: 'not_allowed',
      problem: { code: 'problems:account.gone' },
      message: 'The services refused this (a test failure).',
      operation: 'accounts.export',
    })
    expect(takeContractViolations()).toEqual([])
  })

  it('fail, without blaming the contract, an operation the test gave no answer to', async () => {
    const client = createFakeClient()
    expect((await failureOf(client.call('accounts.list'))).kind).toBe('internal')
    expect(client.requestsTo('accounts.list')).toEqual([{}])
    expect(takeContractViolations()).toEqual([])
  })

  it('refuse to push an event outside the contract', async () => {
    const client = createFakeClient()
    const bad = { paused: true } as unknown as { paused: false }
    await expect(client.emit('notifications.pauseChanged', bad)).rejects.toThrow()
  })

  it('deliver events to subscribers until they unsubscribe', async () => {
    const client = createFakeClient()
    const seen: unknown[] = []
    const stop = client.on('demo.changed', (state) => seen.push(state))
    await client.emit('demo.changed', { active: true, starting: false })
    stop()
    await client.emit('demo.changed', { active: false, starting: false })
    expect(seen).toEqual([{ active: true, starting: false }])
  })
})
