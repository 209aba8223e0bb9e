import { describe, expect, it } from 'vitest'

import { isTrustedSender } from '../../../src/main/ipc/trusted-sender'

const origin = { fileUrl: 'file:///opt/AgentDesk/resources/app.asar/out/renderer/index.html' }

describe('isTrustedSender', () => {
  it('trusts the main frame of our own index.html', () => {
    expect(isTrustedSender('file:///opt/AgentDesk/resources/app.asar/out/renderer/index.html#x', true, origin)).toBe(
      true,
    )
  })

  it('refuses sub-frames, other files and other sites', () => {
    expect(isTrustedSender(origin.fileUrl, false, origin)).toBe(false)
    expect(isTrustedSender('file:///tmp/evil.html', true, origin)).toBe(false)
    expect(isTrustedSender('https://evil.example/', true, origin)).toBe(false)
    expect(isTrustedSender(undefined, true, origin)).toBe(false)
    expect(isTrustedSender('::::', true, origin)).toBe(false)
  })

  it('trusts the dev server only when one is configured', () => {
    expect(isTrustedSender('http://localhost:5173/', true, origin)).toBe(false)
    expect(
      isTrustedSender('http://localhost:5173/', true, { ...origin, devServerOrigin: 'http://localhost:5173' }),
    ).toBe(true)
  })
})
