import { describe, expect, it } from 'vitest'

import { createApp } from '../../../src/main/app/create-app'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { menuTemplate, type TrayActions } from '../../../src/main/platform/tray-adapter'
import { createMemorySecretStore } from '../../../src/main/secrets/secret-store'
import { defaultQueueThresholds } from '../../../src/shared/domain/queue-thresholds'
import type { TrayView } from '../../../src/shared/domain/tray'
import { defaultWorkingHours } from '../../../src/shared/domain/working-hours'
import type { EventName } from '../../../src/shared/ipc/contract'
import { manualClock } from '../../helpers/manual-clock'
import { recordingLogger } from '../../helpers/recording-logger'
import { until } from '../../helpers/running-app'

function setUp(store: Record<string, unknown> = {}) {
  const clock = manualClock()
  const drawn: TrayView[] = []
  const shown: string[] = []
  const clicks: Array<() => void> = []
  const opened: string[] = []
  const windows: Array<string | undefined> = []
  const backend = { store }
  const core = createApp({
    info: { productName: 'AgentDesk', version: '1.2.3', platform: 'linux', transport: 'electron' },
    settingsBackend: backend,
    secrets: createMemorySecretStore(),
    notifier: { show: ({ title, onClick }) => void (shown.push(title), onClick && clicks.push(onClick)) },
    tray: { render: (view) => drawn.push(view) },
    window: { open: (screen) => windows.push(screen) },
    opener: { open: async (url) => void opened.push(url) },
    clock,
    logger: recordingLogger(),
    formatTime: (iso) => iso.slice(11, 16),
    timeZone: 'UTC',
  })
  const events: Array<[EventName, unknown]> = []
  core.events.subscribe((name, payload) => events.push([name, payload]))
  const call = (operation: string, payload: unknown = {}) =>
    dispatch(core.handlers, operation, payload, recordingLogger())
  return { core, clock, drawn, shown, clicks, opened, windows, events, call, backend }
}

