import { afterEach, describe, expect, it } from 'vitest'

import { createApp, type AppServices } from '../../../../src/main/app/create-app'
import type { Clock } from '../../../../src/main/core/clock'
import type { NotificationRequest } from '../../../../src/main/core/ports'
import type { Tel4vnCall } from '../../../../src/main/providers/tel4vn/sandbox/tel4vn-app'
import type { AccountRole } from '../../../../src/shared/domain/accounts'
import type { MonitorStatus } from '../../../../src/shared/domain/live'
import { fakeRelay, relayedCall } from '../../../helpers/fake-relay'
import { natsServerMissing, useNatsServers } from '../../../helpers/nats-server'
import { addRelayedTel4vnAccount } from '../../../helpers/relayed-desk-account'
import { headlessAppDeps, until } from '../../../helpers/running-app'
import { useSandbox } from '../../../helpers/sandbox-fixture'
import { skippableClock } from '../../../helpers/skippable-clock'

const TENANT = 't1'
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

describe.skipIf(natsServerMissing)('a desk on the team relay through outages', () => {
  const startServer = useNatsServers()
  const { sandbox } = useSandbox()
  const running: Array<{ close(): Promise<void> }> = []
  afterEach(async () => {
    for (const item of running.splice(0)) await item.close()
    sandbox().apps.tel4vn.setCalls([])
  })

  /** A desk (the whole app on a memory keychain) with one Tel4vn account through the relay at `url`. */
  const desk = async (url: string, role: AccountRole, clock?: Clock) => {
    const shown: NotificationRequest[] = []
    const app: AppServices = createApp(
      headlessAppDeps({
        notifier: { show: (notification) => shown.push(notification), close: () => undefined },
        ...(clock ? { clock } : {}),
      }),
    )
    running.push({ close: () => app.dispose() })
    sandbox().served.tel4vn.clearRequests()
    await addRelayedTel4vnAccount(app, sandbox(), url, role)
    const status = (): MonitorStatus | undefined => app.monitor.state().monitors[0]
    const rings = (callId: string) => shown.filter((notification) => notification.id === callId)
    const missed = (callId: string) => shown.filter((notification) => notification.id === `missed:${callId}`)
    const board = () =>
      app.monitor
        .state()
        .calls.map((call) => `${call.callId}:${call.state}`)
        .sort()
        .join()
    const fallbackKnown = () => Object.values(app.settings.read().relayDeskFallback).includes(true)
    return { app, shown, status, rings, missed, board, fallbackKnown }
  }
  const relayFor = async (url: string) => {
    const relay = await fakeRelay(url, TENANT)
    running.push(relay)
    return relay
  }
  const connected = (status: MonitorStatus | undefined) => status?.state === 'ok' && status.push === 'connected'
  const monitorRequests = () => sandbox().served.tel4vn.requests.length
  const extension = (index: number) => sandbox().apps.tel4vn.extensions()[index]?.extension ?? ''
  const tel4vn = (callId: string, ext: string, state: Tel4vnCall['state']): Tel4vnCall => ({
    callId,
    extension: ext,
    state,
    direction: 'inbound',
    destination: '02873001234',
    startedAt: Date.now(),
  })

  it('takes a relay that stopped speaking for gone while nats-server stays up, polls Tel4vn itself, and listens again when it speaks', async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('ok', true)
    const clock = skippableClock()
    const agent = await desk(server.url, { kind: 'agent', extension: '100' }, clock)
    await until(() => connected(agent.status()) && agent.fallbackKnown())

    // Half a minute without a word is a relay between two heartbeats.
    clock.skip(30_000)
    await pause(300)
    expect(connected(agent.status())).toBe(true)
    expect(monitorRequests()).toBe(0)

    // Two heartbeats and a poll (the relay's interval is 1 s) without a word: the relay has stopped.
    clock.skip(31_500)
    await until(() => agent.status()?.pushReason === 'relay_fallback')
    await until(() => monitorRequests() >= 2)
    expect(agent.status()?.state).toBe('ok')
    expect(agent.status()?.push).toBe('down')

    // Its heartbeat again: the desk listens to it and asks Tel4vn no more.
    await relay.status('ok', true)
    await until(() => connected(agent.status()))
    await pause(300)
    const asked = monitorRequests()
    await pause(2500)
    expect(monitorRequests()).toBe(asked)
  })

  it('says the relay has stopped speaking when desks may not poll Tel4vn themselves', async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('ok', false)
    const clock = skippableClock()
    const agent = await desk(server.url, { kind: 'agent', extension: '100' }, clock)
    await until(() => connected(agent.status()))

    clock.skip(61_500)
    await until(() => agent.status()?.state === 'error')
    expect(agent.status()?.problem).toEqual({
      code: 'problems:relay.silent',
      params: { url: server.url, sinceMs: expect.any(Number) as number },
    })
    expect(agent.status()?.pushReason).toBe('relay_unreachable')
    expect(monitorRequests()).toBe(0)

    await relay.status('ok', false)
    await until(() => connected(agent.status()))
    expect(monitorRequests()).toBe(0)
  })

  it('polls Tel4vn itself until a relay that is back has polled once (it holds what it knew when it stopped)', async () => {
    const server = await startServer()
    const relay = await relayFor(server.url)
    await relay.status('ok', true)
    const clock = skippableClock()
    const agent = await desk(server.url, { kind: 'agent', extension: '100' }, clock)
    await until(() => connected(agent.status()) && agent.fallbackKnown())
    clock.skip(61_500)
    await until(() => agent.status()?.pushReason === 'relay_fallback' && monitorRequests() >= 1)

    // Started again, the relay says so before its first poll.
    await relay.status('starting', true)
    const asked = monitorRequests()
    await until(() => monitorRequests() >= asked + 2)
    expect(agent.status()?.pushReason).toBe('relay_fallback')

    await relay.status('ok', true)
    await until(() => connected(agent.status()))
    await pause(300)
    const settled = monitorRequests()
    await pause(2500)
    expect(monitorRequests()).toBe(settled)
  })

  for (const role of ['agent', 'supervisor'] as const) {
    it(`goes back from polling Tel4vn itself to the relay with no false missed call and no second ring (${role})`, async () => {
      // An agent's calls all ring on its extension; a supervisor's on two.
      const extX = extension(0)
      const extY = role === 'agent' ? extX : extension(1)
      const server = await startServer()
      const relay = await relayFor(server.url)
      await relay.status('ok', true)
      const watching = await desk(
        server.url,
        role === 'agent' ? { kind: 'agent', extension: extX } : { kind: 'supervisor' },
      )
      await until(() => connected(watching.status()) && watching.fallbackKnown())
      await relay.change(extX, 'ringing', relayedCall('call-x', extX, 'ringing'))
      await until(() => watching.rings('call-x').length === 1)
      await relay.change(extX, 'ringing', relayedCall('call-z', extX, 'ringing'))
      await until(() => watching.board() === 'call-x:ringing,call-z:ringing')

      // What the relay sees next never reaches this desk (its link is about to drop): X and Z are
      // answered, Z ends, Y rings.
      const quiet = { quiet: true }
      await relay.change(extX, 'answered', relayedCall('call-x', extX, 'on_call'), quiet)
      await relay.change(extX, 'answered', relayedCall('call-z', extX, 'on_call'), quiet)
      await relay.change(extX, 'ended', relayedCall('call-z', extX, 'on_call'), quiet)
      await relay.change(extY, 'ringing', relayedCall('call-y', extY, 'ringing'), quiet)

      // Cut off, the desk polls Tel4vn itself and sees the same.
      sandbox().apps.tel4vn.setCalls([tel4vn('call-x', extX, 'ONCALL'), tel4vn('call-z', extX, 'ONCALL')])
      await server.stop()
      await until(() => watching.board() === 'call-x:on_call,call-z:on_call')
      expect(watching.status()?.pushReason).toBe('relay_fallback')
      sandbox().apps.tel4vn.setCalls([tel4vn('call-x', extX, 'ONCALL'), tel4vn('call-y', extY, 'RINGING')])
      await until(() => watching.board() === 'call-x:on_call,call-y:ringing')
      await until(() => watching.rings('call-y').length === 1)

      // The relay is back and says the same: nothing changes for the user.
      await server.restart()
      await relay.reconnect()
      await until(() => connected(watching.status()))
      await pause(1500)
      expect(watching.board()).toBe('call-x:on_call,call-y:ringing')
      expect(watching.missed('call-y')).toHaveLength(0)
      expect(watching.missed('call-z')).toHaveLength(0)
      expect(watching.missed('call-x')).toHaveLength(0)
      expect(watching.app.monitor.alerts().filter((alert) => alert.kind === 'missed')).toEqual([])
      expect(watching.rings('call-y')).toHaveLength(1)
      expect(watching.rings('call-x')).toHaveLength(1)
      expect(watching.shown.map((notification) => notification.id).sort()).toEqual(['call-x', 'call-y', 'call-z'])
    })
  }
})
