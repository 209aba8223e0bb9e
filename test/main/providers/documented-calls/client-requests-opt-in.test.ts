import { describe, expect, it } from 'vitest'

import { createTel4vnClient } from '../../../../src/main/providers/tel4vn/tel4vn-client'
import { useSandbox } from '../../../helpers/sandbox-fixture'

import { documentedCalls } from './documented-calls'
import { checkRequest, secretInUrl } from './request-check'

// The ways in that public docs add are sent only when the user chooses them, on a sandbox that
// serves them only when asked.
const { sandbox, clientOptions } = useSandbox({ tel4vnKeyExchange: true })

describe('opt-in modes send only the calls their rows name', () => {
  it('Tel4vn key exchange: the API key for a token, the token on the monitor', async () => {
    const { apiKey } = sandbox().credentials.tel4vn
    const served = sandbox().served.tel4vn
    served.clearRequests()
    const client = createTel4vnClient({
      ...clientOptions(),
      baseUrl: sandbox().baseUrls.tel4vn,
      secret: async () => apiKey,
      signIn: 'key_exchange',
    })
    await client.monitorCalls()
    const rows = documentedCalls.filter((row) => row.provider === 'tel4vn')
    const verdicts = served.requests.map((sent) => checkRequest(rows, sent))
    expect(verdicts.filter((verdict) => !verdict.ok)).toEqual([])
    expect(served.requests.filter((sent) => secretInUrl(sent, [apiKey]))).toEqual([])
    const seen = new Set(verdicts.flatMap((verdict) => (verdict.ok ? [verdict.row.id] : [])))
    expect([...seen].sort()).toEqual(
      rows
        .filter((row) => !row.neverSent)
        .map((row) => row.id)
        .sort(),
    )
  })
})
