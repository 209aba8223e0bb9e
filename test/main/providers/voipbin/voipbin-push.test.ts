import { afterEach, describe, expect, it } from 'vitest'

import { systemClock } from '../../../../src/main/core/clock'
import {
  openVoipbinPush,
  readAgentEvent,
  voipbinPushUrl,
  type PushState,
  type VoipbinPush,
} from '../../../../src/main/providers/voipbin/voipbin-push'
import type { VoipbinAgent } from '../../../../src/shared/domain/voipbin'
import { useSandbox } from '../../../helpers/sandbox-fixture'

const { sandbox } = useSandbox()
const open: VoipbinPush[] = []
afterEach(() => {
  for (const push of open.splice(0)) push.close()
})

const wire = { id: 'a-1', customer_id: 'c-1', username: 'lan', name: 'Trần Thị Lan', status: 'ringing' }

async function until(condition: () => boolean, what: string) {
  for (let i = 0; i < 300; i += 1) {
    if (condition()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`timed out waiting for ${what}`)
}

function connect(token: string) {
  const agents: VoipbinAgent[] = []
  const states: Array<{ state: PushState; reason: string | null }> = []
  const push = openVoipbinPush({
    baseUrl: sandbox().baseUrls.voipbin,
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

describe('VoIPbin push messages', () => {
  it('reads an agent update wrapped in {type, data} and bare with its type beside the fields', () => {
    expect(readAgentEvent(JSON.stringify({ type: 'agent_status_updated', data: wire }))).toMatchObject({
      id: 'a-1',
      customerId: 'c-1',
      status: 'ringing',
    })
    expect(readAgentEvent(JSON.stringify({ ...wire, type: 'agent_status_updated' }))).toMatchObject({
      id: 'a-1',
      status: 'ringing',
    })
  })

  it('ignores other events, broken JSON and agents without an id', () => {
    expect(readAgentEvent(JSON.stringify({ type: 'call_ringing', data: { id: 'call-1' } }))).toBeNull()
    expect(readAgentEvent('{"type":"agent_status_updated",')).toBeNull()
    expect(readAgentEvent(JSON.stringify({ type: 'agent_status_updated', data: { username: 'x' } }))).toBeNull()
    expect(readAgentEvent('null')).toBeNull()
  })

  it('builds the push address from the base URL without a token in it', () => {
    expect(voipbinPushUrl('https://api.voipbin.net/v1.0')).toBe('wss://api.voipbin.net/v1.0/ws')
    expect(voipbinPushUrl('http://127.0.0.1:4000/v1.0/')).toBe('ws://127.0.0.1:4000/v1.0/ws')
    expect(() => voipbinPushUrl('http://voipbin.example/v1.0')).toThrow(/https/)
  })
})

describe('VoIPbin push against the sandbox', () => {
  it('subscribes with the token in a header and hears status changes as they happen', async () => {
    const { agents, states } = connect(sandbox().credentials.voipbin.token)
    await until(() => states.at(-1)?.state === 'connected', 'the connection')
    const [id] = sandbox().apps.voipbin.agentIds()
    // Subscribing is a message after the open; give it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50))
    sandbox().apps.voipbin.setAgentStatus(id ?? '', 'ringing')
    sandbox().apps.voipbin.setAgentStatus(id ?? '', 'busy')
    await until(() => agents.length === 2, 'two pushed updates')
    // The sandbox alternates the wrapped and the bare shape: both were read.
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
    expect(refusal?.reason).toBe('Live push refused the token (HTTP 401).')
    expect(JSON.stringify(states)).not.toContain(token)
    push.close()
    const count = states.length
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(states.length).toBe(count)
  })
})
