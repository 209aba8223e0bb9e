import { describe, expect, it } from 'vitest'

import { computeQueueFigures, type FiguresInput } from '../../../src/main/monitor/queue-figures'
import type { QueueMembership } from '../../../src/main/monitor/watchers/watcher'
import { queueReadiness } from '../../../src/main/providers/alohub/monitor/alohub-presence-watcher'
import type { LiveCall } from '../../../src/shared/domain/live'
import { queueFiguresSchema } from '../../../src/shared/domain/queue-figures'
import { defaultQueueThresholds, type QueueThresholds } from '../../../src/shared/domain/queue-thresholds'

const NOW = Date.parse('2025-03-03T09:00:00.000Z')
const secondsAgo = (seconds: number) => new Date(NOW - seconds * 1000).toISOString()

const call = (callId: string, overrides: Partial<LiveCall> = {}): LiveCall => ({
  callId,
  state: 'ringing',
  direction: 'inbound',
  extension: '101',
  agentName: null,
  username: null,
  userId: null,
  destination: null,
  startedAt: null,
  domainName: 'hn.tel4vn.com',
  accountId: 'tel',
  accountLabel: 'Hotline',
  queueIds: null,
  concerned: true,
  seenAt: secondsAgo(0),
  ...overrides,
})

const member = (extension: string, queueIds: number[], overrides: Partial<QueueMembership> = {}): QueueMembership => ({
  extension,
  queueIds,
  label: null,
  loggedIn: true,
  available: true,
  ...overrides,
})

const tel4vn = { id: 'tel', label: 'Hotline', provider: 'tel4vn' } as const
const alohub = { id: 'alo', label: 'Support desk', provider: 'alohub' } as const
const voipbin = { id: 'vb', label: 'Sales floor', provider: 'voipbin' } as const

const figures = (overrides: Partial<FiguresInput> = {}) => {
  const result = computeQueueFigures({
    calls: [],
    accounts: [tel4vn, alohub],
    memberships: [],
    agentStatuses: new Map(),
    domains: new Map(),
    thresholds: defaultQueueThresholds,
    queueLabel: (id) => `Queue ${id}`,
    now: NOW,
    ...overrides,
  })
  // Whatever the case, every group is what the renderer will accept.
  for (const group of result) queueFiguresSchema.parse(group)
  return result
}
const byKey = (list: ReturnType<typeof figures>, key: string) => {
  const found = list.find((group) => group.key === key)
  if (!found) throw new Error(`no group ${key} in ${list.map((group) => group.key).join(', ')}`)
  return found
}

