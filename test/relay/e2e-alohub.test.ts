import { describe, expect, it } from 'vitest'

import { alohubAgentsEntrySchema, type AlohubAgentsEntry } from '../../src/main/relay-protocol/relay-entries'
import { ALOHUB_AGENTS_KEY, alohubAgentsSubject, statusKey } from '../../src/main/relay-protocol/relay-names'
import { DEFAULT_ALOHUB_INTERVAL_MS } from '../../src/relay/tenant/tenant-alohub'
import { connectDesk, directGet, expectSubscriptionRefused, type DeskConnection } from '../helpers/nats-desk'
import { natsServerMissing } from '../helpers/nats-server'
import { eventually, TENANT } from '../helpers/relay-service'
import { useRelayTeam } from '../helpers/relay-team'

describe.skipIf(natsServerMissing)(
  "a tenant's AloHub agents through the relay (sandbox, nats-server, relay, desks)",
  () => {
    const team = useRelayTeam()
    const { sandbox } = team

    /** The relay's agent-list requests the AloHub sandbox answered (any other request would be a desk's). */
    const alohubRequests = () => sandbox().served.alohub.requests
    const entries = (heard: unknown[]) => heard.map((value) => alohubAgentsEntrySchema.parse(value))

    /** The supervisor's NATS user, hearing every new `alohub.agents` entry. */
    const listen = async (url: string) => {
      const boss = await connectDesk(url, 'boss', team.password('boss'))
      const heard: unknown[] = []
      boss.nc.subscribe(alohubAgentsSubject(TENANT), { callback: (_error, message) => heard.push(message.json()) })
      await boss.nc.flush()
      return { boss, heard }
    }
    const readEntry = async (desk: DeskConnection): Promise<AlohubAgentsEntry> =>
      alohubAgentsEntrySchema.parse((await directGet(desk.nc, TENANT, ALOHUB_AGENTS_KEY)).json())

    /** Flips an agent between available and logged out, as AloHub itself would. */
    const flip = (agentId: string) => {
      const agent = sandbox()
        .apps.alohub.agents()
        .find((candidate) => candidate.agentId === agentId)
      const online = agent?.userStatus !== 'LOGOUT'
      sandbox().apps.alohub.setPresence(agentId, {
        systemStatus: online ? 'NOT AVAILABLE' : 'AVAILABLE',
        userStatus: online ? 'LOGOUT' : 'AVAILABLE',
      })
      return online ? 'logged out' : 'available'
    }

    it('publishes the agents once per change, and a supervisor desk follows presence and queues with no request of its own to AloHub', async () => {
      const server = await team.server()
      const { boss, heard } = await listen(server.url)
      const relay = await team.relay(server, { alohub: true })
      await relay.run(100)
      await eventually(() => expect(heard).toHaveLength(1))
      const [first] = entries(heard)
      expect(first).toMatchObject({ v: 1, epoch: relay.service.tenants.get(TENANT)?.epoch, revision: 1 })
      // Every page's agents, flattened, as the client mapped them.
      expect(first?.agents.map((agent) => agent.agentId)).toEqual(
        sandbox()
          .apps.alohub.agents()
          .map((agent) => agent.agentId),
      )
      await eventually(async () => expect((await readEntry(boss)).revision).toBe(1))
      expect(
        JSON.parse(new TextDecoder().decode((await directGet(boss.nc, TENANT, statusKey('alohub'))).data)),
      ).toMatchObject({
        state: 'ok',
      })

      const desk = await team.desk(server, 'boss', { kind: 'supervisor' }, 'alohub')
      await eventually(() => {
        expect(team.connected(desk.status())).toBe(true)
        expect(desk.app.monitor.state().agentCounts[0]?.total).toBe(first?.agents.length)
      })
      // Queue memberships came with the agents: the callin queues are known to the desk.
      const queueIds = new Set(first?.agents.flatMap((agent) => agent.callinQueueIds))
      expect(
        desk.app.monitor
          .state()
          .queues.map((queue) => queue.id)
          .sort((a, b) => a - b),
      ).toEqual([...queueIds].sort((a, b) => a - b))
      expect(desk.app.monitor.state().presence).toEqual([])

      // A poll that finds the same agents writes and publishes nothing.
      await relay.run(DEFAULT_ALOHUB_INTERVAL_MS)
      await eventually(() => expect(alohubRequests()).toHaveLength(2))
      await new Promise((done) => setTimeout(done, 200))
      expect(heard).toHaveLength(1)

      const agentId = first?.agents[0]?.agentId ?? ''
      const to = flip(agentId)
      await relay.run(DEFAULT_ALOHUB_INTERVAL_MS)
      await eventually(() => expect(heard).toHaveLength(2))
      expect(entries(heard)[1]).toMatchObject({ epoch: first?.epoch, revision: 2 })
      await eventually(() =>
        expect(desk.app.monitor.state().presence).toEqual([expect.objectContaining({ agentId, to })]),
      )

      // Every agent list AloHub served was the relay's poll, one page each: the desk asked nothing.
      expect(alohubRequests()).toHaveLength(3)
      expect(alohubRequests().every((request) => request.path === '/v1/agents')).toBe(true)
      await boss.nc.close()
    })

    it("keeps the list's epoch and revision across a relay restart, and refuses it to an agent's user", async () => {
      const server = await team.server()
      const { boss, heard } = await listen(server.url)
      const before = await team.relay(server, { alohub: true })
      await before.run(100)
      await eventually(() => expect(heard).toHaveLength(1))
      const epoch = before.service.tenants.get(TENANT)?.epoch
      await before.stop()

      const after = await team.relay(server, { alohub: true })
      expect(after.service.tenants.get(TENANT)?.epoch).toBe(epoch)
      await after.run(100)
      await eventually(() => expect(alohubRequests()).toHaveLength(2))
      await new Promise((done) => setTimeout(done, 200))
      // The same agents after the restart: not written again.
      expect(heard).toHaveLength(1)
      expect(after.service.alohub.get(TENANT)?.revision()).toBe(1)

      flip(sandbox().apps.alohub.agents()[1]?.agentId ?? '')
      await after.run(DEFAULT_ALOHUB_INTERVAL_MS)
      await eventually(() => expect(heard).toHaveLength(2))
      expect(entries(heard)[1]).toMatchObject({ epoch, revision: 2 })
      expect(await readEntry(boss)).toMatchObject({ epoch, revision: 2 })

      const agent = await connectDesk(server.url, 'desk-a', team.password('desk-a'))
      await expect(directGet(agent.nc, TENANT, ALOHUB_AGENTS_KEY)).rejects.toMatchObject({
        code: 'PERMISSIONS_VIOLATION',
      })
      await expectSubscriptionRefused(agent, alohubAgentsSubject(TENANT))
      await Promise.all([agent.nc.close(), boss.nc.close()])

      // A supervisor's AloHub account signed in as that agent's user: told so, and asks AloHub nothing itself.
      const requests = alohubRequests().length
      const intruder = await team.desk(server, 'desk-a', { kind: 'supervisor' }, 'alohub')
      await eventually(() =>
        expect(intruder.status()).toMatchObject({
          state: 'error',
          push: 'down',
          pushReason: 'relay_not_allowed',
          problem: { code: 'problems:relay.notAllowedAgents', params: { url: server.url, user: 'desk-a' } },
        }),
      )
      expect(intruder.app.monitor.state().agentCounts).toEqual([])
      expect(alohubRequests()).toHaveLength(requests)
    })

    it('tells a supervisor desk a change made while nats-server was down, once, after it restarts', async () => {
      const server = await team.server()
      const relay = await team.relay(server, { alohub: true })
      await relay.run(100)
      const desk = await team.desk(server, 'boss', { kind: 'supervisor' }, 'alohub')
      await eventually(() => expect(desk.app.monitor.state().agentCounts).toHaveLength(1))

      await server.stop()
      const agentId = sandbox().apps.alohub.agents()[2]?.agentId ?? ''
      const to = flip(agentId)
      await relay.run(DEFAULT_ALOHUB_INTERVAL_MS)
      await server.restart()

      await eventually(
        () => expect(desk.app.monitor.state().presence).toEqual([expect.objectContaining({ agentId, to })]),
        20_000,
      )
      await new Promise((done) => setTimeout(done, 300))
      expect(desk.app.monitor.state().presence).toHaveLength(1)
      expect(team.connected(desk.status())).toBe(true)
      expect(alohubRequests()).toHaveLength(2)
    })
  },
)
