import { describe, expect, it } from 'vitest'

import { createQuitGuard, hideOnClose } from '../../../src/main/platform/quit-guard'

/** A recording stand-in for any Electron event emitter. */
class FakeEmitter {
  listeners = new Map<string, Array<(...args: never[]) => void>>()
  on(event: string, listener: (...args: never[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...args: unknown[]) => void)(...args)
  }
}

/** A window with close-to-tray on: what a close does. */
class FakeWindow extends FakeEmitter {
  hidden = 0
  hide() {
    this.hidden += 1
  }
  /** Emits 'close' as Electron does; true when the window may close. */
  close(): boolean {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    return !prevented
  }
}

function setUp(closeToTray = true) {
  const signals = {
    app: new FakeEmitter(),
    autoUpdater: new FakeEmitter(),
    powerMonitor: new FakeEmitter(),
    process: new FakeEmitter(),
  }
  let quits = 0
  const guard = createQuitGuard({ ...signals, quit: () => (quits += 1) })
  const window = new FakeWindow()
  hideOnClose(window, guard, () => closeToTray)
  return { signals, window, quits: () => quits }
}

describe('quit path with close-to-tray on', () => {
  it('hides the window to the tray when the user closes it', () => {
    const { window } = setUp()
    expect(window.close()).toBe(false)
    expect(window.hidden).toBe(1)
  })

  it('lets the window close when close-to-tray is off', () => {
    const { window } = setUp(false)
    expect(window.close()).toBe(true)
    expect(window.hidden).toBe(0)
  })

  it('quits from the tray menu, the Dock or Cmd+Q (before-quit)', () => {
    const { signals, window } = setUp()
    signals.app.emit('before-quit')
    expect(window.close()).toBe(true)
    expect(window.hidden).toBe(0)
  })

  it('quits to install an update: the windows close before app says before-quit', () => {
    const { signals, window } = setUp()
    signals.autoUpdater.emit('before-quit-for-update')
    expect(window.close()).toBe(true)
  })

  it('quits when Windows ends the session (no before-quit there)', () => {
    const { window } = setUp()
    window.emit('query-session-end', { preventDefault: () => undefined })
    expect(window.close()).toBe(true)
  })

  it('quits on shutdown and on SIGTERM', () => {
    const shutdown = setUp()
    shutdown.signals.powerMonitor.emit('shutdown')
    expect(shutdown.quits()).toBe(1)
    expect(shutdown.window.close()).toBe(true)
    const term = setUp()
    term.signals.process.emit('SIGTERM')
    expect(term.quits()).toBe(1)
    expect(term.window.close()).toBe(true)
  })
})
