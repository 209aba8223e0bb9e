import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTel4vnApp } from '../../../../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import { serveProviderApp, type ServedApp } from '../../../../../src/main/sandbox/sandbox-http'

const token = 'tel4vn_sandbox_test_token'
let served: ServedApp

beforeAll(async () => {
  served = await serveProviderApp(createTel4vnApp({ seed: 3, token }))
})
afterAll(async () => {
  await served.close()
})

const monitor = async (query: string) => {
  const answer = await fetch(`${served.origin}/v1/monitor/agent${query}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return { status: answer.status, json: (await answer.json()) as Record<string, unknown> }
}

describe('the Tel4vn sandbox takes the monitor call only as the document shows it', () => {
  it('answers GET /v1/monitor/agent with no query string', async () => {
    expect(await monitor('')).toMatchObject({ status: 200, json: { data: [], total: 0 } })
  })

  it('refuses any query parameter with 400, naming the parameters and never their values', async () => {
    expect(await monitor('?page=1&size=50')).toEqual({
      status: 400,
      json: { code: 400, message: 'GET /v1/monitor/agent takes no query parameters; got page, size' },
    })
    const withToken = await monitor(`?token=${token}&extension=101`)
    expect(withToken).toEqual({
      status: 400,
      json: { code: 400, message: 'GET /v1/monitor/agent takes no query parameters; got token, extension' },
    })
    expect(JSON.stringify(withToken)).not.toContain(token)
  })
})
