import { appendFile } from 'node:fs/promises'
import { connect as connectTcp, type Socket } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { tenantSubjects } from '../../src/main/relay-protocol/relay-names'
import { natsServerMissing } from '../helpers/nats-server'
import { eventually, TENANT } from '../helpers/relay-service'
import { RELAY_INTERVAL_MS, useRelayTeam } from '../helpers/relay-team'

/**
 * A supervisor's connection that speaks NATS by hand: it subscribes to the whole tenant, reads
 * until the server has it, then stops reading, so whatever the server sends it piles up.
 */
async function stalledDesk(
  url: string,
  user: string,
  pass: string,
): Promise<{ socket: Socket; received: () => number }> {
  const { hostname, port } = new URL(url)
  const socket = connectTcp(Number(port), hostname)
  let text = ''
  let received = 0
  socket.on('error', () => undefined)
  socket.on('data', (chunk: Buffer) => {
    received += chunk.length
    text += chunk.toString('latin1')
  })
  await eventually(() => expect(text).toMatch(/^INFO /))
  socket.write(`CONNECT ${JSON.stringify({ user, pass, verbose: false, pedantic: false, protocol: 1 })}\r\n`)
  socket.write(`SUB ${tenantSubjects(TENANT)} 1\r\nPING\r\n`)
  await eventually(() => expect(text).toContain('PONG'))
  expect(text).not.toContain('-ERR')
  socket.pause()
  return { socket, received: () => received }
}

describe.skipIf(natsServerMissing)('a desk that stops reading, end to end', () => {
  const team = useRelayTeam()
  const { sandbox, tel4vnCall } = team
  const sockets: Socket[] = []
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.destroy()
  })

  it('slows neither the other desks nor the relay while a burst goes out', async () => {
    const server = await team.server()
    // The server waits this long for a desk that takes nothing before cutting it (10 s by default),
    // so this burst shows the cut.
    await appendFile(server.configPath, 'write_deadline: "500ms"\n')
    await server.reload()
    const relay = await team.relay(server)
    const a = await team.desk(server, 'desk-a', { kind: 'agent', extension: team.extensionA() })
    const b = await team.desk(server, 'desk-b', { kind: 'agent', extension: team.extensionB() })
    await relay.polls(1)
    await eventually(() => [a, b].forEach((desk) => expect(team.connected(desk.status())).toBe(true)))
    const stalled = await stalledDesk(server.url, 'boss', team.password('boss'))
    sockets.push(stalled.socket)
    const readBeforeStall = stalled.received()

    // Every other extension gets 60 new calls each poll (and last poll's are missed): about a
    // megabyte of events per poll, all on subjects the stalled desk subscribed to.
    const others = sandbox()
      .apps.tel4vn.extensions()
      .slice(2)
      .map((entry) => entry.extension)
    const burst = (poll: number) =>
      others.flatMap((extension) =>
        Array.from({ length: 60 }, (_unused, index) =>
          tel4vnCall(`burst-${poll}-${extension}-${index}`, { extension }),
        ),
      )
    const pollsBefore = relay.pollStarts.length
    const POLLS = 30
    for (let poll = 0; poll < POLLS; poll += 1) {
      const mine =
        poll >= 10 && poll < 12 ? [tel4vnCall('ring-a'), tel4vnCall('ring-b', { extension: team.extensionB() })] : []
      sandbox().apps.tel4vn.setCalls([...burst(poll), ...mine])
      await relay.polls(1)
    }

    // The relay polled on every interval of its clock, however much it had to publish.
    const pollTimes = relay.pollStarts.slice(pollsBefore)
    expect(pollTimes).toHaveLength(POLLS)
    expect(new Set(pollTimes.slice(1).map((at, index) => at - (pollTimes[index] ?? 0)))).toEqual(
      new Set([RELAY_INTERVAL_MS]),
    )
    await eventually(() => {
      expect(a.rings('ring-a')).toHaveLength(1)
      expect(a.missed('ring-a')).toHaveLength(1)
      expect(b.rings('ring-b')).toHaveLength(1)
      expect(b.missed('ring-b')).toHaveLength(1)
    })
    expect(a.shown).toHaveLength(2)
    expect(b.shown).toHaveLength(2)
    // Meanwhile the server gave up on the stalled desk: what the kernel had buffered, then the end.
    let closed = false
    stalled.socket.on('close', () => (closed = true))
    expect(stalled.received()).toBe(readBeforeStall)
    stalled.socket.resume()
    await eventually(() => expect(closed).toBe(true), 10_000)
    expect(stalled.received()).toBeGreaterThan(readBeforeStall)
  }, 60_000)
})
