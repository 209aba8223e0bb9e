import { EventEmitter } from 'node:events'

import { beforeEach, describe, expect, it, vi } from 'vitest'

import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'
import { recordingLogger } from '../../helpers/recording-logger'

/** Small recording fakes of the Electron objects hardenApp touches. */
const fakes = vi.hoisted(() => {
  const state = {
    permissionRequest: undefined as undefined | ((c: unknown, p: string, cb: (granted: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((contents: unknown, permission: string) => boolean),
    headers: undefined as undefined | ((details: unknown, cb: (result: unknown) => void) => void),
    opened: [] as string[],
    appListeners: new Map<string, (...args: unknown[]) => void>(),
  }
  return state
})

vi.mock('electron', () => ({
  app: { on: (event: string, listener: (...args: unknown[]) => void) => fakes.appListeners.set(event, listener) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof fakes.permissionRequest) => (fakes.permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof fakes.permissionCheck) => (fakes.permissionCheck = handler),
      webRequest: { onHeadersReceived: (handler: typeof fakes.headers) => (fakes.headers = handler) },
    },
  },
  shell: { openExternal: async (url: string) => void fakes.opened.push(url) },
}))

const { hardenApp, openCheckedLink } = await import('../../../src/main/platform/security')

class FakeContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
}

function newContents(): FakeContents {
  const contents = new FakeContents()
  fakes.appListeners.get('web-contents-created')?.({}, contents)
  return contents
}

function navigationEvent() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true
    },
  }
}

describe('hardenApp', () => {
  beforeEach(() => {
    fakes.opened.length = 0
    hardenApp(recordingLogger())
  })

  it('denies every permission request, and every check but the audio outputs the ringtone rings on', () => {
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'speaker-selection']) {
      fakes.permissionRequest?.({}, permission, (granted) => answers.push(granted))
    }
    expect(answers).toEqual([false, false, false, false, false])
    const checks = ['geolocation', 'notifications', 'clipboard-read', 'media', 'speaker-selection']
    expect(checks.map((permission) => fakes.permissionCheck?.({}, permission))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ])
  })

  it('adds the strict CSP to every response', () => {
    let result: unknown
    fakes.headers?.({ responseHeaders: { 'X-Other': ['1'] } }, (value) => (result = value))
    expect(result).toEqual({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe')
  })

  it('blocks navigation; allow-listed https links go to the browser instead', () => {
    const contents = newContents()
    const allowed = navigationEvent()
    const blocked = navigationEvent()
    contents.emit('will-navigate', allowed, 'https://github.com/agentdesk')
    contents.emit('will-navigate', blocked, 'https://evil.example/')
    expect(allowed.prevented).toBe(true)
    expect(blocked.prevented).toBe(true)
    expect(fakes.opened).toEqual(['https://github.com/agentdesk'])
  })

  it('never opens a new window', () => {
    const contents = newContents()
    expect(contents.windowOpenHandler?.({ url: 'https://voipbin.net/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'http://voipbin.net/' })).toEqual({ action: 'deny' })
    expect(fakes.opened).toEqual(['https://voipbin.net/'])
  })

  it('blocks webviews and redirects', () => {
    const contents = newContents()
    const webview = navigationEvent()
    const redirect = navigationEvent()
    contents.emit('will-attach-webview', webview)
    contents.emit('will-redirect', redirect)
    expect([webview.prevented, redirect.prevented]).toEqual([true, true])
  })
})

describe('openCheckedLink', () => {
  it('checks the allow-list again before opening', async () => {
    fakes.opened.length = 0
    await expect(openCheckedLink('https://evil.example/')).rejects.toThrow(/not on AgentDesk's list/)
    await openCheckedLink('https://github.com/')
    expect(fakes.opened).toEqual(['https://github.com/'])
  })
})
