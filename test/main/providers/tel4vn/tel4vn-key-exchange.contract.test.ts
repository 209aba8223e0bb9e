import { describe, expect, it } from 'vitest'

import { createTel4vnClient } from '../../../../src/main/providers/tel4vn/tel4vn-client'
import { rejection, useSandbox } from '../../../helpers/sandbox-fixture'

// The way in of Tel4vn's public docs, opt-in on both sides: the sandbox serves it only when asked.
const { sandbox, clientOptions } = useSandbox({ tel4vnKeyExchange: true })

function client(apiKey?: string, options = clientOptions()) {
  return createTel4vnClient({
    ...options,
    baseUrl: sandbox().baseUrls.tel4vn,
    secret: async () => apiKey ?? sandbox().credentials.tel4vn.apiKey,
    signIn: 'key_exchange',
  })
}

describe('Tel4vn client with an API key exchanged for tokens, against the sandbox in key-exchange mode', () => {
  it('sends the API key only to POST /v1/auth/token, and the token it gets to the monitor', async () => {
    const served = sandbox().served.tel4vn
    served.clearRequests()
    await client().monitorCalls()
    const [exchange, monitor] = served.requests
    expect(served.requests).toHaveLength(2)
    expect(exchange).toMatchObject({ method: 'POST', path: '/v1/auth/token', outcome: 200 })
    expect(JSON.parse(exchange?.body ?? '')).toEqual({ api_key: sandbox().credentials.tel4vn.apiKey })
    expect(exchange?.headers.authorization).toBeUndefined()
    expect(monitor).toMatchObject({ method: 'GET', path: '/v1/monitor/agent', outcome: 200 })
    expect(monitor?.headers.authorization).toMatch(/^Bearer \S+$/)
    expect(monitor?.headers.authorization).not.toContain(sandbox().credentials.tel4vn.apiKey)
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
    try {
      await tel4vn.monitorCalls()
      expect(sandbox().apps.tel4vn.tokensIssued() - before).toBe(1)
    } finally {
      sandbox().apps.tel4vn.reinstateToken()
    }
  })

  it('renews the token before it expires', async () => {
    const options = clientOptions()
    const tel4vn = client(undefined, options)
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
})
