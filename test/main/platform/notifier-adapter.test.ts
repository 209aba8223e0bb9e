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
}

function setUp(supported = true) {
  const created: FakeNotification[] = []
  let unsupported = 0
  const notifier = createNotifierAdapter(
    {
      isSupported: () => supported,
      create: (options) => {
        const notification = new FakeNotification(options)
        created.push(notification)
        return notification as unknown as Notification
      },
    },
    () => (unsupported += 1),
  )
  return { notifier, created, unsupported: () => unsupported }
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
})
