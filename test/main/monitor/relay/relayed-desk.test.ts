import { afterEach, describe, expect, it } from 'vitest'

import { createApp, type AppServices } from '../../../../src/main/app/create-app'
import type { NotificationRequest } from '../../../../src/main/core/ports'
import type { AccountRole } from '../../../../src/shared/domain/accounts'
import type { MonitorStatus } from '../../../../src/shared/domain/live'
import { fakeRelay, relayedCall } from '../../../helpers/fake-relay'
import { natsServerMissing, useNatsServers } from '../../../helpers/nats-server'
import { addRelayedTel4vnAccount } from '../../../helpers/relayed-desk-account'
import { headlessAppDeps, until } from '../../../helpers/running-app'
import { useSandbox } from '../../../helpers/sandbox-fixture'

const TENANT = 't1'

describe.skipIf(natsServerMissing)('a desk that connects through the team relay', () => {
  const startServer = useNatsServers()
  const { sandbox } = useSandbox()
  const running: Array<{ app: AppServices; relay?: { close(): Promise<void> } }> = []
  afterEach(async () => {
    for (const { app, relay } of running.splice(0)) {
      await app.dispose()
      await relay?.close()
    }
    sandbox().apps.tel4vn.setCalls([])
  })

  /** A desk (the whole app on a memory keychain) with one Tel4vn account through the relay at `url`. */
  const desk = async (url: string, role: AccountRole, settingsStore: Record<string, unknown> = {}) => {
    const shown: NotificationRequest[] = []
    const closed: string[] = []
    const app = createApp(
      headlessAppDeps({
        settingsBackend: { store: settingsStore },
        notifier: { show: (notification) => shown.push(notification), close: (id) => closed.push(id) },
      }),
    )
    running.push({ app })
    sandbox().served.tel4vn.clearRequests()
    await addRelayedTel4vnAccount(app, sandbox(), url, role)
    const status = (): MonitorStatus | undefined => app.monitor.state().monitors[0]
    const about = (callId: string) => shown.filter((notification) => notification.id.includes(callId))
    return { app, shown, closed, status, about }
  }
  const relayFor = async (url: string) => {
    const relay = await fakeRelay(url, TENANT)
    running.push({ app: { dispose: async () => undefined } as unknown as AppServices, relay })
    return relay
  }
  const connected = (status: MonitorStatus | undefined) => status?.state === 'ok' && status.push === 'connected'

  it('rings an agent once, closes the ring when answered, tells a missed call once, and never asks Tel4vn', async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('ok', false)
    const agent = await desk(server.url, { kind: 'agent', extension: '100' })
    await until(() => connected(agent.status()))

    await relay.change('100', 'ringing', relayedCall('call-a', '100', 'ringing'))
    // Another agent's call is not this desk's (nor may its user hear it).
    await relay.change('200', 'ringing', relayedCall('call-z', '200', 'ringing'))
    await until(() => agent.about('call-a').length === 1)
    expect(agent.app.monitor.rings.state().rings.map((ring) => ring.callId)).toEqual(['call-a'])

    await relay.change('100', 'answered', relayedCall('call-a', '100', 'on_call'))
    await until(() => agent.closed.includes('call-a'))
    await relay.change('100', 'ended', relayedCall('call-a', '100', 'on_call'))
    await relay.change('100', 'ringing', relayedCall('call-b', '100', 'ringing'))
    await relay.change('100', 'missed', relayedCall('call-b', '100', 'ringing'))
    await until(() => agent.about('missed:call-b').length === 1)

    await new Promise((done) => setTimeout(done, 300))
    expect(agent.about('call-a')).toHaveLength(1)
    expect(agent.about('missed:call-a')).toHaveLength(0)
    expect(agent.about('missed:call-b')).toHaveLength(1)
    expect(agent.about('call-z')).toHaveLength(0)
    expect(agent.app.monitor.alerts().filter((alert) => alert.kind === 'missed')).toHaveLength(1)
    // The desk's monitor opened no connection to Tel4vn: the relay alone polls it.
    expect(sandbox().served.tel4vn.requests).toHaveLength(0)
  })

  it('resyncs after nats-server restarts: nothing told twice, and a call missed meanwhile still told', async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('ok', false)
    const agent = await desk(server.url, { kind: 'agent', extension: '100' })
    await until(() => connected(agent.status()))
    await relay.change('100', 'ringing', relayedCall('call-a', '100', 'ringing'))
    await until(() => agent.about('call-a').length === 1)

    // While the desk hears nothing: call-a is answered and ends, call-b rings and is missed.
    await relay.change('100', 'answered', relayedCall('call-a', '100', 'on_call'), { quiet: true })
    await relay.change('100', 'ended', relayedCall('call-a', '100', 'on_call'), { quiet: true })
    await relay.change('100', 'ringing', relayedCall('call-b', '100', 'ringing'), { quiet: true })
    await relay.change('100', 'missed', relayedCall('call-b', '100', 'ringing'), { quiet: true })
    await server.restart()
    await relay.reconnect()

    await until(() => agent.about('missed:call-b').length === 1)
    await until(() => agent.closed.includes('call-a'))
    await new Promise((done) => setTimeout(done, 300))
    expect(agent.about('call-a')).toHaveLength(1)
    expect(agent.about('missed:call-a')).toHaveLength(0)
    expect(agent.about('call-b').filter((notification) => !notification.id.startsWith('missed:'))).toHaveLength(0)
    expect(agent.about('missed:call-b')).toHaveLength(1)
    expect(sandbox().served.tel4vn.requests).toHaveLength(0)
  })

  it('reads the entry again on a gap in revisions, and everything again on a new epoch', async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('ok', false)
    const agent = await desk(server.url, { kind: 'agent', extension: '100' })
    await until(() => connected(agent.status()))
    await relay.change('100', 'ringing', relayedCall('call-a', '100', 'ringing'))
    await until(() => agent.about('call-a').length === 1)

    // Revision 2 never reaches the desk; revision 3 does: the desk reads the entry and finds both.
    await relay.change('100', 'ringing', relayedCall('call-b', '100', 'ringing'), { quiet: true })
    await relay.change('100', 'ringing', relayedCall('call-c', '100', 'ringing'))
    await until(() => agent.app.monitor.state().calls.length === 3)
    expect(
      agent.app.monitor
        .state()
        .calls.map((call) => call.callId)
        .sort(),
    ).toEqual(['call-a', 'call-b', 'call-c'])
    // Both rang for the desk (together: one notification for the two).
    const ringing = agent.app.monitor.alerts().filter((alert) => alert.kind === 'ringing')
    expect(ringing.map((alert) => alert.id).sort()).toEqual(['ringing:call-a', 'ringing:call-b', 'ringing:call-c'])

    // A relay that lost its bucket starts a new epoch at revision 1: the desk reads everything again.
    await relay.newEpoch('epoch-2')
    await relay.change('100', 'ringing', relayedCall('call-d', '100', 'ringing'))
    await until(
      () =>
        agent.app.monitor
          .state()
          .calls.map((call) => call.callId)
          .join() === 'call-d',
    )
    await until(() => agent.about('call-d').length === 1)
    expect(agent.about('call-a')).toHaveLength(1)
  })

  it("lets a supervisor see every extension's calls", async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('ok', false)
    await relay.change('300', 'ringing', relayedCall('call-early', '300', 'ringing'))
    const supervisor = await desk(server.url, { kind: 'supervisor' })
    await until(() => connected(supervisor.status()))
    await relay.change('100', 'ringing', relayedCall('call-a', '100', 'ringing'))
    await relay.change('200', 'answered', relayedCall('call-b', '200', 'on_call'))
    await until(() => supervisor.app.monitor.state().calls.length === 3)
    expect(
      supervisor.app.monitor
        .state()
        .calls.map((call) => `${call.extension}:${call.callId}`)
        .sort(),
    ).toEqual(['100:call-a', '200:call-b', '300:call-early'])
  })

  it('says the relay is unreachable, and with the fallback allowed polls Tel4vn itself until it is back', async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('ok', false)
    const agent = await desk(server.url, { kind: 'agent', extension: '100' })
    await until(() => connected(agent.status()))

    await server.stop()
    await until(() => agent.status()?.state === 'error')
    expect(agent.status()?.problem).toEqual({ code: 'problems:relay.unreachable', params: { url: server.url } })
    expect(agent.status()?.pushReason).toBe('relay_unreachable')
    expect(sandbox().served.tel4vn.requests).toHaveLength(0)

    // The relay allows the fallback: the desk remembers it and, while cut off, asks Tel4vn itself.
    await server.restart()
    await relay.reconnect()
    await relay.status('ok', true)
    await until(
      () => connected(agent.status()) && agent.app.settings.read().relayDeskFallback[accountId(agent.app)] === true,
    )
    await server.stop()
    await until(() => sandbox().served.tel4vn.requests.length >= 2)
    await until(() => agent.status()?.state === 'ok' && agent.status()?.pushReason === 'relay_fallback')
    sandbox().apps.tel4vn.setCalls([
      {
        callId: 'call-direct',
        extension: sandbox().apps.tel4vn.extensions()[0]?.extension ?? '',
        state: 'RINGING',
        direction: 'inbound',
        destination: '02873001234',
        startedAt: Date.now(),
      },
    ])
    await until(() => agent.app.monitor.state().calls.some((call) => call.callId === 'call-direct'))

    await server.restart()
    await until(() => connected(agent.status()))
    const asked = sandbox().served.tel4vn.requests.length
    await new Promise((done) => setTimeout(done, 2500))
    expect(sandbox().served.tel4vn.requests.length).toBe(asked)
  })

  it("tells a missed call the desk never saw ring though the relay's clock runs a little behind, and not an old one", async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('ok', false)
    const startedAt = Date.now()
    const agent = await desk(server.url, { kind: 'agent', extension: '100' })
    await until(() => connected(agent.status()))

    // By the relay's clock, one was missed a second before this desk started, another long before.
    const relayTime = (ms: number) => ({ at: new Date(startedAt - ms) })
    await relay.change('100', 'missed', relayedCall('call-old', '100', 'ringing'), relayTime(60_000))
    await relay.change('100', 'missed', relayedCall('call-skewed', '100', 'ringing'), relayTime(1_000))
    await until(() => agent.about('missed:call-skewed').length === 1)
    await new Promise((done) => setTimeout(done, 300))
    expect(agent.about('missed:call-old')).toHaveLength(0)
    expect(agent.about('missed:call-skewed')).toHaveLength(1)
  })

  it('says when the relay cannot reach Tel4vn, with its problem', async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('failing', false, { code: 'problems:http.auth', params: { providerId: 'tel4vn' } })
    const agent = await desk(server.url, { kind: 'agent', extension: '100' })
    await until(() => agent.status()?.state === 'error')
    expect(agent.status()?.problem).toMatchObject({
      code: 'problems:relay.providerFailing',
      params: { providerId: 'tel4vn' },
      next: { code: 'problems:http.auth' },
    })
    expect(agent.status()?.pushReason).toBe('relay_failing')
    await relay.status('ok', false)
    await until(() => connected(agent.status()))
  })
})

function accountId(app: AppServices): string {
  return app.settings.read().accounts[0]?.id ?? ''
}
