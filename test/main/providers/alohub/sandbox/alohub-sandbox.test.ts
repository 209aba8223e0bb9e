import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createAlohubApp } from '../../../../../src/main/providers/alohub/sandbox/alohub-app'
import { serveProviderApp, type ServedApp } from '../../../../../src/main/sandbox/sandbox-http'

const apiKey = 'sk_sandbox_team'
let served: ServedApp

beforeAll(async () => {
  served = await serveProviderApp(createAlohubApp({ seed: 3, apiKey, tenantId: 20260310, agentCount: 12 }))
})
afterAll(async () => {
  await served.close()
})

async function agents(query: string) {
  const response = await fetch(`${served.origin}/v1/agents${query}`, { headers: { 'x-api-key': apiKey } })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

describe('AloHub sandbox: team_id, "Filter by specific tenantId (default from auth)"', () => {
  it('lists the key’s tenant with or without its own team_id', async () => {
    const bare = await agents('?page=0&size=20')
    const own = await agents('?team_id=20260310&page=0&size=20')
    expect(bare).toMatchObject({ status: 200, json: { success: '1', totalRecord: 12 } })
    expect(own).toEqual(bare)
  })

  it('refuses another tenant’s team_id with 403 INSUFFICIENT_SCOPE, never an empty list', async () => {
    expect(await agents('?team_id=1')).toEqual({
      status: 403,
      json: {
        success: '0',
        error_code: 'INSUFFICIENT_SCOPE',
        error_message: "team_id 1 is not this key's tenant",
      },
    })
  })

  it('refuses a team_id that is not a tenant id with 400 INVALID_INPUT', async () => {
    expect(await agents('?team_id=acme')).toMatchObject({
      status: 400,
      json: { success: '0', error_code: 'INVALID_INPUT' },
    })
  })
})
