import { describe, expect, it } from 'vitest'

import type { Tel4vnCall } from '../../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import { useMonitorSandbox } from '../../helpers/monitor-sandbox'
import { monitoredAccount } from '../../helpers/monitored-account'

const { sandbox, clientOptions, monitors } = useMonitorSandbox()

const extension = (index: number) => sandbox().apps.tel4vn.extensions()[index]?.extension ?? ''
const ring = (callId: string, overrides: Partial<Tel4vnCall> = {}): Tel4vnCall => ({
  callId,
  extension: extension(0),
  state: 'RINGING',
  direction: 'inbound',
  destination: '02873001234',
  startedAt: Date.now(),
  ...overrides,
})

describe('missed calls for the queue trends', () => {
  it("counts every missed call on the board, also one the supervisor's filter keeps quiet", async () => {
    const watched = await monitoredAccount({
      sandbox: sandbox(),
      pools: clientOptions().pools,
      provider: 'tel4vn',
      monitors,
      role: { kind: 'supervisor' },
    })
    // The supervisor hears only about outbound calls: these inbound rings are not theirs to be told of.
    watched.settings.update({ liveFilter: { ...watched.settings.read().liveFilter, direction: 'outbound' } })
    sandbox().apps.tel4vn.setCalls([ring('q-1'), ring('q-2', { state: 'ONCALL' })])
    await watched.poll(0)
    sandbox().apps.tel4vn.setCalls([])
    await watched.poll()
    expect(watched.notifications).toEqual([])
    expect(watched.missedOnBoard).toEqual([
      {
        accountId: watched.account.id,
        accountLabel: 'Hotline',
        provider: 'tel4vn',
        queueIds: null,
        domainName: 'demo.tel4vn.com',
        callId: 'q-1',
        extension: extension(0),
        agentName: expect.any(String),
        calledNumber: '02873001234',
        // Not the supervisor's to hear of: the day's missed-call log leaves it out, like the Missed alerts.
        concerned: false,
      },
    ])
  })

  it("marks the calls the user hears of: the same calls as the history's Missed alerts", async () => {
    const watched = await monitoredAccount({
      sandbox: sandbox(),
      pools: clientOptions().pools,
      provider: 'tel4vn',
      monitors,
      role: { kind: 'supervisor' },
    })
    sandbox().apps.tel4vn.setCalls([ring('m-1'), ring('m-2', { direction: 'outbound', extension: extension(1) })])
    await watched.poll(0)
    sandbox().apps.tel4vn.setCalls([])
    await watched.poll()
    const missedAlerts = watched.monitor.alerts().filter((alert) => alert.kind === 'missed')
    const concerned = watched.missedOnBoard.filter((call) => call.concerned)
    expect(concerned.map((call) => `missed:${call.callId}`).sort()).toEqual(
      missedAlerts.map((alert) => alert.id).sort(),
    )
    expect(concerned.length).toBeGreaterThan(0)
  })

  it('does not count an answered call, nor an outbound call the other party did not take', async () => {
    const watched = await monitoredAccount({
      sandbox: sandbox(),
      pools: clientOptions().pools,
      provider: 'tel4vn',
      monitors,
    })
    sandbox().apps.tel4vn.setCalls([ring('a-1'), ring('o-1', { direction: 'outbound' })])
    await watched.poll(0)
    sandbox().apps.tel4vn.setCalls([ring('a-1', { state: 'ONCALL' })])
    await watched.poll()
    sandbox().apps.tel4vn.setCalls([])
    await watched.poll()
    expect(watched.missedOnBoard).toEqual([])
  })
})
