import { describe, expect, it } from 'vitest'

import { createMacAlertStyleReader } from '../../../src/main/platform/macos-alert-style-reader'

const exported = (flags: number) => `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict><key>apps</key><array>
<dict><key>bundle-id</key><string>vn.agentdesk.desktop</string><key>flags</key><integer>${flags}</integer></dict>
</array></dict></plist>`

describe('macOS alert style reader', () => {
  it('runs `defaults export com.apple.ncprefs -` and reads the app by its bundle id', async () => {
    const runs: string[] = []
    const read = createMacAlertStyleReader(async (file, args) => {
      runs.push([file, ...args].join(' '))
      return exported(0x2000000 | 8)
    }, 'vn.agentdesk.desktop')
    expect(await read()).toBe('banners')
    expect(runs).toEqual(['/usr/bin/defaults export com.apple.ncprefs -'])
  })

  it('answers unknown, never an error, when the command fails', async () => {
    const read = createMacAlertStyleReader(async () => {
      throw new Error('spawn /usr/bin/defaults ENOENT')
    }, 'vn.agentdesk.desktop')
    expect(await read()).toBe('unknown')
  })
})
