import { describe, expect, it } from 'vitest'

import { desktopText } from '../../../src/main/i18n/desktop-text'
import type { MonitorStatus } from '../../../src/shared/domain/live'

const since = '2026-03-10T09:12:00.000Z'
const relaySince = Date.parse('2026-03-10T08:55:00.000Z')
const time = (iso: string) => iso.slice(11, 16)

/** A Tel4vn account listening to the team relay, as the monitor reports it. */
const relayed = (overrides: Partial<MonitorStatus>): MonitorStatus => ({
  accountId: 'acc-1',
  accountLabel: 'Sales desk',
  provider: 'tel4vn',
  state: 'ok',
  problem: null,
  lastSuccessAt: '2026-03-10T09:00:00.000Z',
  push: 'connected',
  channel: 'relay',
  blindSince: null,
  pushReason: null,
  pollSeconds: 60,
  ...overrides,
})

const states = {
  connecting: relayed({ state: 'starting', push: 'connecting', lastSuccessAt: null, pollSeconds: null }),
  connected: relayed({}),
  unreachable: relayed({
    state: 'error',
    push: 'down',
    pushReason: 'relay_unreachable',
    failingSince: since,
    problem: { code: 'problems:relay.unreachable', params: { url: 'tls://relay.example.com:4222' } },
  }),
  refused: relayed({
    state: 'error',
    push: 'down',
    pushReason: 'relay_unreachable',
    failingSince: since,
    problem: { code: 'problems:relay.refused', params: { url: 'tls://relay.example.com:4222' } },
  }),
  fallback: relayed({ push: 'down', pushReason: 'relay_fallback', pollSeconds: 2 }),
  failing: relayed({
    state: 'error',
    push: 'down',
    pushReason: 'relay_failing',
    failingSince: since,
    problem: {
      code: 'problems:relay.providerFailing',
      params: { providerId: 'tel4vn', sinceMs: relaySince },
      next: { code: 'problems:tel4vn.tokenRefused' },
    },
  }),
} as const

describe('the team relay in the tray’s words (the same as Accounts and Live)', () => {
  it('says in English that the desk listens to the relay, never "live push"', () => {
    const words = (status: MonitorStatus) => desktopText('en').health('Sales desk', status, time)
    expect(words(states.connecting)).toBe('Sales desk: Connecting to the team relay…')
    expect(words(states.connected)).toBe('Sales desk: Connected · through the team relay')
    expect(words(states.unreachable)).toBe('Sales desk: Team relay unreachable since 09:12 — calls may be missed')
    expect(words(states.refused)).toBe(
      'Sales desk: Team relay unreachable since 09:12 — calls may be missed: The team relay (tls://relay.example.com:4222) refused your NATS user name or password. Check them on Accounts.',
    )
    expect(words(states.fallback)).toBe('Sales desk: Team relay unreachable — polling Tel4vn directly every 2 s')
    // The relay's own "since", and its reason; not the relay's sentence twice.
    expect(words(states.failing)).toBe(
      'Sales desk: The team relay cannot reach Tel4vn since 08:55: Tel4vn refused the token, or it has expired. Paste a new token on Accounts: edit this account and replace the token.',
    )
    for (const status of Object.values(states)) expect(words(status)).not.toMatch(/push/i)
  })

  it('says the same in Vietnamese, and the tooltip leaves the reason out', () => {
    const vi = (status: MonitorStatus, brief = false) => desktopText('vi').health('Sales desk', status, time, brief)
    expect(vi(states.connected)).toBe('Sales desk: Đã kết nối · qua máy chủ chuyển tiếp của nhóm')
    expect(vi(states.unreachable)).toBe(
      'Sales desk: Không kết nối được máy chủ chuyển tiếp của nhóm từ 09:12 — có thể bỏ lỡ cuộc gọi',
    )
    expect(vi(states.fallback)).toBe(
      'Sales desk: Không kết nối được máy chủ chuyển tiếp của nhóm — đang tự hỏi Tel4vn mỗi 2 giây',
    )
    expect(vi(states.failing, true)).toBe('Sales desk: Máy chủ chuyển tiếp của nhóm không kết nối được Tel4vn từ 08:55')
  })

  it('words a relay cut off whose direct polls fail too as the provider failing', () => {
    const both = relayed({
      state: 'error',
      push: 'down',
      pushReason: 'relay_fallback',
      failingSince: since,
      problem: { code: 'problems:tel4vn.tokenRefused' },
    })
    expect(desktopText('en').health('Sales desk', both, time, true)).toBe('Sales desk: Failing since 09:12')
  })

  it('keeps the provider’s own push in its words', () => {
    const { channel, ...voipbin } = relayed({ provider: 'voipbin', pollSeconds: 15 })
    expect(channel).toBe('relay')
    expect(desktopText('en').health('Calls', voipbin, time)).toBe('Calls: Connected · live push · checked every 15 s')
  })
})
