import { describe, expect, it } from 'vitest'

import { useMonitorSandbox } from '../../helpers/monitor-sandbox'
import { monitoredAccount, waitFor } from '../../helpers/monitored-account'

const { sandbox, clientOptions, monitors, first, tel4vnCall: call } = useMonitorSandbox()
const who = () => `${first()?.extension} (${first()?.agentName})`
const tel4vn = () =>
  monitoredAccount({
    sandbox: sandbox(),
    pools: clientOptions().pools,
    provider: 'tel4vn',
    monitors,
    role: { kind: 'agent', extension: first()?.extension ?? '' },
  })

describe('missed calls against the Tel4vn sandbox', () => {
  it('raises one Missed alert that stays, counts it in the tray until the history is seen', async () => {
    const watched = await tel4vn()
    sandbox().apps.tel4vn.setCalls([call('m-1')])
    await watched.poll(0)
    sandbox().apps.tel4vn.setCalls([])
    await watched.poll()
    await watched.poll()
    expect(watched.notifications).toEqual([`Call ringing on ${who()}`, `Missed call on ${who()}`])
    // Both stay: the ring until it stops ringing (the app then closes it), the missed call until seen.
    expect(watched.persistent).toEqual([`Call ringing on ${who()}`, `Missed call on ${who()}`])
    expect(watched.monitor.alerts()[0]).toMatchObject({ id: 'missed:m-1', kind: 'missed', seen: false, notified: true })
    expect(watched.tray.at(-1)?.missedCalls).toBe(1)

    // Its click brings the history forward with that call in view.
    watched.click(`Missed call on ${who()}`)
    expect(watched.livesOpened).toEqual(['missed:m-1'])
    expect(watched.monitor.markAlertsSeen()).toBe(1)
    expect(watched.tray.at(-1)?.missedCalls).toBe(0)
    expect(watched.monitor.alerts()[0]?.seen).toBe(true)
    expect(watched.monitor.markAlertsSeen()).toBe(0)
  })

  it('keeps the count across a restart, and never says missed twice for one call', async () => {
    const before = await tel4vn()
    sandbox().apps.tel4vn.setCalls([call('m-2')])
    await before.poll(0)
    sandbox().apps.tel4vn.setCalls([])
    await before.poll()
    before.monitor.dispose()

    const after = await monitoredAccount({
      sandbox: sandbox(),
      pools: clientOptions().pools,
      provider: 'tel4vn',
      monitors,
      role: { kind: 'agent', extension: first()?.extension ?? '' },
      backend: before.backend,
    })
    await after.poll(0)
    expect(after.tray.at(-1)?.missedCalls).toBe(1)
    expect(after.notifications).toEqual([])
  })

  it('does not call an answered call missed, nor an outbound call the other party did not take', async () => {
    const watched = await tel4vn()
    sandbox().apps.tel4vn.setCalls([call('answered'), call('dialled-out', { direction: 'outbound' })])
    await watched.poll(0)
    sandbox().apps.tel4vn.setCalls([call('answered', { state: 'ONCALL' })])
    await watched.poll()
    sandbox().apps.tel4vn.setCalls([])
    await watched.poll()
    expect(watched.notifications.filter((title) => title.startsWith('Missed'))).toEqual([])
    expect(watched.monitor.alerts().filter((alert) => alert.kind === 'missed')).toEqual([])
    expect(watched.tray.at(-1)?.missedCalls).toBe(0)
  })

  it('counts a call whose direction Tel4vn leaves out as missed: a ring for the user never vanishes unseen', async () => {
    const watched = await tel4vn()
    sandbox().apps.tel4vn.setCalls([call('no-direction', { direction: null })])
    await watched.poll(0)
    sandbox().apps.tel4vn.setCalls([])
    await watched.poll()
    expect(watched.monitor.alerts()[0]).toMatchObject({ id: 'missed:no-direction', kind: 'missed' })
  })
})

