import { describe, expect, it } from 'vitest'

import { createQuitGuard, hideOnClose } from '../../../src/main/platform/quit-guard'
import type { UpdatePolicy } from '../../../src/main/updates/update-policy'
import { CHECK_INTERVAL_MS, createUpdateService } from '../../../src/main/updates/update-service'
import type { UpdateChannel, UpdateView, UpdatesOffReason } from '../../../src/shared/domain/updates'
import { manualClock } from '../../helpers/manual-clock'
import { recordingLogger } from '../../helpers/recording-logger'

import { recordingUpdater } from './recording-updater'

const noPolicy: UpdatePolicy = { updatesAllowed: true, channel: null, source: null }

function setUp(options: { policy?: UpdatePolicy; blocker?: UpdatesOffReason | null; channel?: UpdateChannel } = {}) {
  const port = recordingUpdater()
  const clock = manualClock()
  const views: UpdateView[] = []
  let saved: UpdateChannel = options.channel ?? 'stable'
  const service = createUpdateService({
    port,
    currentVersion: '1.0.0',
    policy: options.policy ?? noPolicy,
    installBlocker: options.blocker ?? null,
    clock,
    logger: recordingLogger(),
    savedChannel: () => saved,
    saveChannel: (channel) => (saved = channel),
    onChange: (view) => views.push(view),
  })
  return { port, clock, views, service, saved: () => saved }
}

describe('update service', () => {
  it('checks at start and every 6 hours on its clock', () => {
    const { port, clock } = setUp()
    expect(port.calls).toEqual(['setChannel stable', 'check'])
    port.emit({ type: 'not-available' })
    clock.advance(CHECK_INTERVAL_MS - 1)
    expect(port.calls.filter((call) => call === 'check')).toHaveLength(1)
    clock.advance(1)
    expect(port.calls.filter((call) => call === 'check')).toHaveLength(2)
    port.emit({ type: 'not-available' })
    clock.advance(CHECK_INTERVAL_MS)
    expect(port.calls.filter((call) => call === 'check')).toHaveLength(3)
  })

  it('walks checking → available → downloading n% → ready, downloading in the background', () => {
    const { port, service, views } = setUp()
    port.emit({ type: 'checking' })
    expect(service.view().state).toEqual({ status: 'checking' })
    port.emit({ type: 'available', version: '1.2.0', releaseNotes: 'Faster rings' })
    expect(port.calls.at(-1)).toBe('download')
    port.emit({ type: 'progress', percent: 41.6 })
    expect(service.view().state).toEqual({ status: 'downloading', version: '1.2.0', percent: 42 })
    port.emit({ type: 'downloaded', version: '1.2.0', releaseNotes: 'Faster rings' })
    expect(service.view().state).toEqual({ status: 'ready', version: '1.2.0', releaseNotes: 'Faster rings' })
    expect(views.map((view) => view.state.status)).toEqual(['checking', 'available', 'downloading', 'ready'])
  })

  it('downloads only what the updater offered: a user outside the staged rollout is told not-available', () => {
    const { port, service, clock } = setUp()
    port.emit({ type: 'checking' })
    port.emit({ type: 'not-available' })
    clock.advance(CHECK_INTERVAL_MS)
    port.emit({ type: 'not-available' })
    expect(port.calls).not.toContain('download')
    expect(service.view().state).toEqual({ status: 'idle', checkedAt: clock.now().toISOString() })
  })

  it('does not check again while a check or a download runs, nor once an update is ready', () => {
    const { port, service, clock } = setUp()
    port.emit({ type: 'checking' })
    service.checkNow()
    port.emit({ type: 'available', version: '1.2.0', releaseNotes: null })
    port.emit({ type: 'progress', percent: 10 })
    service.checkNow()
    port.emit({ type: 'downloaded', version: '1.2.0', releaseNotes: null })
    clock.advance(CHECK_INTERVAL_MS * 3)
    expect(port.calls.filter((call) => call === 'check')).toHaveLength(1)
  })

  it('reports a failure as a code and checks again at the next interval', () => {
    const { port, service, clock } = setUp()
    port.emit({ type: 'error', failure: 'offline', detail: 'net::ERR_INTERNET_DISCONNECTED' })
    expect(service.view().state).toEqual({ status: 'error', failure: 'offline' })
    clock.advance(CHECK_INTERVAL_MS)
    expect(port.calls.filter((call) => call === 'check')).toHaveLength(2)
  })

  it('switches channel: saved, handed to the updater, and checked at once', () => {
    const { port, service, saved } = setUp()
    port.emit({ type: 'not-available' })
    expect(service.setChannel('beta').channel).toBe('beta')
    expect(saved()).toBe('beta')
    expect(port.calls.slice(-2)).toEqual(['setChannel beta', 'check'])
  })

  it('keeps the channel IT locked, whatever the user asks', () => {
    const { port, service, saved } = setUp({ policy: { updatesAllowed: true, channel: 'stable', source: 'file' } })
    expect(service.setChannel('beta')).toMatchObject({ channel: 'stable', locked: true, policySource: 'file' })
    expect(saved()).toBe('stable')
    expect(port.calls).toEqual(['setChannel stable', 'check'])
  })

  it('never checks when IT turned updates off, and says so', () => {
    const { port, service, clock } = setUp({ policy: { updatesAllowed: false, channel: null, source: 'environment' } })
    service.checkNow()
    clock.advance(CHECK_INTERVAL_MS * 2)
    expect(port.calls).toEqual([])
    expect(service.view()).toMatchObject({ state: { status: 'disabled', reason: 'policy' }, locked: true })
  })

  it('never self-updates a package the OS manages', () => {
    const { port, service } = setUp({ blocker: 'packageManager' })
    service.checkNow()
    expect(port.calls).toEqual([])
    expect(service.view().state).toEqual({ status: 'disabled', reason: 'packageManager' })
    expect(service.restartToUpdate()).toBe(false)
  })

  it('"Restart to update" installs only a downloaded update', () => {
    const { port, service } = setUp()
    expect(service.restartToUpdate()).toBe(false)
    port.emit({ type: 'available', version: '1.2.0', releaseNotes: null })
    expect(service.restartToUpdate()).toBe(false)
    port.emit({ type: 'downloaded', version: '1.2.0', releaseNotes: null })
    expect(service.restartToUpdate()).toBe(true)
    expect(port.calls.at(-1)).toBe('quitAndInstall')
  })

  it('stops its timer when disposed', () => {
    const { clock, service } = setUp()
    service.dispose()
    expect(clock.pendingTimers()).toBe(0)
  })
})

