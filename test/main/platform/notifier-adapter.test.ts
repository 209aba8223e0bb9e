import type { Notification, NotificationConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'

import { createNotifierAdapter } from '../../../src/main/platform/notifier-adapter'

/** A recording stand-in for Electron's Notification. */
class FakeNotification {
  shown = false
  listeners = new Map<string, () => void>()
  constructor(readonly options: NotificationConstructorOptions) {}
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener)
    return this
  }
  show() {
    this.shown = true
  }
  close() {
    this.closed = true
    // Electron emits 'close' for a notification the app closes too.
    this.listeners.get('close')?.()
  }
  closed = false
}

function setUp(supported = true, platform: NodeJS.Platform = 'linux') {
  const created: FakeNotification[] = []
  const userModelIds: string[] = []
  let unsupported = 0
  const notifier = createNotifierAdapter(
    {
      platform,
      setAppUserModelId: (id) => userModelIds.push(id),
      isSupported: () => supported,
      create: (options) => {
        const notification = new FakeNotification(options)
        created.push(notification)
        return notification as unknown as Notification
      },
    },
    () => (unsupported += 1),
    'vn.agentdesk.desktop',
  )
  return { notifier, created, unsupported: () => unsupported, userModelIds }
}

describe('notifier adapter', () => {
  it('shows a notification and runs the click action once clicked', () => {
    const { notifier, created } = setUp()
    let clicks = 0
    notifier.show({ id: 'call-1', title: 'Call ringing', body: 'From 0899123456', onClick: () => (clicks += 1) })
    expect(created[0]?.options).toMatchObject({ title: 'Call ringing', body: 'From 0899123456' })
    expect(created[0]?.shown).toBe(true)
    expect(notifier.open).toBe(1)
    created[0]?.listeners.get('click')?.()
    expect(clicks).toBe(1)
    expect(notifier.open).toBe(0)
  })

  it('asks the OS to keep a persistent notification (a missed call) until acted on, and only that one', () => {
    const { notifier, created } = setUp()
    notifier.show({ id: 'missed:1', title: 'Missed call on 101', body: 'Hotline', persistent: true })
    notifier.show({ id: 'call-2', title: 'Call ringing', body: 'Hotline' })
    expect(created[0]?.options.timeoutType).toBe('never')
    expect(created[1]?.options).not.toHaveProperty('timeoutType')
  })

  it('keeps a reference until the notification closes or fails', () => {
    const { notifier, created } = setUp()
    notifier.show({ id: 'a', title: 'A', body: 'a' })
    notifier.show({ id: 'b', title: 'B', body: 'b' })
    expect(notifier.open).toBe(2)
    created[0]?.listeners.get('close')?.()
    created[1]?.listeners.get('failed')?.()
    expect(notifier.open).toBe(0)
  })

  it('reports a desktop without notifications instead of failing silently', () => {
    const { notifier, created, unsupported } = setUp(false)
    notifier.show({ id: 'a', title: 'A', body: 'a' })
    expect(created).toHaveLength(0)
    expect(unsupported()).toBe(1)
  })

  it('asks each OS to keep a ring on screen: a Windows toast that never times out, critical urgency on Linux', () => {
    const windows = setUp(true, 'win32')
    expect(windows.userModelIds).toEqual(['vn.agentdesk.desktop'])
    windows.notifier.show({ id: 'ring', title: 'Call ringing', body: 'To 0899123456', persistent: true })
    windows.notifier.show({ id: 'test', title: 'AgentDesk', body: 'Test' })
    expect(windows.created[0]?.options).toMatchObject({ timeoutType: 'never' })
    expect(windows.created[0]?.options.urgency).toBeUndefined()
    expect(windows.created[1]?.options.timeoutType).toBeUndefined()

    const linux = setUp(true, 'linux')
    expect(linux.userModelIds).toEqual([])
    linux.notifier.show({ id: 'ring', title: 'Call ringing', body: 'To 0899123456', persistent: true })
    expect(linux.created[0]?.options).toMatchObject({ urgency: 'critical', timeoutType: 'never' })

    // macOS has no such option: the user sets the "Alerts" style (Settings says so).
    const mac = setUp(true, 'darwin')
    mac.notifier.show({ id: 'ring', title: 'Call ringing', body: 'To 0899123456', persistent: true })
    expect(mac.created[0]?.options).toEqual({ title: 'Call ringing', body: 'To 0899123456', silent: false })
  })

  it('closes a ring when the app says so, and tells a dismissal by the user apart', () => {
    const { notifier, created } = setUp()
    let dismissed = 0
    notifier.show({ id: 'a', title: 'A', body: 'a', persistent: true, onDismiss: () => (dismissed += 1) })
    notifier.show({ id: 'b', title: 'B', body: 'b', persistent: true, onDismiss: () => (dismissed += 1) })
    notifier.close('a')
    expect(created[0]?.closed).toBe(true)
    expect(dismissed).toBe(0)
    created[1]?.listeners.get('close')?.()
    expect(dismissed).toBe(1)
    expect(notifier.open).toBe(0)
    notifier.close('unknown')
  })
})
