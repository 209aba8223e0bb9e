import { describe, expect, it } from 'vitest'

import {
  extensionEntrySchema,
  extensionEventSchema,
  figuresEntrySchema,
  relayStatusSchema,
} from '../../src/main/relay-protocol/relay-entries'
import {
  extensionEventSubject,
  FIGURES_KEY,
  figuresSubject,
  extensionKey,
  indexKey,
  statusKey,
  statusSubject,
  tenantSubjects,
} from '../../src/main/relay-protocol/relay-names'
import { useMonitorSandbox } from '../helpers/monitor-sandbox'
import { natsServerMissing, useNatsServers } from '../helpers/nats-server'
import { eventually, TENANT, useRelays } from '../helpers/relay-service'

const MONITOR_PATH = '/v1/monitor/agent'

describe.skipIf(natsServerMissing)('the relay of one tenant, on the Tel4vn sandbox and a real nats-server', () => {
  const { sandbox, clientOptions, tel4vnCall } = useMonitorSandbox((box) => box.served.tel4vn.faults.clear())
  const startServer = useNatsServers()
  const relays = useRelays({ sandbox, clientOptions })
  const monitorRequests = () => sandbox().served.tel4vn.requests.filter((request) => request.path === MONITOR_PATH)

  it('asks Tel4vn once per interval, however many desks listen', async () => {
    const server = await startServer()
    const { run, pollStarts } = await relays.start(server, { intervalSeconds: 2 })
    await run(100)
    const desks = await Promise.all(Array.from({ length: 25 }, () => relays.listen(server, tenantSubjects(TENANT))))
    sandbox().served.tel4vn.clearRequests()
    const pollsBefore = pollStarts.length

    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-many')])
    await run(10_000)

    expect(pollStarts.length - pollsBefore).toBe(5)
    expect(monitorRequests()).toHaveLength(5)
    // Every desk heard the ring, and the relay still asked once per interval.
    await eventually(() => {
      for (const desk of desks) expect(desk.heard.length).toBeGreaterThan(0)
    })
  })

  it('publishes a ring, its answer and its end once each on the extension, with the next revision, and the entry holds the call', async () => {
    const server = await startServer()
    const { run } = await relays.start(server)
    await run(100)
    const [first, second] = sandbox().apps.tel4vn.extensions()
    if (!first || !second) throw new Error('the sandbox has two extensions')
    const mine = await relays.listen(server, extensionEventSubject(TENANT, 'tel4vn', first.extension))
    const other = await relays.listen(server, extensionEventSubject(TENANT, 'tel4vn', second.extension))
    const entry = async () =>
      extensionEntrySchema.parse(await relays.read(server, extensionKey('tel4vn', first.extension)))
    const events = () => mine.heard.map((message) => extensionEventSchema.parse(message))

    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-1')])
    await run(2_000)
    await eventually(() => expect(events()).toHaveLength(1))
    const [ring] = events()
    expect(ring?.changes).toEqual([
      { kind: 'ringing', call: expect.objectContaining({ callId: 'c-1', state: 'ringing' }) },
    ])
    const epoch = ring?.epoch
    const ringRevision = ring?.revision ?? 0
    expect((await entry()).calls.map((call) => call.callId)).toEqual(['c-1'])
    expect((await entry()).revision).toBe(ringRevision)

    // A poll that sees nothing new publishes nothing.
    await run(4_000)
    expect(events()).toHaveLength(1)

    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-1', { state: 'ONCALL' })])
    await run(2_000)
    await eventually(() => expect(events()).toHaveLength(2))
    expect(events()[1]).toMatchObject({ epoch, revision: ringRevision + 1, changes: [{ kind: 'answered' }] })
    expect((await entry()).calls[0]?.state).toBe('on_call')

    sandbox().apps.tel4vn.setCalls([])
    await run(2_000)
    await eventually(() => expect(events()).toHaveLength(3))
    expect(events()[2]).toMatchObject({ epoch, revision: ringRevision + 2, changes: [{ kind: 'ended' }] })
    expect(await entry()).toMatchObject({ revision: ringRevision + 2, calls: [], missed: [] })

    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-2')])
    await run(2_000)
    sandbox().apps.tel4vn.setCalls([])
    await run(2_000)
    await eventually(() => expect(events()).toHaveLength(5))
    expect(events()[4]).toMatchObject({
      revision: ringRevision + 4,
      changes: [{ kind: 'missed', call: expect.objectContaining({ callId: 'c-2' }) }],
    })
    expect((await entry()).missed.map((missed) => missed.call.callId)).toEqual(['c-2'])

    // The index lists the extension at its revision; the other extension heard nothing.
    expect(await relays.read(server, indexKey('tel4vn'))).toMatchObject({
      epoch,
      extensions: { [first.extension]: ringRevision + 4 },
    })
    expect(other.heard).toEqual([])
  })

  it('publishes the figures when they change: per Tel4vn domain, and per AloHub callin queue', async () => {
    const server = await startServer()
    const { run } = await relays.start(server, { alohub: true })
    const published = await relays.listen(server, figuresSubject(TENANT))
    await run(100)
    const extension = sandbox().apps.tel4vn.extensions()[0]?.extension ?? ''
    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-fig')])
    await run(2_000)
    const figures = await eventually(async () => {
      const entry = figuresEntrySchema.parse(await relays.read(server, FIGURES_KEY))
      const queues = entry.figures.filter((figure) => figure.kind === 'queue' && figure.ringing === 1)
      expect(queues.length).toBeGreaterThan(0)
      return entry
    })
    const agent = sandbox()
      .apps.alohub.agents()
      .find((candidate) => candidate.agentId === extension)
    expect(
      figures.figures.filter((figure) => figure.kind === 'queue' && figure.ringing === 1).map((figure) => figure.key),
    ).toEqual([...(agent?.callinQueueIds ?? [])].sort((a, b) => a - b).map((id) => `queue:${id}`))
    expect(figures.figures.filter((figure) => figure.kind === 'domain')).toEqual([
      expect.objectContaining({ ringing: 1, onCalls: 0, accountIds: [TENANT] }),
    ])
    expect(published.heard.length).toBeGreaterThan(0)
    const heard = published.heard.length
    // Nothing changed but the longest ring: only that is published again.
    await run(2_000)
    await eventually(() => expect(published.heard.length).toBe(heard + 1))
    sandbox().apps.tel4vn.setCalls([])
    await run(2_000)
    await eventually(async () => {
      const entry = figuresEntrySchema.parse(await relays.read(server, FIGURES_KEY))
      expect(entry.figures.every((figure) => figure.ringing === 0)).toBe(true)
    })
  })

  it('says "failing" with the problem when Tel4vn fails, on the status subject and in the bucket, and "ok" when it is back', async () => {
    const server = await startServer()
    const { run, logger } = await relays.start(server)
    const statuses = await relays.listen(server, statusSubject(TENANT, 'tel4vn'))
    const heard = () => statuses.heard.map((message) => relayStatusSchema.parse(message))
    await run(100)
    await eventually(() => expect(heard().at(-1)?.state).toBe('ok'))

    // The provider's error page quotes the token: neither the status nor the relay's log may.
    const token = sandbox().credentials.tel4vn.token
    sandbox().served.tel4vn.faults.inject(
      { kind: 'status', status: 503, path: MONITOR_PATH, body: `<h1>503</h1> token ${token} refused` },
      1_000,
    )
    await run(2_000)
    await eventually(() => expect(heard().at(-1)?.state).toBe('failing'))
    const failing = heard().at(-1)
    expect(failing?.problem?.code).toBe('problems:http.server')
    expect(failing).toMatchObject({ deskFallback: true, intervalMs: 2_000 })
    expect(relayStatusSchema.parse(await relays.read(server, statusKey('tel4vn')))).toEqual(failing)
    expect(JSON.stringify(failing)).not.toContain(token)
    expect(logger.lines.join('\n')).not.toContain(token)

    sandbox().served.tel4vn.faults.clear()
    await run(30_000, () => heard().at(-1)?.state === 'ok')
    await eventually(() => expect(heard().at(-1)?.state).toBe('ok'))
    // While nothing changes, the status is written again every 30 s with the last good poll.
    const beats = heard().length
    const lastPollAt = heard().at(-1)?.lastPollAt ?? ''
    await run(30_000)
    await eventually(() => expect(heard()).toHaveLength(beats + 1))
    expect(heard().at(-1)).toMatchObject({ state: 'ok', since: heard()[beats - 1]?.since })
    expect(Date.parse(heard().at(-1)?.lastPollAt ?? '')).toBeGreaterThan(Date.parse(lastPollAt))
    await eventually(() => expect(heard().at(-1)?.state).toBe('ok'))
    expect(relayStatusSchema.parse(await relays.read(server, statusKey('tel4vn')))).toMatchObject({
      state: 'ok',
      problem: null,
    })
  })
  it('passes over a row without an extension (it names no subject) and goes on relaying the others', async () => {
    const server = await startServer()
    const { run, logger } = await relays.start(server)
    await run(100)
    const [first] = sandbox().apps.tel4vn.extensions()
    if (!first) throw new Error('the sandbox has an extension')
    const statuses = await relays.listen(server, statusSubject(TENANT, 'tel4vn'))
    const mine = await relays.listen(server, extensionEventSubject(TENANT, 'tel4vn', first.extension))

    sandbox().apps.tel4vn.setCalls([tel4vnCall('c-nobody', { extension: '' }), tel4vnCall('c-first')])
    await run(2_000)
    await run(2_000)

    await eventually(() => expect(mine.heard).toHaveLength(1))
    expect(extensionEventSchema.parse(mine.heard[0]).changes.map((change) => change.call.callId)).toEqual(['c-first'])
    expect(statuses.heard.map((message) => relayStatusSchema.parse(message).state)).not.toContain('failing')
    expect(logger.lines.filter((line) => line.includes('without an extension'))).toHaveLength(1)
  })
})
