import { describe, expect, it } from 'vitest'

import { extensionEntrySchema, extensionEventSchema } from '../../src/main/relay-protocol/relay-entries'
import { extensionEventSubject, extensionKey, indexKey } from '../../src/main/relay-protocol/relay-names'
import { useMonitorSandbox } from '../helpers/monitor-sandbox'
import { natsServerMissing, useNatsServers } from '../helpers/nats-server'
import { eventually, TENANT, useRelays } from '../helpers/relay-service'

describe.skipIf(natsServerMissing)('the relay across restarts', () => {
  const { sandbox, clientOptions, tel4vnCall, first } = useMonitorSandbox()
  const startServer = useNatsServers()
  const relays = useRelays({ sandbox, clientOptions })
  const extension = () => first()?.extension ?? ''

  it('publishes "missed" for a call that stopped ringing while the relay was down, in the same epoch with the next revision', async () => {
    const server = await startServer()
    const entry = async () => extensionEntrySchema.parse(await relays.read(server, extensionKey('tel4vn', extension())))
    const before = await relays.start(server)
    const epoch = before.relay.tenants.get(TENANT)?.epoch
    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-down')])
    await before.run(100)
    const ringing = await eventually(async () => {
      const held = await entry()
      expect(held.calls.map((call) => call.callId)).toEqual(['c-down'])
      return held
    })
    await before.stop()

    sandbox().apps.tel4vn.setCalls([])
    const desk = await relays.listen(server, extensionEventSubject(TENANT, 'tel4vn', extension()))
    const after = await relays.start(server)
    expect(after.relay.tenants.get(TENANT)?.epoch).toBe(epoch)
    await after.run(100)

    await eventually(() => expect(desk.heard).toHaveLength(1))
    expect(extensionEventSchema.parse(desk.heard[0])).toMatchObject({
      epoch,
      revision: ringing.revision + 1,
      changes: [{ kind: 'missed', call: expect.objectContaining({ callId: 'c-down' }) }],
    })
    expect(await entry()).toMatchObject({ epoch, revision: ringing.revision + 1, calls: [] })
    expect((await entry()).missed.map((missed) => missed.call.callId)).toEqual(['c-down'])
    expect(await relays.read(server, indexKey('tel4vn'))).toMatchObject({
      epoch,
      extensions: { [extension()]: ringing.revision + 1 },
    })
  })

  it('starts a new epoch on an empty bucket', async () => {
    const first = await relays.start(await startServer())
    const second = await relays.start(await startServer())
    expect(first.relay.tenants.get(TENANT)?.epoch).not.toBe(second.relay.tenants.get(TENANT)?.epoch)
  })

  it('goes on through a nats-server restart: what changed while NATS was away is in the bucket afterwards, and desks hear what follows', async () => {
    const server = await startServer()
    const entry = async () => extensionEntrySchema.parse(await relays.read(server, extensionKey('tel4vn', extension())))
    const { run, relay, pollStarts } = await relays.start(server)
    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-nats')])
    await run(100)
    await eventually(async () => expect((await entry()).calls).toHaveLength(1))
    const desk = await relays.listen(server, extensionEventSubject(TENANT, 'tel4vn', extension()))

    await server.stop()
    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-nats', { state: 'ONCALL' }), tel4vnCall('c-while-down')])
    const pollsBefore = pollStarts.length
    await run(4_000)
    // NATS away holds up no poll.
    expect(pollStarts.length - pollsBefore).toBe(2)
    await server.restart()

    // No poll needed: the relay writes what it kept as soon as it is reconnected.
    await eventually(async () => {
      const held = await entry()
      expect(held.calls.map((call) => [call.callId, call.state])).toEqual([
        ['c-nats', 'on_call'],
        ['c-while-down', 'ringing'],
      ])
    }, 20_000)
    expect(relay.tenants.get(TENANT)?.status().state).toBe('ok')

    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-nats', { state: 'ONCALL' })])
    await eventually(async () => {
      await run(2_000)
      const heard = desk.heard.map((message) => extensionEventSchema.parse(message))
      expect(heard.at(-1)?.changes).toEqual([
        { kind: 'missed', call: expect.objectContaining({ callId: 'c-while-down' }) },
      ])
      expect(heard.at(-1)?.revision).toBe((await entry()).revision)
    }, 20_000)
  }, 60_000)
})
