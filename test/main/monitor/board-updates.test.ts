import { describe, expect, it } from 'vitest'

import { createBoardPublisher } from '../../../src/main/monitor/board-publisher'
import type { LiveCall, LiveState } from '../../../src/shared/domain/live'
import { applyLiveUpdate, emptyLiveBoard } from '../../../src/shared/domain/live-update'
import { useMonitorSandbox } from '../../helpers/monitor-sandbox'
import { monitoredAccount } from '../../helpers/monitored-account'

const { sandbox, clientOptions, monitors } = useMonitorSandbox()

const extension = (index: number) => sandbox().apps.tel4vn.extensions()[index]?.extension ?? ''
const startedAt = Date.now() - 60_000
const call = (callId: string, index: number, state: 'RINGING' | 'ONCALL' = 'ONCALL') => ({
  callId,
  extension: extension(index),
  state,
  direction: 'inbound' as const,
  destination: `0899${String(index).padStart(6, '0')}`,
  startedAt,
})
const tenCalls = () => Array.from({ length: 10 }, (_unused, index) => call(`call-${index}`, index))

const watchTel4vn = () =>
  monitoredAccount({ sandbox: sandbox(), pools: clientOptions().pools, provider: 'tel4vn', monitors })

describe('the Live board as updates, from the monitor polling the Tel4vn sandbox', () => {
  it('after one call changes, the update carries that one call and nothing of the others', async () => {
    const watch = await watchTel4vn()
    const ringingThird = () =>
      tenCalls().map((entry) => (entry.callId === 'call-3' ? call('call-3', 3, 'RINGING') : entry))
    sandbox().apps.tel4vn.setCalls(ringingThird())
    await watch.poll(0)
    expect(watch.live.at(-1)?.calls).toHaveLength(10)

    // call-3 is answered; the other nine talk on as before.
    sandbox().apps.tel4vn.setCalls(tenCalls())
    const before = watch.updates.length
    await watch.poll()
    const update = watch.updates.at(-1)
    expect(watch.updates.length).toBe(before + 1)
    expect(update?.added).toEqual([])
    expect(update?.removed).toEqual([])
    expect(update?.changed.map((changed) => [changed.callId, changed.state])).toEqual([['call-3', 'on_call']])
    // Of the other parts, at most the monitor's line (its last success) and the queue figures (a
    // ring became a call) move; the rest stay home.
    expect(Object.keys(update?.parts ?? {}).filter((part) => part !== 'monitors' && part !== 'figures')).toEqual([])
    expect(update?.base).toBe((update?.version ?? 0) - 1)

    // A call gone travels as its key alone.
    sandbox().apps.tel4vn.setCalls(tenCalls().filter((entry) => entry.callId !== 'call-7'))
    await watch.poll()
    const gone = watch.updates.at(-1)
    expect(gone?.removed).toEqual([{ accountId: watch.account.id, callId: 'call-7' }])
    expect(gone?.added).toEqual([])
    expect(gone?.changed).toEqual([])
  })

  it('hands the board the same call object while its row does not change, so the publisher passes it by identity', async () => {
    const watch = await watchTel4vn()
    sandbox().apps.tel4vn.setCalls(tenCalls())
    await watch.poll(0)
    const first = new Map(watch.monitor.snapshot().calls.map((entry) => [entry.callId, entry]))

    // call-3 rings again as another call would (its row changes); the nine others answer the same rows afresh.
    sandbox().apps.tel4vn.setCalls(
      tenCalls().map((entry) => (entry.callId === 'call-3' ? call('call-3', 3, 'RINGING') : entry)),
    )
    await watch.poll()
    // What travels is the same as before: only the call that changed.
    expect(watch.updates.at(-1)?.changed.map((changed) => changed.callId)).toEqual(['call-3'])
    const second = new Map(watch.monitor.snapshot().calls.map((entry) => [entry.callId, entry]))
    expect(second.get('call-5')).toBe(first.get('call-5'))
    expect(second.get('call-0')).toBe(first.get('call-0'))
    expect(second.get('call-3')).not.toBe(first.get('call-3'))
    expect(second.get('call-3')?.state).toBe('ringing')
  })

  it('an update lost: the one that follows does not apply, and the whole read gives the board of a full follower', async () => {
    const watch = await watchTel4vn()
    sandbox().apps.tel4vn.setCalls(tenCalls())
    await watch.poll(0)
    // A window that read the board here, then missed the next update.
    const window = watch.monitor.snapshot()
    expect(window.calls).toHaveLength(10)

    sandbox().apps.tel4vn.setCalls([...tenCalls().slice(1), call('call-new', 12, 'RINGING')])
    await watch.poll()
    const lost = watch.updates.at(-1)
    expect(lost?.base).toBe(window.version)

    sandbox().apps.tel4vn.setCalls([...tenCalls().slice(2), call('call-new', 12), call('call-later', 13, 'RINGING')])
    await watch.poll()
    const next = watch.updates.at(-1)
    expect(next?.base).toBe(lost?.version)
    expect(next && applyLiveUpdate(window, next)).toBeUndefined()

    // The resync (live.getState) equals the board as main builds it now, and the board of a
    // renderer that received every update from the first (the recorded monitor follows them).
    const resynced = watch.monitor.snapshot()
    // (The read publishes first what moved since without an update of its own: the last success.)
    expect(resynced.version).toBe(watch.updates.at(-1)?.version)
    expect(resynced).toEqual({ ...watch.monitor.state(), version: resynced.version })
    expect(resynced).toEqual(watch.live.at(-1))
    expect(resynced.calls.map((entry) => entry.callId)).toEqual([
      'call-later',
      ...tenCalls()
        .slice(2)
        .map((entry) => entry.callId),
      'call-new',
    ])
  })
})

