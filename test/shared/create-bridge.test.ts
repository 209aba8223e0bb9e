import { describe, expect, it } from 'vitest'

import { operationNames, eventNames } from '../../src/shared/ipc/contract'
import { createBridge } from '../../src/shared/ipc/create-bridge'

function fakeTransport() {
  const invoked: Array<[string, unknown, number | undefined]> = []
  const cancelled: number[] = []
  const listeners = new Set<(name: string, payload: unknown) => void>()
  return {
    invoked,
    cancelled,
    emit: (name: string, payload: unknown) => listeners.forEach((listener) => listener(name, payload)),
    listenerCount: () => listeners.size,
    transport: {
      invoke: async (operation: string, payload: unknown, callId: number | undefined) => {
        invoked.push([operation, payload, callId])
        return { ok: true as const, value: null }
      },
      cancel: (callId: number) => void cancelled.push(callId),
      listen: (listener: (name: string, payload: unknown) => void) => {
        listeners.add(listener)
        return () => void listeners.delete(listener)
      },
    },
  }
}

describe('createBridge', () => {
  it('exposes exactly one named function per operation and per event', () => {
    const bridge = createBridge(fakeTransport().transport, 'electron')
    expect(Object.keys(bridge.operations).sort()).toEqual([...operationNames].sort())
    expect(Object.keys(bridge.on).sort()).toEqual([...eventNames].sort())
    expect(Object.isFrozen(bridge.operations)).toBe(true)
  })

  it('sends the operation name with its request and the call id, and a cancel by that id', async () => {
    const fake = fakeTransport()
    const bridge = createBridge(fake.transport, 'electron')
    await bridge.operations['notifications.pause']({ duration: '15m' })
    await bridge.operations['avatar.listAgents']({ accountId: '6f1c2b8e-8a51-4a8e-9b0c-0d7c1f5e2a11' }, 7)
    bridge.cancel(7)
    expect(fake.invoked).toEqual([
      ['notifications.pause', { duration: '15m' }, undefined],
      ['avatar.listAgents', { accountId: '6f1c2b8e-8a51-4a8e-9b0c-0d7c1f5e2a11' }, 7],
    ])
    expect(fake.cancelled).toEqual([7])
  })

  it('delivers only matching, valid events and unsubscribes', () => {
    const fake = fakeTransport()
    const bridge = createBridge(fake.transport, 'electron')
    const received: unknown[] = []
    const unsubscribe = bridge.on['navigation.requested']((payload) => received.push(payload))
    fake.emit('navigation.requested', { screen: 'settings' })
    fake.emit('navigation.requested', { screen: 'nowhere' })
    fake.emit('tray.viewChanged', { screen: 'live' })
    unsubscribe()
    fake.emit('navigation.requested', { screen: 'live' })
    expect(received).toEqual([{ screen: 'settings' }])
    expect(fake.listenerCount()).toBe(0)
  })
})
