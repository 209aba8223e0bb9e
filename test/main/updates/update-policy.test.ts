import { describe, expect, it } from 'vitest'

import { selfUpdateBlocker } from '../../../src/main/updates/install-kind'
import { policyFilePath, readUpdatePolicy } from '../../../src/main/updates/update-policy'

const missing = () => {
  throw Object.assign(new Error('no file'), { code: 'ENOENT' })
}
const file = (text: string) => () => text

describe('IT policy for updates', () => {
  it('puts the machine-wide file where each OS keeps administrator settings', () => {
    expect(policyFilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\AgentDesk\\policy.json')
    expect(policyFilePath('darwin', {})).toBe('/Library/Application Support/AgentDesk/policy.json')
    expect(policyFilePath('linux', {})).toBe('/etc/agentdesk/policy.json')
  })

  it('leaves updates to the user without a policy', () => {
    expect(readUpdatePolicy({ platform: 'linux', env: {}, readFile: missing })).toEqual({
      updatesAllowed: true,
      channel: null,
      source: null,
    })
  })

  it('turns updates off from the environment variable', () => {
    const policy = readUpdatePolicy({ platform: 'linux', env: { AGENTDESK_UPDATES: 'OFF' }, readFile: missing })
    expect(policy).toMatchObject({ updatesAllowed: false, source: 'environment' })
  })

  it('turns updates off when the variable holds a value it does not know (fail closed, with a warning)', () => {
    const policy = readUpdatePolicy({ platform: 'linux', env: { AGENTDESK_UPDATES: 'never' }, readFile: missing })
    expect(policy.updatesAllowed).toBe(false)
    expect(policy.warning).toMatch(/AGENTDESK_UPDATES/)
  })

  it('reads the file: updates off, or a locked channel', () => {
    const read = (text: string) => readUpdatePolicy({ platform: 'darwin', env: {}, readFile: file(text) })
    expect(read('{"updates": "off"}')).toEqual({ updatesAllowed: false, channel: null, source: 'file' })
    expect(read('{"channel": "beta", "proxy": "other feature"}')).toEqual({
      updatesAllowed: true,
      channel: 'beta',
      source: 'file',
    })
  })

  it('turns updates off when the file cannot be understood', () => {
    const read = (text: string) => readUpdatePolicy({ platform: 'linux', env: {}, readFile: file(text) })
    expect(read('{"updates": "sometimes"}')).toMatchObject({ updatesAllowed: false, source: 'file' })
    expect(read('not json').warning).toMatch(/\/etc\/agentdesk\/policy\.json/)
  })
})

describe('which installs update themselves', () => {
  it('an AppImage, an NSIS install and a macOS app do', () => {
    expect(
      selfUpdateBlocker({ platform: 'linux', isPackaged: true, env: { APPIMAGE: '/home/a/AgentDesk.AppImage' } }),
    ).toBeNull()
    expect(selfUpdateBlocker({ platform: 'win32', isPackaged: true, env: {} })).toBeNull()
    expect(selfUpdateBlocker({ platform: 'darwin', isPackaged: true, env: {} })).toBeNull()
  })

  it('a .deb (no APPIMAGE) is left to the package manager; a portable or development run has nothing to replace', () => {
    expect(selfUpdateBlocker({ platform: 'linux', isPackaged: true, env: {} })).toBe('packageManager')
    expect(selfUpdateBlocker({ platform: 'win32', isPackaged: true, env: { PORTABLE_EXECUTABLE_DIR: 'C:\\x' } })).toBe(
      'portable',
    )
    expect(selfUpdateBlocker({ platform: 'darwin', isPackaged: false, env: {} })).toBe('development')
  })
})