describe('missed calls against the VoIPbin sandbox', () => {
  const voipbinAgent = (index: number) => {
    const id = sandbox().apps.voipbin.agentIds()[index] ?? ''
    sandbox().apps.voipbin.setAgentStatus(id, 'available')
    const agent = sandbox()
      .apps.voipbin.agents()
      .find((candidate) => candidate.id === id)
    return { id, username: agent?.username ?? '', name: agent?.name ?? '' }
  }
  const voipbin = (username: string, awayAfterMissed: boolean) =>
    monitoredAccount({
      sandbox: sandbox(),
      pools: clientOptions().pools,
      provider: 'voipbin',
      monitors,
      role: { kind: 'agent', extension: username },
      extra: { voipbinAwayAfterMissed: awayAfterMissed },
    })
  const statusWrites = (agentId: string) =>
    sandbox()
      .served.voipbin.requests.filter(
        (request) => request.method === 'PUT' && request.path.endsWith(`${agentId}/status`),
      )
      .map((request) => JSON.parse(request.body) as unknown)

  it('says missed when a ring ends in any status but busy, and nothing when it is answered', async () => {
    const agent = voipbinAgent(3)
    const watched = await voipbin(agent.username, false)
    await watched.poll(0)
    sandbox().apps.voipbin.setAgentStatus(agent.id, 'ringing')
    await watched.poll()
    sandbox().apps.voipbin.setAgentStatus(agent.id, 'busy')
    await watched.poll()
    expect(watched.notifications).toEqual([`${agent.name} is ringing`])

    sandbox().apps.voipbin.setAgentStatus(agent.id, 'available')
    await watched.poll()
    sandbox().apps.voipbin.setAgentStatus(agent.id, 'ringing')
    await watched.poll()
    sandbox().apps.voipbin.setAgentStatus(agent.id, 'available')
    await watched.poll()
    expect(watched.notifications.at(-1)).toBe(`Missed call on ${agent.name}`)
    expect(watched.monitor.alerts()[0]).toMatchObject({ kind: 'missed', subject: agent.name, seen: false })
    expect(watched.monitor.alerts()[0]?.id).toMatch(/^missed:voipbin-ring:/)
    // Not chosen: the agent's status is left alone.
    expect(statusWrites(agent.id)).toEqual([])
  })

  it('sets the agent away after a missed call when chosen, with the documented call, and says so', async () => {
    const agent = voipbinAgent(4)
    const watched = await voipbin(agent.username, true)
    await watched.poll(0)
    sandbox().apps.voipbin.setAgentStatus(agent.id, 'ringing')
    await watched.poll()
    sandbox().apps.voipbin.setAgentStatus(agent.id, 'available')
    await watched.poll()
    await waitFor(() => watched.notifications.length >= 3)
    // The notifications first: when the write failed, they say why (an away_failed alert).
    expect(watched.notifications).toEqual([
      `${agent.name} is ringing`,
      `Missed call on ${agent.name}`,
      `${agent.name} set to Away after a missed call`,
    ])
    expect(statusWrites(agent.id)).toEqual([{ status: 'away' }])
    expect(
      sandbox()
        .apps.voipbin.agents()
        .find((candidate) => candidate.id === agent.id)?.status,
    ).toBe('away')
    expect(watched.monitor.alerts().map((alert) => alert.kind)).toEqual(['away_set', 'missed', 'agent_ringing'])
  })

  it('leaves an agent who went offline after the ring as they are', async () => {
    const agent = voipbinAgent(5)
    const watched = await voipbin(agent.username, true)
    await watched.poll(0)
    sandbox().apps.voipbin.setAgentStatus(agent.id, 'ringing')
    await watched.poll()
    sandbox().apps.voipbin.setAgentStatus(agent.id, 'offline')
    await watched.poll()
    expect(watched.notifications.at(-1)).toBe(`Missed call on ${agent.name}`)
    expect(statusWrites(agent.id)).toEqual([])
  })
})
