import { describe, expect, it } from 'vitest'

import { createPowerAdapter, type PowerMonitorLike } from '../../../src/main/platform/power-adapter'

/** A recording stand-in for Electron's powerMonitor: keeps listeners and lets the test fire events. */
class FakePowerMonitor implements PowerMonitorLike {
  readonly listeners = new Map<string, Array<() => void>>()
  on(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  removeListener(event: string, listener: () => void) {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((kept) => kept !== listener),
    )
    return this
  }
  emit(event: string) {
    for (const listener of this.listeners.get(event) ?? []) listener()
  }
}

describe('power adapter', () => {
  it('reports suspend as asleep, resume and unlock as awake, and stops listening when told', () => {
    const power = new FakePowerMonitor()
    const seen: string[] = []
    const stop = createPowerAdapter(power).onChange((state) => seen.push(state))
    power.emit('suspend')
    power.emit('resume')
    power.emit('lock-screen')
    power.emit('unlock-screen')
    expect(seen).toEqual(['asleep', 'awake', 'awake'])
    stop()
    power.emit('suspend')
    expect(seen).toHaveLength(3)
    expect([...power.listeners.values()].flat()).toEqual([])
  })
})
