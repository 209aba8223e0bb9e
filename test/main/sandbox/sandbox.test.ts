import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'

import { createAlohubApp } from '../../../src/main/providers/alohub/sandbox/alohub-app'
import { createTel4vnApp } from '../../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import { createVoipbinApp } from '../../../src/main/providers/voipbin/sandbox/voipbin-app'
import { createCallSimulator, type SimulatedCallEvent } from '../../../src/main/sandbox/call-simulator'
import { serveProviderApp, type ServedApp } from '../../../src/main/sandbox/sandbox-http'

const open: ServedApp[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((served) => served.close()))
})

function run(seed: number, minutes: number) {
  const tel4vn = createTel4vnApp({ seed, token: 't' })
  const voipbin = createVoipbinApp({ seed, accessKey: 't' })
  const simulator = createCallSimulator({ seed, callsPerMinute: 6, startAt: 0, tel4vn, voipbin })
  const events: SimulatedCallEvent[] = []
  simulator.onEvent((event) => events.push(event))
  simulator.advance(minutes * 60_000)
  return { events, tel4vn, voipbin }
}

describe('call simulator', () => {
  it('repeats exactly for a seed and differs for another', () => {
    expect(run(42, 10).events).toEqual(run(42, 10).events)
    expect(run(42, 10).events).not.toEqual(run(43, 10).events)
  })

  it('rings within the first minute, then answers, misses and ends calls', () => {
    const { events } = run(7, 30)
    expect(events[0]).toMatchObject({ kind: 'rang' })
    expect(events[0]?.at).toBeLessThan(60_000)
    const kinds = new Set(events.map((event) => event.kind))
    expect(kinds).toEqual(new Set(['rang', 'answered', 'missed', 'ended']))
    // Every call that ends or is missed rang first, and answered calls end after they were answered.
    for (const event of events.filter((candidate) => candidate.kind !== 'rang')) {
      expect(
        events.findIndex((candidate) => candidate.callId === event.callId && candidate.kind === 'rang'),
      ).toBeLessThan(events.indexOf(event))
    }
  })

  it('runs close to the configured rate', () => {
    const rang = run(11, 60).events.filter((event) => event.kind === 'rang').length
    expect(rang).toBeGreaterThan(6 * 60 * 0.7)
    expect(rang).toBeLessThan(6 * 60 * 1.3)
  })

  it('keeps the Tel4vn monitor and VoIPbin statuses in step with the calls', () => {
    const { tel4vn, voipbin } = run(5, 3)
    const ringing = tel4vn.calls().filter((call) => call.state === 'RINGING').length
    expect(voipbin.agents().filter((agent) => agent.status === 'ringing').length).toBeGreaterThanOrEqual(
      Math.min(1, ringing),
    )
  })
})

describe('sandbox scale and push', () => {
  it('lists a page of 10,000 AloHub agents', async () => {
    const served = await serveProviderApp(createAlohubApp({ seed: 1, apiKey: 'k', tenantId: 1, agentCount: 10_000 }))
    open.push(served)
    const answer = (await (
      await fetch(`${served.origin}/v1/agents?page=199&size=50`, { headers: { 'x-api-key': 'k' } })
    ).json()) as {
      totalRecord: number
      data: Array<{ agentId: string }>
    }
    expect(answer.totalRecord).toBe(10_000)
    expect(answer.data.at(-1)?.agentId).toBe(String(82018 + 9999).padStart(6, '0'))
  })

  it('pushes VoIPbin status changes to subscribers, wrapped or bare (with or without a type), and drops on request', async () => {
    const app = createVoipbinApp({ seed: 2, accessKey: 'tok' })
    const served = await serveProviderApp(app)
    open.push(served)
    const socket = new WebSocket(`${served.origin.replace('http', 'ws')}/v1.0/ws?token=tok`)
    await new Promise((resolve) => socket.once('open', resolve))
    socket.send(JSON.stringify({ type: 'subscribe', topics: [`customer_id:${app.customerId}:agent`] }))
    await new Promise((resolve) => setTimeout(resolve, 50))
    const messages: unknown[] = []
    socket.on('message', (data) => messages.push(JSON.parse(String(data))))
    const [first, second, third] = app.agentIds()
    app.setAgentStatus(first ?? '', 'ringing')
    app.setAgentStatus(second ?? '', 'busy')
    app.setAgentStatus(third ?? '', 'away')
    await new Promise((resolve) => setTimeout(resolve, 50))
    // Bare with its type, bare without one, wrapped: the shapes take turns.
    expect(messages).toEqual([
      expect.objectContaining({ type: 'agent_status_updated', id: first, status: 'ringing' }),
      expect.objectContaining({ id: second, status: 'busy' }),
      { type: 'agent_status_updated', data: expect.objectContaining({ id: third, status: 'away' }) },
    ])
    expect(messages[1]).not.toHaveProperty('type')
    expect(JSON.stringify(messages)).not.toContain('password')
    const closed = new Promise((resolve) => socket.once('close', resolve))
    app.dropSockets()
    await closed
    const refused = new WebSocket(`${served.origin.replace('http', 'ws')}/v1.0/ws?token=wrong`)
    await expect(
      new Promise((resolve, reject) => {
        refused.once('open', resolve)
        refused.once('error', reject)
      }),
    ).rejects.toThrow(/401/)
  })
})

describe('sandbox faults', () => {
  it('records a hung request as aborted when its client closes the connection, not when the sandbox closes', async () => {
    const served = await serveProviderApp(createAlohubApp({ seed: 1, apiKey: 'k', tenantId: 1 }))
    served.faults.inject({ kind: 'hang' }, 2)
    const hangs = () => served.requests.filter((request) => request.outcome === 'hang')
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((done) => setTimeout(done, 10))
    }

    const controller = new AbortController()
    const given = fetch(`${served.origin}/v1/agents`, { headers: { 'x-api-key': 'k' }, signal: controller.signal })
    given.catch(() => undefined)
    await until(() => hangs().length === 1)
    expect(hangs()[0]?.aborted).toBeUndefined()
    controller.abort()
    await until(() => hangs()[0]?.aborted === true)

    const leftHanging = fetch(`${served.origin}/v1/agents`, { headers: { 'x-api-key': 'k' } })
    leftHanging.catch(() => undefined)
    await until(() => hangs().length === 2)
    await served.close()
    expect(hangs().map((request) => request.aborted)).toEqual([true, undefined])
  })
})
