import { describe, expect, it } from 'vitest'

import { createTel4vnClient, obtainTel4vnApiKey } from '../../../../src/main/providers/tel4vn/tel4vn-client'
import { rejection, useSandbox } from '../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()

function client(apiKey?: string) {
  return createTel4vnClient({
    ...clientOptions(),
    baseUrl: sandbox().baseUrls.tel4vn,
    secret: async () => apiKey ?? sandbox().credentials.tel4vn.apiKey,
  })
}

describe('Tel4vn client against the sandbox', () => {
  it('exchanges the user name and password for the API key', async () => {
    const { username, password, apiKey } = sandbox().credentials.tel4vn
    expect(await obtainTel4vnApiKey(client().http, username, password)).toBe(apiKey)
    const error = await rejection(obtainTel4vnApiKey(client().http, username, 'wrong-password'))
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
  })

  it('monitors calls with the documented fields, times in UTC from Vietnam time', async () => {
    sandbox().simulator.advance(60_000)
    const answer = await client().monitorCalls()
    const simulated = sandbox().apps.tel4vn.calls()
    expect(answer.total).toBe(simulated.length)
    expect(answer.calls.map((call) => call.callId).sort()).toEqual(simulated.map((call) => call.callId).sort())
    const first = simulated[0]
    const mapped = answer.calls.find((call) => call.callId === first?.callId)
    expect(mapped?.startedAt).toBe(new Date(Math.floor((first?.startedAt ?? 0) / 1000) * 1000).toISOString())
    expect(mapped?.state).toBe(first?.state === 'RINGING' ? 'ringing' : 'on_call')
  })

  it('gets one token and reuses it across polls', async () => {
    const before = sandbox().apps.tel4vn.tokensIssued()
    const tel4vn = client()
    for (let i = 0; i < 5; i += 1) await tel4vn.monitorCalls()
    expect(sandbox().apps.tel4vn.tokensIssued() - before).toBe(1)
  })

  it('renews the token once on a 401 after it expired server-side', async () => {
    const tel4vn = client()
    await tel4vn.monitorCalls()
    const before = sandbox().apps.tel4vn.tokensIssued()
    sandbox().apps.tel4vn.expireTokens()
    await tel4vn.monitorCalls()
    expect(sandbox().apps.tel4vn.tokensIssued() - before).toBe(1)
  })

  it('renews the token before it expires', async () => {
    const options = clientOptions()
    const tel4vn = createTel4vnClient({
      ...options,
      baseUrl: sandbox().baseUrls.tel4vn,
      secret: async () => sandbox().credentials.tel4vn.apiKey,
    })
    await tel4vn.monitorCalls()
    const before = sandbox().apps.tel4vn.tokensIssued()
    await options.clock.sleep(3_600_000 - 30_000)
    await tel4vn.monitorCalls()
    expect(sandbox().apps.tel4vn.tokensIssued() - before).toBe(1)
  })

  it('rejects a wrong API key as auth without the key in the message', async () => {
    const error = await rejection(client('tel4vn_wrong_key_000').monitorCalls())
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toContain('Invalid api key')
    expect(error.message).not.toContain('tel4vn_wrong_key_000')
  })

  it('survives a 502 and a reset on the monitor, and reports malformed JSON', async () => {
    const tel4vn = client()
    await tel4vn.monitorCalls()
    const served = sandbox().served.tel4vn
    served.clearRequests()
    served.faults.inject({ kind: 'status', status: 502 })
    served.faults.inject({ kind: 'reset' })
    await tel4vn.monitorCalls()
    expect(served.requests.map((request) => request.outcome)).toEqual([502, 'reset', 200])
    served.faults.inject({ kind: 'malformed' })
    expect(await rejection(tel4vn.monitorCalls())).toMatchObject({ kind: 'bad_response' })
  })
})

describe('Tel4vn password exchange', () => {
  it('keeps the password out of an error that echoes it', async () => {
    sandbox().served.tel4vn.faults.inject({
      kind: 'status',
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ message: 'bad password p4ss-w0rd-echo for user' }),
    })
    const error = await rejection(obtainTel4vnApiKey(client().http, 'demo', 'p4ss-w0rd-echo'))
    expect(error.message).toContain('bad password [redacted] for user')
  })
})
