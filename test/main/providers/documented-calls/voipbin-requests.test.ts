import { describe, expect, it } from 'vitest'

import { systemClock } from '../../../../src/main/core/clock'
import type { VoipbinAuthMode } from '../../../../src/main/providers/voipbin/sandbox/voipbin-app'
import { createVoipbinClient } from '../../../../src/main/providers/voipbin/voipbin-client'
import { openVoipbinPush } from '../../../../src/main/providers/voipbin/voipbin-push'
import { useSandbox } from '../../../helpers/sandbox-fixture'

import { documentedCalls } from './documented-calls'
import { checkRequest, secretInUrl } from './request-check'

// A server reads the token where its document shows it (the cookie) or where the current public
// docs do (Bearer); the client must send only documented calls to either.
const modes = { document: useSandbox(), bearer: useSandbox({ voipbinAuth: 'bearer' }) }

async function until(condition: () => boolean, what: string) {
  for (let i = 0; i < 300 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10))
  if (!condition()) throw new Error(`timed out waiting for ${what}`)
}

describe.each<VoipbinAuthMode>(['document', 'bearer'])('VoIPbin sends only documented calls (%s auth)', (mode) => {
  const { sandbox, clientOptions } = modes[mode]

  it('agents, one agent, create, status, addresses, direct hash, and the push upgrade', async () => {
    const { token, customerId } = sandbox().credentials.voipbin
    const served = sandbox().served.voipbin
    served.clearRequests()
    const client = createVoipbinClient({
      ...clientOptions(),
      baseUrl: sandbox().baseUrls.voipbin,
      secret: async () => token,
    })
    const { agents } = await client.listAgents({ status: 'available' }, 5)
    const created = await client.createAgent({
      username: `documented.${mode}`,
      password: 'write-only-1',
      name: 'Documented Calls',
      addresses: [{ type: 'extension', target: '2041' }],
    })
    await client.getAgent(agents[0]?.id ?? created.id)
    await client.setStatus(created.id, 'available')
    await client.replaceAddresses(created.id, [{ type: 'tel', target: '+15559876543' }])
    await client.regenerateDirectHash(created.id)
    const states: string[] = []
    const push = openVoipbinPush({
      baseUrl: sandbox().baseUrls.voipbin,
      secret: async () => token,
      customerId,
      clock: systemClock,
      onAgent: () => undefined,
      onState: (state) => void states.push(state),
    })
    try {
      await until(() => states.includes('connected'), 'push to connect')
    } finally {
      push.close()
    }

    const rows = documentedCalls.filter((row) => row.provider === 'voipbin')
    const verdicts = served.requests.map((sent) => checkRequest(rows, sent))
    expect(verdicts.filter((verdict) => !verdict.ok)).toEqual([])
    expect(served.requests.filter((sent) => secretInUrl(sent, [token]))).toEqual([])
    const seen = new Set(verdicts.flatMap((verdict) => (verdict.ok ? [verdict.row.id] : [])))
    const sent = rows.filter((row) => !row.neverSent).map((row) => row.id)
    expect([...seen].sort()).toEqual(sent.sort())
  })
})
