import { describe, expect, it } from 'vitest'

import { desktopText } from '../../../src/main/i18n/desktop-text'
import { diffCalls } from '../../../src/main/monitor/call-tracker'
import { concernsUser, ringingNotifications } from '../../../src/main/monitor/notification-policy'
import type { MonitoredCall } from '../../../src/shared/domain/calls'

const call = (callId: string, state: MonitoredCall['state'], extension = '101'): MonitoredCall => ({
  callId,
  state,
  direction: 'inbound',
  extension,
  agentName: 'Nguyễn Văn An',
  username: 'an.nguyen',
  userId: null,
  destination: '0899123456',
  startedAt: null,
  domainName: null,
})

const english = desktopText('en')

describe('diffCalls', () => {
  it('reports ringing, answered, ended and missed', () => {
    const first = diffCalls(new Map(), [call('a', 'ringing'), call('b', 'ringing'), call('c', 'on_call')])
    expect(first.changes.map((change) => `${change.kind}:${change.call.callId}`)).toEqual([
      'ringing:a',
      'ringing:b',
      'answered:c',
    ])
    const second = diffCalls(first.snapshot, [call('a', 'on_call')])
    expect(second.changes.map((change) => `${change.kind}:${change.call.callId}`)).toEqual([
      'answered:a',
      'missed:b',
      'ended:c',
    ])
    const third = diffCalls(second.snapshot, [call('a', 'on_call')])
    expect(third.changes).toEqual([])
  })

  it('says an outbound call that rang out and ended was not answered, not that the user missed it', () => {
    const out: MonitoredCall = { ...call('o', 'ringing'), direction: 'outbound' }
    const unknown: MonitoredCall = { ...call('u', 'ringing'), direction: null }
    const rang = diffCalls(new Map(), [out, unknown])
    expect(diffCalls(rang.snapshot, []).changes.map((change) => `${change.kind}:${change.call.callId}`)).toEqual([
      'ended:o',
      'missed:u',
    ])
  })
})

describe('notification policy', () => {
  it('lets an agent hear only their own extension', () => {
    expect(concernsUser({ kind: 'agent', extension: '101' }, call('a', 'ringing', '101'))).toBe(true)
    expect(concernsUser({ kind: 'agent', extension: '101' }, call('a', 'ringing', '102'))).toBe(false)
    expect(concernsUser({ kind: 'supervisor' }, call('a', 'ringing', '102'))).toBe(true)
  })

  it('names the number receiving the call, coalesces a burst, and skips notified calls', () => {
    expect(ringingNotifications('Sales', [call('a', 'ringing')], () => false, english)).toEqual([
      {
        id: 'a',
        title: 'Call ringing on 101 (Nguyễn Văn An)',
        // Tel4vn's destination is the number receiving the call: never "From".
        body: 'To 0899123456 · Sales',
        callIds: ['a'],
      },
    ])
    const burst = ringingNotifications(
      'Sales',
      ['a', 'b', 'c', 'd'].map((id, index) => call(id, 'ringing', String(101 + index))),
      (id) => id === 'a',
      english,
    )
    expect(burst).toEqual([
      {
        // A digest of the calls, not their ids joined: fifty UUIDs joined overflow a notification's id.
        id: expect.stringMatching(/^ringing:3:[\w-]{22}$/) as string,
        title: '3 calls ringing in Sales',
        body: '102, 103, 104',
        callIds: ['b', 'c', 'd'],
      },
    ])
    // The same calls give the same id (what was notified is remembered across restarts by it).
    expect(burst[0]?.id).toBe(
      ringingNotifications(
        'Sales',
        ['d', 'c', 'b'].map((id) => call(id, 'ringing')),
        () => false,
        english,
      )[0]?.id,
    )
    expect(ringingNotifications('Sales', [call('a', 'ringing')], () => true, english)).toEqual([])
  })

  it('says "to" the number for an outbound call, and that a direction or number was not reported', () => {
    const one = (overrides: Partial<MonitoredCall>) =>
      ringingNotifications('Sales', [{ ...call('a', 'ringing'), ...overrides }], () => false, english)[0]
    expect(one({ direction: 'outbound' })).toMatchObject({
      title: 'Outbound call ringing from 101 (Nguyễn Văn An)',
      body: 'To 0899123456 · Sales',
    })
    expect(one({ direction: null })).toMatchObject({
      title: 'Call ringing on 101 (Nguyễn Văn An)',
      body: 'To 0899123456 · direction not reported · Sales',
    })
    expect(one({ destination: null })).toMatchObject({ body: 'Number called not reported · Sales' })
  })

  it('speaks Vietnamese when the user chose it', () => {
    const vietnamese = desktopText('vi')
    expect(ringingNotifications('Sales', [call('a', 'ringing')], () => false, vietnamese)[0]).toMatchObject({
      title: 'Cuộc gọi đang đổ chuông tới 101 (Nguyễn Văn An)',
      body: 'Tới số 0899123456 · Sales',
    })
    const unknown = { ...call('a', 'ringing'), direction: null, destination: null }
    expect(ringingNotifications('Sales', [unknown], () => false, vietnamese)[0]).toMatchObject({
      body: 'Không rõ số nhận cuộc gọi · không rõ chiều gọi · Sales',
    })
  })
})
