import { describe, expect, it } from 'vitest'

import { natsServerMissing } from '../helpers/nats-server'
import { eventually, TENANT } from '../helpers/relay-service'
import { useRelayTeam } from '../helpers/relay-team'

describe.skipIf(natsServerMissing)('a team on one relay across restarts, end to end', () => {
  const team = useRelayTeam()
  const { sandbox, tel4vnCall } = team

  it('relay restart: a call that ended unanswered while it was down is told missed once, one still ringing is not told again', async () => {
    const server = await team.server()
    const before = await team.relay(server)
    const a = await team.desk(server, 'desk-a', { kind: 'agent', extension: team.extensionA() })
    const boss = await team.desk(server, 'boss', { kind: 'supervisor' })
    await before.polls(1)
    await eventually(() => [a, boss].forEach((desk) => expect(team.connected(desk.status())).toBe(true)))

    sandbox().apps.tel4vn.setCalls([tel4vnCall('gone')])
    await before.polls(1)
    await eventually(() => expect(a.rings('gone')).toHaveLength(1))
    sandbox().apps.tel4vn.setCalls([tel4vnCall('gone'), tel4vnCall('stays')])
    await before.polls(1)
    await eventually(() => expect(a.rings('stays')).toHaveLength(1))
    await eventually(() => expect(boss.board().sort()).toEqual(['gone', 'stays']))
    const epoch = before.service.tenants.get(TENANT)?.epoch
    await before.stop()

    // While the relay is down, "gone" stops ringing unanswered; "stays" goes on ringing.
    sandbox().apps.tel4vn.setCalls([tel4vnCall('stays')])
    const after = await team.relay(server)
    expect(after.service.tenants.get(TENANT)?.epoch).toBe(epoch)
    await after.polls(1)
    await eventually(() => {
      expect(a.missed('gone')).toHaveLength(1)
      expect(boss.missed('gone')).toHaveLength(1)
      expect(boss.board()).toEqual(['stays'])
    })

    await after.polls(3)
    await eventually(() => expect(team.monitorRequests().length).toBeGreaterThanOrEqual(after.pollStarts.length))
    for (const desk of [a, boss]) {
      expect(desk.rings('gone')).toHaveLength(1)
      expect(desk.rings('stays')).toHaveLength(1)
      expect(desk.missed('gone')).toHaveLength(1)
      expect(desk.missed('stays')).toHaveLength(0)
      expect(desk.shown).toHaveLength(3)
    }
    expect(a.app.monitor.rings.state().rings.map((ring) => ring.callId)).toEqual(['stays'])
  })

  it('nats-server restart: desks resync; a call missed entirely meanwhile is told missed once, a ring after once', async () => {
    const server = await team.server()
    const relay = await team.relay(server)
    const a = await team.desk(server, 'desk-a', { kind: 'agent', extension: team.extensionA() })
    const boss = await team.desk(server, 'boss', { kind: 'supervisor' })
    await relay.polls(1)
    await eventually(() => [a, boss].forEach((desk) => expect(team.connected(desk.status())).toBe(true)))
    sandbox().apps.tel4vn.setCalls([tel4vnCall('before')])
    await relay.polls(1)
    await eventually(() => expect(a.rings('before')).toHaveLength(1))

    await server.stop()
    await eventually(() =>
      [a, boss].forEach((desk) =>
        expect(desk.status()).toMatchObject({ state: 'error', problem: { code: 'problems:relay.unreachable' } }),
      ),
    )
    // While no desk hears anything, "unheard" rings and stops ringing, unanswered.
    sandbox().apps.tel4vn.setCalls([tel4vnCall('before'), tel4vnCall('unheard')])
    await relay.polls(1)
    sandbox().apps.tel4vn.setCalls([tel4vnCall('before')])
    await relay.polls(1)
    await server.restart()

    await eventually(() => [a, boss].forEach((desk) => expect(team.connected(desk.status())).toBe(true)), 15_000)
    await eventually(() => {
      expect(a.missed('unheard')).toHaveLength(1)
      expect(boss.missed('unheard')).toHaveLength(1)
    }, 10_000)

    sandbox().apps.tel4vn.setCalls([tel4vnCall('before'), tel4vnCall('after')])
    await relay.polls(1)
    await eventually(() => expect(a.rings('after')).toHaveLength(1))
    await relay.polls(3)
    await eventually(() => expect(team.monitorRequests()).toHaveLength(relay.pollStarts.length))
    for (const desk of [a, boss]) {
      expect(desk.rings('before')).toHaveLength(1)
      expect(desk.rings('unheard')).toHaveLength(0)
      expect(desk.rings('after')).toHaveLength(1)
      expect(desk.missed('unheard')).toHaveLength(1)
      expect(desk.missed('before')).toHaveLength(0)
    }
    expect(a.shown).toHaveLength(3)
  }, 45_000)

  it('desks that start before the relay ever wrote its bucket are served once it does', async () => {
    const server = await team.server()
    const a = await team.desk(server, 'desk-a', { kind: 'agent', extension: team.extensionA() })
    const boss = await team.desk(server, 'boss', { kind: 'supervisor' })
    await eventually(() => expect(a.app.monitor.state().monitors[0]?.push).toBe('connected'))
    const relay = await team.relay(server)
    await relay.polls(1)
    // The desks' first read waited for a bucket that was not there (a direct get then times out
    // after 5 s); the relay's first status makes them read again.
    await eventually(() => [a, boss].forEach((desk) => expect(team.connected(desk.status())).toBe(true)), 10_000)
    sandbox().apps.tel4vn.setCalls([tel4vnCall('first')])
    await relay.polls(1)
    await eventually(() => {
      expect(a.rings('first')).toHaveLength(1)
      expect(boss.board()).toEqual(['first'])
    })
  })
})