describe('the board publisher', () => {
  const board = (calls: LiveCall[], extra: Record<string, unknown> = {}): LiveState =>
    ({ ...emptyLiveBoard, version: undefined, calls, ...extra }) as unknown as LiveState
  const aCall = (callId: string, agentName = 'Trần Thị Lan'): LiveCall => ({
    callId,
    state: 'on_call',
    direction: 'inbound',
    extension: '082018',
    agentName,
    username: 'lan.tran',
    userId: 'u-1',
    destination: '02873001234',
    startedAt: null,
    domainName: null,
    accountId: 'acc',
    accountLabel: 'Hà Nội support',
    queueIds: [1, 2],
    concerned: true,
    seenAt: '2026-03-10T09:00:00.000Z',
  })

  it('sends nothing when nothing differs, though every object is new (each poll builds them afresh)', () => {
    const publisher = createBoardPublisher()
    expect(publisher.publish(board([aCall('a'), aCall('b')]))?.added).toHaveLength(2)
    expect(publisher.publish(board([aCall('a'), aCall('b')]))).toBeUndefined()
    expect(publisher.published().version).toBe(1)
    // A call whose queue list differs by one entry is a change.
    const moved = { ...aCall('b'), queueIds: [1, 3] }
    expect(publisher.publish(board([aCall('a'), moved]))?.changed).toEqual([moved])
  })

  it('publishes a part of the board it was never told about, whole, and only when it changed', () => {
    // A colleague's queue figures, added to LiveState later: nothing here names them.
    const figures = [{ key: 'queue:1', ringing: 2 }]
    const publisher = createBoardPublisher()
    publisher.publish(board([aCall('a')], { figures }))
    expect(publisher.publish(board([aCall('a')], { figures: [{ key: 'queue:1', ringing: 2 }] }))).toBeUndefined()
    const update = publisher.publish(board([aCall('a')], { figures: [{ key: 'queue:1', ringing: 3 }] }))
    expect(update?.parts).toEqual({ figures: [{ key: 'queue:1', ringing: 3 }] })
    expect(update?.changed).toEqual([])
    expect(publisher.published()).toMatchObject({ figures: [{ key: 'queue:1', ringing: 3 }], version: 2 })
  })
})