describe('queue figures: AloHub callin queues', () => {
  const memberships = [
    {
      account: alohub,
      members: [
        member('101', [1001226, 1000886], { label: null }),
        member('102', [1001226], { label: '1001226-test' }),
        member('103', [1000886], { label: 'Billing', loggedIn: false, available: false }),
        member('104', [1000886], { label: 'Billing', loggedIn: true, available: false }),
      ],
    },
  ]

  it('counts a call of an agent in two queues in both, ringing and on call apart', () => {
    const list = figures({
      memberships,
      calls: [
        call('a', { extension: '101', queueIds: [1001226, 1000886], seenAt: secondsAgo(40) }),
        call('b', { extension: '102', queueIds: [1001226], seenAt: secondsAgo(12) }),
        call('c', { extension: '104', queueIds: [1000886], state: 'on_call' }),
      ],
    })
    expect(byKey(list, 'queue:1001226')).toMatchObject({
      kind: 'queue',
      label: '1001226-test',
      ringing: 2,
      onCalls: 0,
      longestRingingSeconds: 40,
    })
    expect(byKey(list, 'queue:1000886')).toMatchObject({
      label: 'Billing',
      ringing: 1,
      onCalls: 1,
      longestRingingSeconds: 40,
    })
  })

  it('counts agents logged in and available as AloHub says, and null where it says nothing', () => {
    const list = figures({
      memberships: [
        ...memberships,
        { account: alohub, members: [member('201', [77], { loggedIn: null, available: null })] },
      ],
    })
    expect(byKey(list, 'queue:1001226')).toMatchObject({ agentsLoggedIn: 2, agentsAvailable: 2 })
    // 101 (in), 103 (logged out), 104 (in, not available).
    expect(byKey(list, 'queue:1000886')).toMatchObject({ agentsLoggedIn: 2, agentsAvailable: 1 })
    expect(byKey(list, 'queue:77')).toMatchObject({ agentsLoggedIn: null, agentsAvailable: null, agentsByStatus: null })
  })

  it('names a queue AloHub gives no label for in the words given, and orders queues by id', () => {
    const list = figures({ memberships })
    expect(list.filter((group) => group.kind === 'queue').map((group) => group.key)).toEqual([
      'queue:1000886',
      'queue:1001226',
    ])
    const unnamed = figures({ memberships: [{ account: alohub, members: [member('101', [5])] }] })
    expect(byKey(unnamed, 'queue:5').label).toBe('Queue 5')
  })

  it('shows a queue only a call names (not in any membership) with its calls and no agent figures', () => {
    const list = figures({ calls: [call('x', { queueIds: [999] })] })
    expect(byKey(list, 'queue:999')).toMatchObject({
      label: 'Queue 999',
      ringing: 1,
      agentsLoggedIn: null,
      agentsAvailable: null,
      accountIds: ['tel'],
    })
  })

  it('counts an extension two AloHub accounts list once, and names both accounts', () => {
    const other = { id: 'alo2', label: 'Second desk' }
    const list = figures({
      memberships: [
        { account: alohub, members: [member('101', [1])] },
        { account: other, members: [member('101', [1]), member('102', [1], { available: false })] },
      ],
    })
    expect(byKey(list, 'queue:1')).toMatchObject({ agentsLoggedIn: 2, agentsAvailable: 1, accountIds: ['alo', 'alo2'] })
  })

  it('has no queues without an AloHub account, and Tel4vn calls still count by domain', () => {
    const list = figures({
      accounts: [tel4vn],
      calls: [call('a'), call('b', { state: 'on_call' })],
    })
    expect(list.map((group) => group.key)).toEqual(['domain:tel:hn.tel4vn.com'])
    expect(list[0]).toMatchObject({ ringing: 1, onCalls: 1, agentsLoggedIn: null, agentsAvailable: null })
  })
})

describe('queue figures: Tel4vn domains', () => {
  it('groups calls by domain_name per account, and keeps a quiet domain seen before', () => {
    const list = figures({
      accounts: [tel4vn],
      calls: [
        call('a', { domainName: 'hn.tel4vn.com', seenAt: secondsAgo(5) }),
        call('b', { domainName: 'hcm.tel4vn.com', state: 'on_call' }),
      ],
      domains: new Map([['tel', new Set(['hn.tel4vn.com', 'hcm.tel4vn.com', 'dn.tel4vn.com'])]]),
    })
    expect(list.map((group) => [group.label, group.ringing, group.onCalls])).toEqual([
      ['dn.tel4vn.com', 0, 0],
      ['hcm.tel4vn.com', 0, 1],
      ['hn.tel4vn.com', 1, 0],
    ])
    expect(byKey(list, 'domain:tel:dn.tel4vn.com').longestRingingSeconds).toBeNull()
    expect(byKey(list, 'domain:tel:hn.tel4vn.com').longestRingingSeconds).toBe(5)
  })

  it('counts calls without a domain under the account, never inventing one', () => {
    const list = figures({ accounts: [tel4vn], calls: [call('a', { domainName: null })] })
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ key: 'domain:tel:', kind: 'domain', label: 'Hotline', ringing: 1 })
  })

  it('keeps two accounts with one domain name apart', () => {
    const second = { id: 'tel2', label: 'Night line', provider: 'tel4vn' } as const
    const list = figures({
      accounts: [tel4vn, second],
      calls: [call('a'), call('b', { accountId: 'tel2' })],
    })
    expect(list.map((group) => [group.key, group.accountIds, group.ringing])).toEqual(
      expect.arrayContaining([
        ['domain:tel2:hn.tel4vn.com', ['tel2'], 1],
        ['domain:tel:hn.tel4vn.com', ['tel'], 1],
      ]),
    )
    expect(list).toHaveLength(2)
  })
})

