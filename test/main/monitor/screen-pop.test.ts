import { describe, expect, it } from 'vitest'

import type { Tel4vnCall } from '../../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import type { ScreenPop } from '../../../src/shared/domain/accounts'
import { useMonitorSandbox } from '../../helpers/monitor-sandbox'
import { monitoredAccount } from '../../helpers/monitored-account'

const { sandbox, clientOptions, monitors, first, tel4vnCall } = useMonitorSandbox((sandbox) => {
  for (const agent of sandbox.apps.voipbin.agents()) {
    if (agent.status === 'ringing') sandbox.apps.voipbin.setAgentStatus(agent.id, 'available')
  }
})

const template = 'https://crm.example.vn/calls/{call_id}?phone={number}&ext={extension}&dir={direction}&agent={agent}'
const tel4vn = (screenPop: ScreenPop | null, role?: { kind: 'agent'; extension: string }) =>
  monitoredAccount({
    sandbox: sandbox(),
    pools: clientOptions().pools,
    provider: 'tel4vn',
    monitors,
    extra: { screenPop },
    ...(role ? { role } : {}),
  })

const call = (callId: string, overrides: Partial<Tel4vnCall> = {}) =>
  tel4vnCall(callId, { direction: 'outbound', destination: '0899123456', ...overrides })
const title = (direction: 'inbound' | 'outbound' = 'outbound') =>
  `${direction === 'outbound' ? 'Outbound call ringing from' : 'Call ringing on'} ${first()?.extension} (${first()?.agentName})`

describe('screen pop against the Tel4vn sandbox', () => {
  it('opens the record of the call whose alert is clicked, with the values Tel4vn gives', async () => {
    const watched = await tel4vn({ template, openOn: 'click' })
    sandbox().apps.tel4vn.setCalls([call('pop-1')])
    await watched.poll(0)
    expect(watched.notifications).toEqual([title()])
    expect(watched.opened).toEqual([])
    watched.click(title())
    await Promise.resolve()
    expect(watched.opened).toEqual([
      `https://crm.example.vn/calls/pop-1?phone=0899123456&ext=${first()?.extension}&dir=outbound&agent=${first()?.username}`,
    ])
    expect(watched.livesOpened).toEqual([])
  })

  it('leaves {number} empty on an inbound call: Tel4vn names the number called, not the caller', async () => {
    const watched = await tel4vn({ template, openOn: 'click' })
    sandbox().apps.tel4vn.setCalls([call('pop-in', { direction: 'inbound' })])
    await watched.poll(0)
    watched.click(title('inbound'))
    await Promise.resolve()
    expect(new URL(watched.opened[0] ?? 'x:').searchParams.get('phone')).toBe('')
    expect(new URL(watched.opened[0] ?? 'x:').searchParams.get('dir')).toBe('inbound')
  })

  it('opens as soon as the call rings when chosen, once however often it is polled', async () => {
    const watched = await tel4vn({ template: 'https://crm.example.vn/?n={number}', openOn: 'ring' })
    sandbox().apps.tel4vn.setCalls([call('pop-ring')])
    await watched.poll(0)
    await watched.poll()
    await watched.poll()
    expect(watched.opened).toEqual(['https://crm.example.vn/?n=0899123456'])
  })

  it('opens nothing for a call that is not the agent’s, nor for a burst', async () => {
    const agent = await tel4vn({ template, openOn: 'ring' }, { kind: 'agent', extension: 'nobody' })
    sandbox().apps.tel4vn.setCalls([call('not-mine')])
    await agent.poll(0)
    expect(agent.notifications).toEqual([])
    expect(agent.opened).toEqual([])
    agent.monitor.dispose()

    const supervisor = await tel4vn({ template, openOn: 'ring' })
    const [a, b] = sandbox().apps.tel4vn.extensions()
    sandbox().apps.tel4vn.setCalls([
      call('burst-1', { extension: a?.extension ?? '' }),
      call('burst-2', { extension: b?.extension ?? '' }),
    ])
    await supervisor.poll(0)
    expect(supervisor.notifications).toEqual(['2 calls ringing in Hotline'])
    expect(supervisor.opened).toEqual([])
    supervisor.click('2 calls ringing in Hotline')
    expect(supervisor.livesOpened).toEqual(['burst-1'])
  })

  it('keeps a hostile number inside the query, and opens no address a value would reshape', async () => {
    const watched = await tel4vn({ template: 'https://crm.example.vn/c/{number}?x=1', openOn: 'click' })
    sandbox().apps.tel4vn.setCalls([call('hostile', { destination: '../../admin?x=#@evil.example' })])
    await watched.poll(0)
    watched.click(title())
    await Promise.resolve()
    const opened = new URL(watched.opened[0] ?? 'x:')
    expect(opened.host).toBe('crm.example.vn')
    expect(opened.pathname).toBe('/c/..%2F..%2Fadmin%3Fx%3D%23%40evil.example')

    // A number that would make a ".." path segment is refused when built: the Live screen comes instead.
    sandbox().apps.tel4vn.setCalls([call('dots', { destination: '..' })])
    await watched.poll()
    watched.click(title())
    expect(watched.opened).toHaveLength(1)
    expect(watched.livesOpened).toEqual(['dots'])
  })

  it('brings the Live screen forward on a click when the account has no screen pop', async () => {
    const watched = await tel4vn(null)
    sandbox().apps.tel4vn.setCalls([call('plain')])
    await watched.poll(0)
    watched.click(title())
    expect(watched.opened).toEqual([])
    expect(watched.livesOpened).toEqual(['plain'])
  })
})

describe('screen pop against the VoIPbin sandbox', () => {
  it('fills only {agent}: the status says whose phone rings, nothing of the call', async () => {
    const [agentId] = sandbox().apps.voipbin.agentIds()
    const agent = sandbox()
      .apps.voipbin.agents()
      .find((candidate) => candidate.id === agentId)
    sandbox().apps.voipbin.setAgentStatus(agentId ?? '', 'available')
    const watched = await monitoredAccount({
      sandbox: sandbox(),
      pools: clientOptions().pools,
      provider: 'voipbin',
      monitors,
      role: { kind: 'agent', extension: agent?.username ?? '' },
      extra: { screenPop: { template, openOn: 'ring' } },
    })
    await watched.poll(0)
    sandbox().apps.voipbin.setAgentStatus(agentId ?? '', 'ringing')
    await watched.poll()
    expect(watched.notifications).toEqual([`${agent?.name} is ringing`])
    expect(watched.opened).toEqual([
      `https://crm.example.vn/calls/?phone=&ext=&dir=&agent=${encodeURIComponent(agent?.username ?? '')}`,
    ])
  })
})
