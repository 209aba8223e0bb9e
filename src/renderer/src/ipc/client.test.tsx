import { describe, expect, it } from 'vitest'

import { createBridge } from '../../../shared/ipc/create-bridge'
import type { IpcResult } from '../../../shared/ipc/result'

import { createClient } from './client'

const accountId = '3e9c6a5b-ad74-4f6b-a08d-5c4b1f0e9d83'

/** A transport whose calls wait until the test answers them, recording ids and cancels. */
function waitingTransport() {
  const invoked: Array<{ operation: string; callId: number | undefined }> = []
  const cancelled: number[] = []
  const answers = new Map<number, (result: IpcResult<unknown>) => void>()
  const transport = {
    invoke: (operation: string, _payload: unknown, callId: number | undefined) => {
      invoked.push({ operation, callId })
      return new Promise<IpcResult<unknown>>((answer) => answers.set(callId ?? -1, answer))
    },
    cancel: (callId: number) => void cancelled.push(callId),
    listen: () => () => undefined,
  }
  return {
    transport,
    invoked,
    cancelled,
    answer: (callId: number, result: IpcResult<unknown>) => answers.get(callId)?.(result),
  }
}

describe('the renderer’s client', () => {
  it('gives every call its own id and, when the call’s signal aborts, cancels that id', async () => {
    const fake = waitingTransport()
    const client = createClient(createBridge(fake.transport, 'electron'))
    const controller = new AbortController()
    const first = client.call('avatar.listAgents', { accountId }, { signal: controller.signal })
    const second = client.call('app.getInfo')
    const [firstId, secondId] = fake.invoked.map((call) => call.callId)
    expect(firstId).toBeTypeOf('number')
    expect(secondId).not.toBe(firstId)

    controller.abort()
    expect(fake.cancelled).toEqual([firstId])
    // Main answers the cancelled read; the client reports it as it came.
    fake.answer(firstId ?? -1, {
      ok: false,
      error: {
        kind: 'cancelled',
        problem: { code: 'problems:ipc.cancelled', params: { operation: 'avatar.listAgents' } },
        message: 'AgentDesk stopped avatar.listAgents as asked.',
      },
    })
    await expect(first).rejects.toMatchObject({ error: { kind: 'cancelled' } })
    fake.answer(secondId ?? -1, { ok: true, value: null })
    await second
    expect(fake.cancelled).toEqual([firstId])
  })

  it('cancels at once a call whose signal had already aborted, after sending it', () => {
    const fake = waitingTransport()
    const client = createClient(createBridge(fake.transport, 'electron'))
    void client.call('avatar.listAgents', { accountId }, { signal: AbortSignal.abort() }).catch(() => undefined)
    expect(fake.invoked).toHaveLength(1)
    expect(fake.cancelled).toEqual([fake.invoked[0]?.callId])
  })
})