/** A recording stand-in for an Electron event emitter (app, Electron's autoUpdater, a window). */
class FakeEmitter {
  listeners = new Map<string, Array<(...args: never[]) => void>>()
  on(event: string, listener: (...args: never[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  emit(event: string) {
    for (const listener of this.listeners.get(event) ?? []) (listener as () => void)()
  }
}

describe('the quit path of "Restart to update"', () => {
  it('lets the close-to-tray window close: electron-updater says before-quit-for-update before quitting', () => {
    const { port, service } = setUp()
    const signals = { app: new FakeEmitter(), autoUpdater: new FakeEmitter(), powerMonitor: new FakeEmitter() }
    const guard = createQuitGuard({ ...signals, process: new FakeEmitter(), quit: () => undefined })
    const window = Object.assign(new FakeEmitter(), { hidden: 0, hide: () => (window.hidden += 1) })
    hideOnClose(window, guard, () => true)
    let windowClosed: boolean | undefined
    // As BaseUpdater.quitAndInstall does: Electron's autoUpdater emits before-quit-for-update, then
    // the app quits and closes its windows.
    port.onQuitAndInstall = () => {
      signals.autoUpdater.emit('before-quit-for-update')
      let prevented = false
      for (const listener of window.listeners.get('close') ?? [])
        (listener as (event: { preventDefault(): void }) => void)({ preventDefault: () => (prevented = true) })
      windowClosed = !prevented
    }
    port.emit({ type: 'downloaded', version: '1.2.0', releaseNotes: null })
    expect(service.restartToUpdate()).toBe(true)
    expect(windowClosed).toBe(true)
    expect(window.hidden).toBe(0)
  })
})