describe('core services through the IPC contract', () => {
  it('answers app.getInfo and app.ping', async () => {
    const { call } = setUp()
    expect(await call('app.getInfo')).toEqual({
      ok: true,
      value: { productName: 'AgentDesk', version: '1.2.3', platform: 'linux', transport: 'electron' },
    })
    expect(await call('app.ping', { message: 'hello' })).toEqual({
      ok: true,
      value: { message: 'hello', receivedAt: '2026-11-24T09:00:00.000Z' },
    })
  })

  it('pausing from the renderer updates the tray, tells the renderer and persists', async () => {
    const { call, drawn, events, clock, backend } = setUp()
    await call('notifications.pause', { duration: '1h' })
    expect(drawn.at(-1)).toMatchObject({
      icon: 'paused',
      tooltip: 'AgentDesk: notifications paused until 10:00',
      notificationsPaused: true,
    })
    expect(events).toContainEqual(['notifications.pauseChanged', { paused: true, until: '2026-11-24T10:00:00.000Z' }])
    expect(backend.store.notificationsPausedUntil).toBe('2026-11-24T10:00:00.000Z')
    clock.advance(60 * 60_000)
    expect(drawn.at(-1)?.icon).toBe('idle')
    expect(events.at(-1)).toEqual(['notifications.pauseChanged', { paused: false }])
  })

  it('pauses until a chosen time, and refuses one past or more than a week ahead with a code', async () => {
    const { call, drawn } = setUp()
    expect(await call('notifications.pauseUntil', { until: '2026-11-24T08:59:00.000Z' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_request', problem: { code: 'problems:pause.untilPast' } },
    })
    expect(await call('notifications.pauseUntil', { until: '2026-12-02T09:00:00.000Z' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_request', problem: { code: 'problems:pause.untilTooFar' } },
    })
    expect(await call('notifications.pauseUntil', { until: '2026-11-24T14:30:00Z' })).toEqual({
      ok: true,
      value: { paused: true, until: '2026-11-24T14:30:00.000Z' },
    })
    expect(drawn.at(-1)).toMatchObject({ icon: 'paused', tooltip: 'AgentDesk: notifications paused until 14:30' })
  })

  it('saving working hours pauses at once outside them; the tray says until when and offers Resume', async () => {
    const { call, drawn, clock } = setUp()
    clock.advance(9 * 3_600_000)
    const evening = { ...defaultWorkingHours, enabled: true }
    expect(await call('preferences.update', { workingHours: evening })).toMatchObject({ ok: true })
    expect(drawn.at(-1)).toMatchObject({
      icon: 'paused',
      tooltip: 'AgentDesk: outside working hours until 08:00',
      notificationsPaused: true,
    })
    expect(await call('notifications.getPause')).toEqual({
      ok: true,
      value: { paused: true, until: '2026-11-25T08:00:00.000Z', outsideWorkingHours: true },
    })
    clock.advance(14 * 3_600_000)
    expect(drawn.at(-1)?.icon).toBe('idle')
  })

  it("the tray's Resume outside working hours turns alerts on now, until the hours begin", async () => {
    const { core, call, drawn, clock, events } = setUp()
    clock.advance(9 * 3_600_000)
    await call('preferences.update', { workingHours: { ...defaultWorkingHours, enabled: true } })
    const view = drawn.at(-1)
    if (!view) throw new Error('no tray drawn')
    // The menu the Electron tray builds, wired as electron-app.ts wires it.
    const actions = { resume: () => core.notificationPause.resume() } as unknown as TrayActions
    const resume = menuTemplate(view.notificationsPaused, view.menu, actions).find(
      (item) => item.label === 'Resume notifications',
    )
    resume?.click?.(undefined as never, undefined, undefined as never)
    expect(core.notificationPause.alertsPausedNow()).toBe(false)
    expect(drawn.at(-1)).toMatchObject({ icon: 'idle', tooltip: 'AgentDesk', notificationsPaused: false })
    expect(events.at(-1)).toEqual(['notifications.pauseChanged', { paused: false }])
    // Wednesday 08:00 the hours take over; at 17:30 they pause again.
    clock.advance(23.5 * 3_600_000)
    expect(drawn.at(-1)).toMatchObject({ icon: 'paused', tooltip: 'AgentDesk: outside working hours until 08:00' })
  })

  it('the tray\'s "Missed calls (N)" opens the alert history on the newest and marks them seen', async () => {
    const missed = (id: string, at: string) => ({
      accountId: 'a1',
      accountLabel: 'Hotline',
      id,
      kind: 'missed',
      subject: '101 (Nguyễn Văn An)',
      detail: null,
      at,
      notified: true,
      seen: false,
    })
    const { core, drawn, windows, events } = setUp({
      alerts: [missed('missed:c2', '2026-11-24T08:50:00.000Z'), missed('missed:c1', '2026-11-24T08:40:00.000Z')],
    })
    await until(() => drawn.at(-1)?.missedEntry === 'Missed calls (2)')
    const view = drawn.at(-1)
    if (!view) throw new Error('no tray drawn')
    const actions = { openMissedCalls: () => core.openMissedCalls() } as unknown as TrayActions
    const entry = menuTemplate(view.notificationsPaused, view.menu, actions, view.health, view.missedEntry).find(
      (item) => item.label === 'Missed calls (2)',
    )
    entry?.click?.(undefined as never, undefined, undefined as never)
    expect(windows).toEqual(['live'])
    expect(events).toContainEqual(['navigation.requested', { screen: 'live', focus: 'missed:c2' }])
    expect(core.monitor.alerts().map((alert) => alert.seen)).toEqual([true, true])
    expect(drawn.at(-1)).toMatchObject({ icon: 'idle', tooltip: 'AgentDesk', missedEntry: null })
  })

  it('refuses working hours whose day ends as it starts, naming the field with a code; an end before the start is a night shift', async () => {
    const { call } = setUp()
    const empty = {
      ...defaultWorkingHours,
      days: { ...defaultWorkingHours.days, mon: { on: true, start: '22:00', end: '22:00' } },
    }
    const answer = await call('preferences.update', { workingHours: empty })
    expect(answer).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid_request',
        issues: [{ path: 'workingHours.days.mon.end', problem: { code: 'settings:hours.problems.sameStartAndEnd' } }],
      },
    })
    const night = { ...empty, days: { ...empty.days, mon: { on: true, start: '22:00', end: '06:00' } } }
    expect(await call('preferences.update', { workingHours: night })).toMatchObject({ ok: true })
  })

  it('switching the language to Vietnamese rewords the tray at once', async () => {
    const { call, drawn } = setUp()
    await call('notifications.pause', { duration: 'until-resumed' })
    await call('preferences.update', { language: 'vi' })
    expect(drawn.at(-1)).toMatchObject({
      tooltip: 'AgentDesk: đã tạm dừng thông báo',
      menu: { resume: 'Bật lại thông báo', quit: 'Thoát AgentDesk' },
    })
  })

  it('changes preferences one at a time and refuses an empty change', async () => {
    const { call } = setUp()
    expect(await call('preferences.update', { theme: 'dark' })).toEqual({
      ok: true,
      value: {
        theme: 'dark',
        language: 'en',
        closeToTray: true,
        startMinimized: false,
        startAtLogin: false,
        workingHours: defaultWorkingHours,
        queueThresholds: defaultQueueThresholds,
      },
    })
    const empty = await call('preferences.update', {})
    expect(empty.ok ? undefined : empty.error.message).toMatch(/Name at least one preference to change/)
  })

  it('sends a test notification that opens Settings when clicked', async () => {
    const { call, shown, clicks, windows, events } = setUp()
    const result = await call('notifications.sendTest')
    expect(result.ok).toBe(true)
    expect(shown).toEqual(['AgentDesk'])
    expect(windows).toEqual([])
    clicks[0]?.()
    expect(windows).toEqual(['settings'])
    // The monitor's first state (live.changed, alerts) may arrive meanwhile; only these two matter here.
    const named = events
      .map(([name]) => name)
      .filter((name) => name.startsWith('notifications.') || name.startsWith('navigation.'))
    expect(named).toEqual(['notifications.shown', 'navigation.requested'])
  })

  it('answers the macOS alert style as unknown where the platform gives no reader (the harness, other OSes)', async () => {
    const { call } = setUp()
    expect(await call('notifications.macAlertStyle')).toEqual({ ok: true, value: { style: 'unknown' } })
  })

  it('opens allow-listed links and refuses others with the reason', async () => {
    const { call, opened } = setUp()
    expect(await call('links.openExternal', { url: 'https://github.com/agentdesk' })).toEqual({
      ok: true,
      value: { opened: true },
    })
    const refused = await call('links.openExternal', { url: 'https://phish.example/login' })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'not_allowed' } })
    expect(opened).toEqual(['https://github.com/agentdesk'])
  })
})
