import { afterEach, describe, expect, it } from 'vitest'

import { systemClock } from '../../../../src/main/core/clock'
import {
  openVoipbinPush,
  voipbinPushUrl,
  type PushState,
  type VoipbinPush,
} from '../../../../src/main/providers/voipbin/voipbin-push'
import type { PushReason } from '../../../../src/shared/domain/live'
import type { VoipbinAgent } from '../../../../src/shared/domain/voipbin'
import { useSandbox } from '../../../helpers/sandbox-fixture'

const { sandbox } = useSandbox()
const open: VoipbinPush[] = []
afterEach(() => {
  for (const push of open.splice(0)) push.close()
})

async function until(condition: () => boolean, what: string) {
  for (let i = 0; i < 300; i += 1) {
    if (condition()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`timed out waiting for ${what}`)
}

function connect(token: string, baseUrl = sandbox().baseUrls.voipbin) {
  const agents: VoipbinAgent[] = []
  const states: Array<{ state: PushState; reason: PushReason | null }> = []
  const push = openVoipbinPush({
    baseUrl,
    secret: async () => token,
    customerId: sandbox().apps.voipbin.customerId,
    clock: systemClock,
    random: () => 0,
    maxBackoffMs: 40,
    onAgent: (agent) => void agents.push(agent),
    onState: (state, reason) => void states.push({ state, reason }),
  })
  open.push(push)
  return { push, agents, states }
}

describe('VoIPbin push address', () => {
  it('builds the push address from the base URL without a token in it', () => {
    expect(voipbinPushUrl('https://api.voipbin.net/v1.0')).toBe('wss://api.voipbin.net/v1.0/ws')
    expect(voipbinPushUrl('http://127.0.0.1:4000/v1.0/')).toBe('ws://127.0.0.1:4000/v1.0/ws')
    expect(() => voipbinPushUrl('http://voipbin.example/v1.0')).toThrow(/https/)
  })
})

describe('VoIPbin push against the sandbox', () => {
  it('subscribes with the token in the upgrade headers and hears status changes as they happen', async () => {
    const { agents, states } = connect(sandbox().credentials.voipbin.token)
    await until(() => states.at(-1)?.state === 'connected', 'the connection')
    const [id] = sandbox().apps.voipbin.agentIds()
    // Subscribing is a message after the open; give it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50))
    sandbox().apps.voipbin.setAgentStatus(id ?? '', 'ringing')
    sandbox().apps.voipbin.setAgentStatus(id ?? '', 'busy')
    await until(() => agents.length === 2, 'two pushed updates')
    // The sandbox sends the wrapped and the bare shapes in turn: each was read.
    expect(agents.map((agent) => [agent.id, agent.status])).toEqual([
      [id, 'ringing'],
      [id, 'busy'],
    ])
  })

  it('reconnects and subscribes again after the connection drops', async () => {
    const { agents, states } = connect(sandbox().credentials.voipbin.token)
    await until(() => states.at(-1)?.state === 'connected', 'the connection')
    sandbox().apps.voipbin.dropSockets()
    await until(() => states.some((entry) => entry.state === 'down'), 'the drop')
    await until(() => states.at(-1)?.state === 'connected', 'the reconnection')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const [, id] = sandbox().apps.voipbin.agentIds()
    sandbox().apps.voipbin.setAgentStatus(id ?? '', 'away')
    await until(() => agents.length === 1, 'an update after the reconnection')
    expect(agents[0]?.status).toBe('away')
  })

  it('says the token was refused, without the token, and keeps trying', async () => {
    const token = 'not-the-token-0123456789'
    const { states, push } = connect(token)
    await until(() => states.filter((entry) => entry.state === 'down').length >= 2, 'two refusals')
    const refusal = states.find((entry) => entry.state === 'down')
    expect(refusal?.reason).toBe('refused')
    expect(JSON.stringify(states)).not.toContain(token)
    push.close()
    const count = states.length
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(states.length).toBe(count)
  })

  it('says why it is down: dropped, no push at that address, or nothing listening', async () => {
    const dropped = connect(sandbox().credentials.voipbin.token)
    await until(() => dropped.states.at(-1)?.state === 'connected', 'the connection')
    sandbox().apps.voipbin.dropSockets()
    await until(() => dropped.states.some((entry) => entry.state === 'down'), 'the drop')
    expect(dropped.states.find((entry) => entry.state === 'down')?.reason).toBe('dropped')

    // The Tel4vn sandbox answers the upgrade with 404: a server without push.
    const elsewhere = connect(sandbox().credentials.voipbin.token, `${sandbox().baseUrls.tel4vn}/v1.0`)
    await until(() => elsewhere.states.some((entry) => entry.state === 'down'), 'the 404')
    expect(elsewhere.states.find((entry) => entry.state === 'down')?.reason).toBe('unavailable')

    const nobody = connect(sandbox().credentials.voipbin.token, 'http://127.0.0.1:1/v1.0')
    await until(() => nobody.states.some((entry) => entry.state === 'down'), 'the refused connection')
    expect(nobody.states.find((entry) => entry.state === 'down')?.reason).toBe('unreachable')
  })
})
