import { describe, expect, it } from 'vitest'

import { desktopText } from '../../../src/main/i18n/desktop-text'
import { presentTray } from '../../../src/main/tray/tray-presenter'
import { createTrayState } from '../../../src/main/tray/tray-state'
import type { TrayView } from '../../../src/shared/domain/tray'

const hhmm = (iso: string) => iso.slice(11, 16)
const calm = { pause: { paused: false as const }, ringingCalls: 0, problems: 0, language: 'en' as const }
const menu = desktopText('en').menu

describe('presentTray', () => {
  it('shows idle with the bare product name when nothing is going on', () => {
    expect(presentTray(calm, hhmm)).toEqual({
      icon: 'idle',
      tooltip: 'AgentDesk',
      notificationsPaused: false,
      menu,
      missedEntry: null,
      health: [],
    })
  })

  it('lets a ringing call win over problems and a pause, and says all three', () => {
    const view = presentTray(
      { pause: { paused: true, until: '2026-11-24T09:15:00.000Z' }, ringingCalls: 2, problems: 1, language: 'en' },
      hhmm,
    )
    expect(view).toEqual({
      icon: 'ringing',
      tooltip: 'AgentDesk: 2 calls ringing, 1 problem, notifications paused until 09:15',
      notificationsPaused: true,
      menu,
      missedEntry: null,
      health: [],
    })
  })

  it('offers "Restart to update (version)" once an update is downloaded, in the chosen language', () => {
    expect(presentTray({ ...calm, updateReady: '1.2.0' }, hhmm).updateEntry).toBe('Restart to update (1.2.0)')
    expect(presentTray({ ...calm, language: 'vi', updateReady: '1.2.0' }, hhmm).updateEntry).toBe(
      'Khởi động lại để cập nhật (1.2.0)',
    )
    expect(presentTray({ ...calm, updateReady: null }, hhmm).updateEntry).toBeUndefined()
  })

  it('shows attention for problems and paused for an open-ended pause', () => {
    expect(presentTray({ ...calm, problems: 3 }, hhmm).icon).toBe('attention')
    expect(presentTray({ ...calm, pause: { paused: true, until: null } }, hhmm)).toEqual({
      icon: 'paused',
      tooltip: 'AgentDesk: notifications paused',
      notificationsPaused: true,
      menu,
      missedEntry: null,
      health: [],
    })
  })

  it('offers Resume outside working hours too, and the tooltip says which pause it is', () => {
    const outside = presentTray(
      { ...calm, pause: { paused: true, until: '2026-11-25T08:00:00.000Z', outsideWorkingHours: true } },
      hhmm,
    )
    expect(outside).toEqual({
      icon: 'paused',
      tooltip: 'AgentDesk: outside working hours until 08:00',
      notificationsPaused: true,
      menu,
      missedEntry: null,
      health: [],
    })
    expect(presentTray({ ...calm, pause: { paused: true, until: '2026-11-24T14:30:00.000Z' } }, hhmm)).toMatchObject({
      tooltip: 'AgentDesk: notifications paused until 14:30',
      notificationsPaused: true,
    })
    expect(
      presentTray({ ...calm, pause: { paused: true, until: null, outsideWorkingHours: true }, language: 'vi' }, hhmm)
        .tooltip,
    ).toBe('AgentDesk: ngoài giờ làm việc')
  })

  it('shows attention when calls may be missed, and says on which account and since when', () => {
    const blind = [{ accountLabel: 'Hotline', since: '2026-11-24T09:12:30.000Z' }]
    expect(presentTray({ ...calm, problems: 1, callsMayBeMissed: blind }, hhmm)).toMatchObject({
      icon: 'attention',
      tooltip: 'AgentDesk: calls may be missed on Hotline since 09:12, 1 problem',
    })
    const two = [...blind, { accountLabel: 'Sales', since: '2026-11-24T09:10:00.000Z' }]
    expect(presentTray({ ...calm, callsMayBeMissed: two, language: 'vi' }, hhmm)).toMatchObject({
      icon: 'attention',
      tooltip: 'AgentDesk: có thể bỏ lỡ cuộc gọi ở 2 tài khoản từ 09:10',
    })
    expect(presentTray({ ...calm, callsMayBeMissed: [] }, hhmm).icon).toBe('idle')
  })

  it('counts missed calls not yet seen, in attention, until the history is opened', () => {
    expect(presentTray({ ...calm, missedCalls: 2 }, hhmm)).toMatchObject({
      icon: 'attention',
      tooltip: 'AgentDesk: 2 missed calls',
    })
    expect(presentTray({ ...calm, ringingCalls: 1, missedCalls: 1, language: 'vi' }, hhmm)).toMatchObject({
      icon: 'ringing',
      tooltip: 'AgentDesk: 1 cuộc gọi đang đổ chuông, 1 cuộc gọi nhỡ',
    })
    expect(presentTray({ ...calm, missedCalls: 0 }, hhmm).icon).toBe('idle')
  })

  it('shows attention while a queue or team is past its alert level, naming it, or counting several', () => {
    expect(presentTray({ ...calm, groupsInAlert: ['Billing'] }, hhmm)).toMatchObject({
      icon: 'attention',
      tooltip: 'AgentDesk: Billing in alert',
    })
    expect(presentTray({ ...calm, groupsInAlert: ['Billing', 'demo.tel4vn.com'], language: 'vi' }, hhmm)).toMatchObject(
      { icon: 'attention', tooltip: 'AgentDesk: 2 hàng đợi hoặc nhóm đang báo động' },
    )
    // A ring still wins the icon; the breach is said beside it.
    expect(presentTray({ ...calm, ringingCalls: 1, groupsInAlert: ['Billing'] }, hhmm)).toMatchObject({
      icon: 'ringing',
      tooltip: 'AgentDesk: 1 call ringing, Billing in alert',
    })
    expect(presentTray({ ...calm, groupsInAlert: [] }, hhmm).icon).toBe('idle')
  })

  it('offers a "Missed calls (N)" menu entry while missed calls are unseen, and none otherwise', () => {
    expect(presentTray({ ...calm, missedCalls: 2 }, hhmm).missedEntry).toBe('Missed calls (2)')
    expect(presentTray({ ...calm, missedCalls: 1, language: 'vi' }, hhmm).missedEntry).toBe('Cuộc gọi nhỡ (1)')
    expect(presentTray({ ...calm, missedCalls: 0 }, hhmm).missedEntry).toBeNull()
    expect(presentTray(calm, hhmm).missedEntry).toBeNull()
  })

  it('keeps a failing account’s menu line short when the provider said paragraphs', () => {
    const failing = {
      accountId: 'a1',
      accountLabel: 'Hà Nội support',
      provider: 'tel4vn' as const,
      state: 'error' as const,
      problem: {
        code: 'problems:http.auth' as const,
        params: { providerId: 'tel4vn', http: 'HTTP 401', said: 'token expired. '.repeat(60) },
      },
      lastSuccessAt: null,
      push: null,
      failingSince: '2026-11-24T09:15:00.000Z',
      blindSince: null,
      pushReason: null,
      pollSeconds: 5,
    }
    const [line] = presentTray({ ...calm, monitors: [failing] }, hhmm).health
    expect(line).toMatch(/^Hà Nội support.*token expired.*…$/)
    expect(line?.length).toBe(160)
  })

  it('says it in Vietnamese when the user chose it', () => {
    expect(presentTray({ ...calm, ringingCalls: 2, language: 'vi' }, hhmm).tooltip).toBe(
      'AgentDesk: 2 cuộc gọi đang đổ chuông',
    )
  })
})

describe('tray state', () => {
  it('draws once at start and again only when the view changes', () => {
    const drawn: TrayView[] = []
    const changed: TrayView[] = []
    const tray = createTrayState(calm, { render: (view) => drawn.push(view) }, hhmm, (view) => changed.push(view))
    tray.update({ ringingCalls: 0 })
    tray.update({ problems: 0 })
    expect(drawn).toHaveLength(1)
    tray.update({ ringingCalls: 1 })
    tray.update({ ringingCalls: 1 })
    expect(drawn.map((view) => view.tooltip)).toEqual(['AgentDesk', 'AgentDesk: 1 call ringing'])
    expect(changed).toEqual([drawn[1]])
    expect(tray.view()).toEqual(drawn[1])
  })

  it('redraws when the missed count changes, so the menu entry follows it', () => {
    const drawn: TrayView[] = []
    const tray = createTrayState(calm, { render: (view) => drawn.push(view) }, hhmm, () => undefined)
    tray.update({ missedCalls: 1 })
    tray.update({ missedCalls: 3 })
    tray.update({ missedCalls: 0 })
    expect(drawn.map((view) => view.missedEntry)).toEqual([null, 'Missed calls (1)', 'Missed calls (3)', null])
  })
})
