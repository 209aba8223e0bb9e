import { afterEach, describe, expect, it } from 'vitest'

import { createIpcCalls } from '../../../src/main/ipc/ipc-calls'
import type { AccountDraft } from '../../../src/shared/domain/accounts'
import type { IpcResult } from '../../../src/shared/ipc/result'
import { recordingLogger } from '../../helpers/recording-logger'
import { runningApp, until } from '../../helpers/running-app'
import { silentProvider } from '../../helpers/silent-provider'

const stops: Array<() => Promise<unknown>> = []
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop()
})

/** The whole app with one AloHub account on the silent provider, and the calls of one transport. */
async function appOnSilentProvider() {
  const events: string[] = []
  const provider = await silentProvider(events)
  stops.push(provider.close)
  const app = runningApp()
  stops.push(() => app.core.dispose())
  const draft: AccountDraft = {
    provider: 'alohub',
    label: 'Silent desk',
    baseUrl: provider.origin,
    tenantId: '7',
    role: { kind: 'supervisor' },
    polling: { enabled: false, intervalSeconds: null },
  }
  const account = await app.core.accounts.create(draft, 'k_silent_desk')
  const logger = recordingLogger()
  const calls = createIpcCalls(app.core.handlers, logger)
  const noted = <T>(name: string, call: Promise<IpcResult<T>>) =>
    call.then((result) => {
      events.push(`${name} answered`)
      return result
    })
  return { events, provider, account, calls, logger, noted }
}

/** Lets a cancel that was wrongly taken show itself (an abort closes the socket within a tick or two). */
const settle = () => new Promise((done) => setTimeout(done, 100))

// The provider never answers, so without a real cancel the read would hold its connection until
// undici's 15 s headers timeout: the test's own timeout is far shorter than that.
describe('cancelling an IPC call', { timeout: 8_000 }, () => {
  it('aborts a read in main: the provider sees the connection close and the call answers cancelled', async () => {
    const { events, account, calls, logger, noted } = await appOnSilentProvider()
    const window = {}
    const otherWindow = {}
    const read = noted(
      'read',
      calls.invoke(window, 'alohub.listAgents', { accountId: account.id, page: 0, size: 20 }, 41),
    )
    await until(() => events.includes('GET /v1/agents'))

    // Another window naming the same id, an id nobody used, and malformed messages change nothing.
    calls.cancel(otherWindow, { callId: 41 })
    calls.cancel(window, { callId: 42 })
    calls.cancel(window, { callId: -1 })
    calls.cancel(window, { callId: 41, operation: 'alohub.listAgents' })
    calls.cancel(window, 'cancel 41')
    await settle()
    expect(logger.lines.filter((line) => line.includes('malformed cancel'))).toHaveLength(3)

    events.push('cancel sent')
    calls.cancel(window, { callId: 41 })
    const result = await read
    await until(() => events.includes('connection closed'))
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'cancelled',
        operation: 'alohub.listAgents',
        problem: { code: 'problems:ipc.cancelled', params: { operation: 'alohub.listAgents' } },
      },
    })
    // Nothing answered or closed before the cancel; both after it.
    expect(events.slice(0, events.indexOf('cancel sent'))).toEqual(['GET /v1/agents'])
    expect(events.slice(events.indexOf('cancel sent') + 1).sort()).toEqual(['connection closed', 'read answered'])
  })

  it('never cuts off a write: its cancel is ignored and the call answers with what happened', async () => {
    const { events, provider, account, calls, noted } = await appOnSilentProvider()
    const window = {}
    const write = noted(
      'write',
      calls.invoke(window, 'alohub.setCalloutQueue', { accountId: account.id, agentId: '082018', queueId: 3 }, 7),
    )
    await until(() => events.includes('PUT /v1/agents/082018/queues'))
    events.push('cancel sent')
    calls.cancel(window, { callId: 7 })
    await settle()
    expect(events.slice(events.indexOf('cancel sent') + 1)).toEqual([])

    // The provider goes away: the write ends the way writes end, not as cancelled.
    events.push('provider closed')
    await provider.close()
    const result = await write
    expect(result.ok ? undefined : result.error.kind).toBe('provider')
  })

  it('cancels what a window still waits for when it goes, and keeps other windows’ calls', async () => {
    const { events, account, calls, noted } = await appOnSilentProvider()
    const closing = {}
    const staying = {}
    const request = { accountId: account.id, page: 0, size: 20 }
    const gone = noted('gone', calls.invoke(closing, 'alohub.listAgents', request, 1))
    const kept = noted('kept', calls.invoke(staying, 'alohub.listAgents', request, 1))
    await until(() => events.filter((event) => event === 'GET /v1/agents').length === 2)
    events.push('window closed')
    calls.cancelAll(closing)
    expect(await gone).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
    await until(() => events.includes('connection closed'))
    await settle()
    expect(events.slice(events.indexOf('window closed') + 1).sort()).toEqual(['connection closed', 'gone answered'])

    calls.cancel(staying, { callId: 1 })
    expect(await kept).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
  })
})
