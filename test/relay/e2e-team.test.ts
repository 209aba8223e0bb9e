import { describe, expect, it } from 'vitest'

import { natsServerMissing } from '../helpers/nats-server'
import { eventually } from '../helpers/relay-service'
import { RELAY_INTERVAL_MS, useRelayTeam } from '../helpers/relay-team'

describe.skipIf(natsServerMissing)('a team on one relay, end to end (sandbox, nats-server, relay, desks)', () => {
  const team = useRelayTeam()
  const { sandbox, tel4vnCall } = team

  it('rings A once on its desk and on the board, B hears nothing, answer closes it, a missed call is told once; one Tel4vn poll per interval', async () => {
    const server = await team.server()
    const relay = await team.relay(server)
    const a = await team.desk(server, 'desk-a', { kind: 'agent', extension: team.extensionA() })
    const b = await team.desk(server, 'desk-b', { kind: 'agent', extension: team.extensionB() })
    const boss = await team.desk(server, 'boss', { kind: 'supervisor' })
    await relay.polls(1)
    await eventually(() => [a, b, boss].forEach((desk) => expect(team.connected(desk.status())).toBe(true)))

    sandbox().served.tel4vn.clearRequests()
    const pollsBefore = relay.pollStarts.length
    sandbox().apps.tel4vn.setCalls([tel4vnCall('ring-a')])
    await relay.polls(1)
    await eventually(() => {
      expect(a.rings('ring-a')).toHaveLength(1)
      expect(boss.board()).toEqual(['ring-a'])
    })
    expect(a.app.monitor.rings.state().rings.map((ring) => ring.callId)).toEqual(['ring-a'])
    expect(a.board()).toEqual(['ring-a'])

    sandbox().apps.tel4vn.setCalls([tel4vnCall('ring-a', { state: 'ONCALL' })])
    await relay.polls(1)
    await eventually(() => expect(a.closed).toContain('ring-a'))
    expect(a.app.monitor.rings.state().rings).toEqual([])

    sandbox().apps.tel4vn.setCalls([tel4vnCall('missed-a')])
    await relay.polls(1)
    await eventually(() => expect(a.rings('missed-a')).toHaveLength(1))
    sandbox().apps.tel4vn.setCalls([])
    await relay.polls(1)
    await eventually(() => {
      expect(a.missed('missed-a')).toHaveLength(1)
      // The supervisor's filter (the default: everything) wants every missed call of the tenant.
      expect(boss.missed('missed-a')).toHaveLength(1)
    })

    // A few quiet polls more: nothing is told again, and every request is the relay's own poll.
    await relay.polls(3)
    await eventually(() => expect(team.monitorRequests()).toHaveLength(relay.pollStarts.length - pollsBefore))
    expect(relay.pollStarts.length - pollsBefore).toBe(7)
    const pollTimes = relay.pollStarts.slice(pollsBefore)
    expect(pollTimes.slice(1).map((at, index) => at - (pollTimes[index] ?? 0))).toEqual(
      Array.from({ length: 6 }, () => RELAY_INTERVAL_MS),
    )
    expect(sandbox().served.tel4vn.requests).toHaveLength(team.monitorRequests().length)
    for (const desk of [a, boss]) {
      expect(desk.about('ring-a').filter((shown) => !shown.id.startsWith('missed:'))).toHaveLength(1)
      expect(desk.about('missed-a').filter((shown) => !shown.id.startsWith('missed:'))).toHaveLength(1)
      expect(desk.missed('ring-a')).toHaveLength(0)
      expect(desk.missed('missed-a')).toHaveLength(1)
    }
    expect(b.shown).toEqual([])
    expect(b.board()).toEqual([])
    expect(b.app.monitor.alerts()).toEqual([])
    expect(b.status()?.state).toBe('ok')
  })

  it("refuses a desk that asks for another agent's extension with its own user, and it hears nothing of it", async () => {
    const server = await team.server()
    const relay = await team.relay(server)
    await relay.polls(1)
    // desk-a's user, set up for B's extension: the server refuses the subscription and the reads.
    const intruder = await team.desk(server, 'desk-a', { kind: 'agent', extension: team.extensionB() })
    const b = await team.desk(server, 'desk-b', { kind: 'agent', extension: team.extensionB() })
    await eventually(() => expect(team.connected(b.status())).toBe(true))
    await eventually(() =>
      expect(intruder.status()).toMatchObject({
        state: 'error',
        push: 'down',
        pushReason: 'relay_not_allowed',
        problem: { code: 'problems:relay.notAllowed', params: { url: server.url, user: 'desk-a' } },
      }),
    )

    sandbox().apps.tel4vn.setCalls([tel4vnCall('ring-b', { extension: team.extensionB() })])
    await relay.polls(1)
    await eventually(() => expect(b.rings('ring-b')).toHaveLength(1))
    sandbox().apps.tel4vn.setCalls([])
    await relay.polls(1)
    await eventually(() => expect(b.missed('ring-b')).toHaveLength(1))
    expect(intruder.shown).toEqual([])
    expect(intruder.board()).toEqual([])
    expect(intruder.status()?.problem?.code).toBe('problems:relay.notAllowed')
    // Refused by the relay, it does not ask Tel4vn itself either.
    expect(team.monitorRequests()).toHaveLength(relay.pollStarts.length)
  })

  it("shows the relay's failing state on every desk while it cannot reach Tel4vn, and ok once it can", async () => {
    const server = await team.server()
    const relay = await team.relay(server)
    const a = await team.desk(server, 'desk-a', { kind: 'agent', extension: team.extensionA() })
    const boss = await team.desk(server, 'boss', { kind: 'supervisor' })
    await relay.polls(1)
    await eventually(() => [a, boss].forEach((desk) => expect(team.connected(desk.status())).toBe(true)))

    // Every connection to Tel4vn is dropped, retries included.
    sandbox().served.tel4vn.faults.inject({ kind: 'reset' }, 1_000)
    await relay.polls(1)
    expect(relay.service.tenants.get('t1')?.status().state).toBe('failing')
    for (const desk of [a, boss]) {
      await eventually(() =>
        expect(desk.status()).toMatchObject({
          state: 'error',
          push: 'down',
          pushReason: 'relay_failing',
          problem: { code: 'problems:relay.providerFailing', params: { providerId: 'tel4vn' } },
        }),
      )
      expect(desk.status()?.problem?.next?.code).toMatch(/^problems:/)
    }

    sandbox().served.tel4vn.faults.clear()
    sandbox().apps.tel4vn.setCalls([tel4vnCall('after-outage')])
    // The poller backs off after failures: step until it polls again.
    await relay.run(60_000, () => relay.service.tenants.get('t1')?.status().state === 'ok')
    for (const desk of [a, boss]) await eventually(() => expect(team.connected(desk.status())).toBe(true))
    await eventually(() => expect(a.rings('after-outage')).toHaveLength(1))
    expect(team.monitorRequests().length).toBeGreaterThan(0)
  })
})