describe('queue figures: VoIPbin agents', () => {
  it('counts its rings and its agents per status as VoIPbin names them, available from "available"', () => {
    const list = figures({
      accounts: [voipbin],
      calls: [
        call('voipbin-ring:a:1', {
          accountId: 'vb',
          domainName: null,
          direction: null,
          seenAt: secondsAgo(8),
        }),
      ],
      agentStatuses: new Map([['vb', { available: 3, busy: 2, ringing: 1, offline: 4, '': 1 }]]),
    })
    expect(list).toEqual([
      {
        key: 'account:vb',
        kind: 'account',
        label: 'Sales floor',
        accountIds: ['vb'],
        ringing: 1,
        onCalls: 0,
        // "busy" is not "on a call": VoIPbin keeps it until the agent is available again.
        onCallsReported: false,
        longestRingingSeconds: 8,
        agentsLoggedIn: null,
        agentsAvailable: 3,
        agentsByStatus: { available: 3, busy: 2, ringing: 1, offline: 4, '': 1 },
        level: 'normal',
      },
    ])
  })

  it('says nothing of availability before the first poll, and none when no agent is available', () => {
    expect(figures({ accounts: [voipbin] })[0]).toMatchObject({ agentsAvailable: null, agentsByStatus: {} })
    const none = figures({ accounts: [voipbin], agentStatuses: new Map([['vb', { busy: 2 }]]) })
    expect(none[0]).toMatchObject({ agentsAvailable: 0 })
  })

  it('counts a VoIPbin ring of an agent AloHub places in a queue in that queue too', () => {
    const list = figures({
      accounts: [alohub, voipbin],
      memberships: [{ account: alohub, members: [member('lan.tran', [7])] }],
      calls: [call('voipbin-ring:a:1', { accountId: 'vb', domainName: null, queueIds: [7], extension: 'lan.tran' })],
    })
    expect(byKey(list, 'queue:7')).toMatchObject({ ringing: 1, accountIds: ['alo', 'vb'] })
    expect(byKey(list, 'account:vb')).toMatchObject({ ringing: 1 })
  })
})

describe('queue figures: levels', () => {
  const thresholds: QueueThresholds = {
    default: { ringing: { warn: 2, alert: 4 }, longestRingingSeconds: { warn: 30, alert: 60 } },
    overrides: [
      {
        key: 'domain:tel:vip.tel4vn.com',
        label: 'vip.tel4vn.com',
        ringing: { warn: 1, alert: 2 },
        longestRingingSeconds: { warn: null, alert: null },
      },
    ],
    backToNormal: true,
  }
  const levelWith = (calls: LiveCall[]) =>
    figures({ accounts: [tel4vn], calls, thresholds }).map((group) => [group.label, group.level])

  it('is normal below both warn levels, warn at a warn level, alert at an alert level', () => {
    expect(levelWith([call('a')])).toEqual([['hn.tel4vn.com', 'normal']])
    expect(levelWith([call('a'), call('b')])).toEqual([['hn.tel4vn.com', 'warn']])
    expect(levelWith([call('a', { seenAt: secondsAgo(30) })])).toEqual([['hn.tel4vn.com', 'warn']])
    expect(levelWith([call('a', { seenAt: secondsAgo(61) })])).toEqual([['hn.tel4vn.com', 'alert']])
    expect(levelWith(['a', 'b', 'c', 'd'].map((id) => call(id)))).toEqual([['hn.tel4vn.com', 'alert']])
  })

  it('uses a group’s own levels, and a level left empty never triggers', () => {
    const vip = (id: string, seconds = 0) => call(id, { domainName: 'vip.tel4vn.com', seenAt: secondsAgo(seconds) })
    expect(levelWith([vip('a', 500)])).toEqual([['vip.tel4vn.com', 'warn']])
    expect(levelWith([vip('a'), vip('b')])).toEqual([['vip.tel4vn.com', 'alert']])
  })

  it('does not count calls on call toward ringing levels', () => {
    expect(levelWith(['a', 'b', 'c', 'd'].map((id) => call(id, { state: 'on_call' })))).toEqual([
      ['hn.tel4vn.com', 'normal'],
    ])
  })
})

describe("AloHub's statuses as queue readiness", () => {
  it('reads userStatus LOGOUT as logged out, any other as logged in, and systemStatus AVAILABLE as available', () => {
    expect(queueReadiness('AVAILABLE', 'AVAILABLE')).toEqual({ loggedIn: true, available: true })
    expect(queueReadiness('AVAILABLE', 'NOT AVAILABLE')).toEqual({ loggedIn: true, available: false })
    // The document's own sample: AVAILABLE to the system but logged out, so not available.
    expect(queueReadiness('LOGOUT', 'AVAILABLE')).toEqual({ loggedIn: false, available: false })
    expect(queueReadiness(null, 'AVAILABLE')).toEqual({ loggedIn: null, available: null })
    expect(queueReadiness('AVAILABLE', null)).toEqual({ loggedIn: true, available: null })
  })
})
