import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { describe, expect, it } from 'vitest'

import { createIncomingWindow, incomingWindowPosition } from '../../../src/main/platform/incoming-window'

/** A recording stand-in for Electron's BrowserWindow: only what the adapter calls. */
class FakeWindow {
  calls: string[] = []
  visible = false
  listeners = new Map<string, (event: { preventDefault(): void }) => void>()
  constructor(readonly options: BrowserWindowConstructorOptions) {}
  setAlwaysOnTop(flag: boolean, level: string) {
    this.calls.push(`setAlwaysOnTop ${flag} ${level}`)
  }
  setVisibleOnAllWorkspaces(flag: boolean) {
    this.calls.push(`setVisibleOnAllWorkspaces ${flag}`)
  }
  setPosition(x: number, y: number) {
    this.calls.push(`setPosition ${x},${y}`)
  }
  show() {
    this.calls.push('show')
    this.visible = true
  }
  showInactive() {
    this.calls.push('showInactive')
    this.visible = true
  }
  focus() {
    this.calls.push('focus')
  }
  hide() {
    this.calls.push('hide')
    this.visible = false
  }
  isVisible = () => this.visible
  isDestroyed = () => false
  destroy() {
    this.calls.push('destroy')
  }
  on(event: string, listener: (event: { preventDefault(): void }) => void) {
    this.listeners.set(event, listener)
    return this
  }
}

const area: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 }

function setUp(tray: Rectangle | undefined) {
  const windows: FakeWindow[] = []
  const loaded: FakeWindow[] = []
  const incoming = createIncomingWindow({
    createWindow: (options) => {
      const window = new FakeWindow(options)
      windows.push(window)
      return window as unknown as BrowserWindow
    },
    trayBounds: () => tray,
    workAreaNear: () => area,
    load: (window) => void loaded.push(window as unknown as FakeWindow),
  })
  return { incoming, windows, loaded }
}

describe('incoming-call window', () => {
  it('is always on top, out of the task bar, and made hidden with its page loaded (it plays the ringtone)', () => {
    const { incoming, windows, loaded } = setUp(undefined)
    incoming.start()
    const [window] = windows
    expect(window?.options).toMatchObject({ alwaysOnTop: true, skipTaskbar: true, show: false, frame: false })
    expect(window?.calls).toEqual(['setAlwaysOnTop true screen-saver', 'setVisibleOnAllWorkspaces true'])
    expect(loaded).toEqual([window])
  })

  it('shows without taking focus from the call software, near the tray, and hides again', () => {
    const { incoming, windows } = setUp({ x: 1800, y: 1040, width: 24, height: 40 })
    incoming.show()
    incoming.show()
    const window = windows[0]
    expect(windows).toHaveLength(1)
    expect(window?.calls.slice(2)).toEqual(['setPosition 1548,828', 'showInactive', 'setPosition 1548,828'])
    expect(window?.calls).not.toContain('show')
    expect(window?.calls).not.toContain('focus')
    incoming.hide()
    expect(window?.calls.at(-1)).toBe('hide')
  })

  it('only hides when closed, so the ringtone keeps playing', () => {
    const { incoming, windows } = setUp(undefined)
    incoming.show()
    let prevented = false
    windows[0]?.listeners.get('close')?.({ preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    expect(windows[0]?.visible).toBe(false)
  })
})

describe('incoming-call window position', () => {
  it('sits above a bottom tray (Windows), below a top one (macOS), clamped to the screen', () => {
    expect(incomingWindowPosition({ x: 1800, y: 1040, width: 24, height: 40 }, area)).toEqual({ x: 1548, y: 828 })
    expect(incomingWindowPosition({ x: 1500, y: 0, width: 22, height: 24 }, area)).toEqual({ x: 1331, y: 36 })
    expect(incomingWindowPosition({ x: 2, y: 1040, width: 24, height: 40 }, area)).toEqual({ x: 12, y: 828 })
  })

  it('uses the bottom-right corner when the desktop does not say where the tray is (Linux)', () => {
    expect(incomingWindowPosition({ x: 0, y: 0, width: 0, height: 0 }, area)).toEqual({ x: 1548, y: 828 })
    expect(incomingWindowPosition(undefined, area)).toEqual({ x: 1548, y: 828 })
  })
})
