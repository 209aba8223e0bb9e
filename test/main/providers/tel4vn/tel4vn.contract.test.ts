import { describe, expect, it } from 'vitest'

import { createTel4vnClient } from '../../../../src/main/providers/tel4vn/tel4vn-client'
import { rejection, useSandbox } from '../../../helpers/sandbox-fixture'

// The default sandbox is as strict as Tel4vn's document: GET /v1/monitor/agent with a Bearer token, nothing else.
const { sandbox, clientOptions } = useSandbox()

function client(token?: string) {
  return createTel4vnClient({
    ...clientOptions(),
    baseUrl: sandbox().baseUrls.tel4vn,
    secret: async () => token ?? sandbox().credentials.tel4vn.token,
  })
}

const requestsSeen = () =>
  sandbox().served.tel4vn.requests.map((request) => ({
    route: `${request.method} ${request.path}${request.query}`,
    authorization: request.headers.authorization,
    contentType: request.headers['content-type'],
    body: request.body,
    outcome: request.outcome,
  }))

describe('Tel4vn client with a pasted token, against the sandbox as strict as the document', () => {
  it('sends the token as it is, as Authorization: Bearer on GET /v1/monitor/agent, and makes no other call', async () => {
    sandbox().served.tel4vn.clearRequests()
    const tel4vn = client()
    for (let i = 0; i < 3; i += 1) await tel4vn.monitorCalls()
    const documented = {
      route: 'GET /v1/monitor/agent',
      authorization: `Bearer ${sandbox().credentials.tel4vn.token}`,
      contentType: 'application/json',
      body: '',
      outcome: 200,
    }
    expect(requestsSeen()).toEqual([documented, documented, documented])
  })

  it('monitors calls with the documented fields, times in UTC from Vietnam time', async () => {
    sandbox().simulator.advance(60_000)
    const answer = await client().monitorCalls()
    const simulated = sandbox().apps.tel4vn.calls()
    expect(simulated.length).toBeGreaterThan(0)
    expect(answer.total).toBe(simulated.length)
    expect(answer.calls.map((call) => call.callId).sort()).toEqual(simulated.map((call) => call.callId).sort())
    for (const call of simulated) {
      const mapped = answer.calls.find((candidate) => candidate.callId === call.callId)
      expect(mapped?.startedAt).toBe(new Date(Math.floor(call.startedAt / 1000) * 1000).toISOString())
      expect(mapped?.state).toBe(call.state === 'RINGING' ? 'ringing' : 'on_call')
      // destination is "Số điện thoại nhận cuộc gọi": the number receiving the call, kept as such.
      expect(mapped?.destination).toBe(call.destination)
      expect(mapped?.direction).toBe(call.direction)
    }
  })

  it('maps a row that leaves direction out to an unknown direction, not to inbound', async () => {
    const [extension] = sandbox().apps.tel4vn.extensions()
    const before = sandbox().apps.tel4vn.calls()
    sandbox().apps.tel4vn.setCalls([
      {
        callId: 'no-direction',
        extension: extension?.extension ?? '',
        state: 'RINGING',
        direction: null,
        destination: '19006868',
        startedAt: Date.now(),
      },
    ])
    try {
      const { calls } = await client().monitorCalls()
      expect(calls).toEqual([
        expect.objectContaining({ callId: 'no-direction', direction: null, destination: '19006868' }),
      ])
    } finally {
      sandbox().apps.tel4vn.setCalls(before)
    }
  })

  it('says in plain words that a refused token was refused or has expired, and where to paste a new one', async () => {
    sandbox().served.tel4vn.clearRequests()
    const error = await rejection(client('tel4vn_wrong_token_000').monitorCalls())
    expect(error).toMatchObject({ kind: 'auth', status: 401 })
    expect(error.message).toBe(
      'Tel4vn refused the token, or it has expired. Paste a new token on Accounts: edit this account and replace the token. Tel4vn rejected the credentials (HTTP 401): Token is invalid or expired.',
    )
    expect(error.message).not.toContain('tel4vn_wrong_token_000')
    // One request: nothing to renew a pasted token with, so it is not sent again.
    expect(requestsSeen().map((request) => request.route)).toEqual(['GET /v1/monitor/agent'])
  })

  it('says the same when the token that worked expires', async () => {
    const tel4vn = client()
    await tel4vn.monitorCalls()
    sandbox().apps.tel4vn.expireTokens()
    try {
      const error = await rejection(tel4vn.monitorCalls())
      expect(error).toMatchObject({ kind: 'auth', status: 401 })
      expect(error.message).toMatch(/^Tel4vn refused the token, or it has expired\. Paste a new token on Accounts/)
    } finally {
      sandbox().apps.tel4vn.reinstateToken()
    }
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

  it('refuses an answer with a malformed row, naming the row and the field', async () => {
    const row = { call_id: 'c-1', call_state: 'RINGING', extension: '101', call_time: '2021-07-01 09:30:00' }
    const data = [row, { ...row, call_id: 'c-2', extension: 102 }]
    sandbox().served.tel4vn.faults.inject({
      kind: 'status',
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ data, total: 2 }),
    })
    const error = await rejection(client().monitorCalls())
    expect(error).toMatchObject({
      kind: 'bad_response',
      problem: {
        code: 'problems:answer.unexpected',
        params: { details: 'data.1.extension: Invalid input: expected string, received number' },
      },
    })
  })
})

describe('the key exchange against the sandbox as strict as the document', () => {
  it('fails: the document shows no POST /v1/auth/token (the old default way in)', async () => {
    sandbox().served.tel4vn.clearRequests()
    const exchanging = createTel4vnClient({
      ...clientOptions(),
      baseUrl: sandbox().baseUrls.tel4vn,
      secret: async () => sandbox().credentials.tel4vn.apiKey,
      signIn: 'key_exchange',
    })
    const error = await rejection(exchanging.monitorCalls())
    expect(error).toMatchObject({ kind: 'not_found', status: 404 })
    expect(requestsSeen().map((request) => [request.route, request.outcome])).toEqual([['POST /v1/auth/token', 404]])
  })
})
