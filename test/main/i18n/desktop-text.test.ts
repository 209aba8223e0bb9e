import { describe, expect, it } from 'vitest'

import { desktopText } from '../../../src/main/i18n/desktop-text'

describe('the desktop words, from the one catalog', () => {
  it('counts with i18next plurals in English, one form in Vietnamese', () => {
    const en = desktopText('en')
    const vi = desktopText('vi')
    expect([1, 2].map(en.trayCallsRinging)).toEqual(['1 call ringing', '2 calls ringing'])
    expect([1, 3].map(en.trayProblems)).toEqual(['1 problem', '3 problems'])
    expect(en.callsRinging(3, 'Support desk')).toBe('3 calls ringing in Support desk')
    expect([1, 2].map(vi.trayCallsRinging)).toEqual(['1 cuộc gọi đang đổ chuông', '2 cuộc gọi đang đổ chuông'])
  })

  it('names one account, or counts several, for calls that may be missed', () => {
    const en = desktopText('en')
    expect(en.trayCallsMayBeMissed(['Support desk'], '09:12')).toBe('calls may be missed on Support desk since 09:12')
    expect(en.trayCallsMayBeMissed(['A', 'B'], '09:12')).toBe('calls may be missed on 2 accounts since 09:12')
    expect(desktopText('vi').trayCallsMayBeMissed(['A', 'B'], '09:12')).toBe(
      'có thể bỏ lỡ cuộc gọi ở 2 tài khoản từ 09:12',
    )
  })

  it('says an AI agent failed or timed out, and the menu, in the language chosen', () => {
    expect(desktopText('en').aiFailed('bookingAgent', true)).toBe('AI agent bookingAgent timed out')
    expect(desktopText('vi').aiFailed('bookingAgent', false)).toBe('Trợ lý AI bookingAgent bị lỗi')
    expect(desktopText('vi').menu.quit).toBe('Thoát AgentDesk')
    // Plain text for the OS: nothing is HTML-escaped.
    expect(desktopText('en').callRinging('Lan & Minh <082019>')).toBe('Call ringing on Lan & Minh <082019>')
  })
})
