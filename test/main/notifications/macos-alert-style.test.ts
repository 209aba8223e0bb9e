import { describe, expect, it } from 'vitest'

import { macAlertStyleOf, parsePlist } from '../../../src/main/notifications/macos-alert-style'

const BUNDLE = 'vn.agentdesk.desktop'

/** What `defaults export com.apple.ncprefs -` prints, with the entries given (shape as macOS writes it). */
function ncprefs(apps: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>apps</key>
	<array>
		<dict>
			<key>auth</key>
			<integer>7</integer>
			<key>bundle-id</key>
			<string>com.apple.iCal</string>
			<key>flags</key>
			<integer>41951246</integer>
			<key>grouping</key>
			<integer>0</integer>
			<key>path</key>
			<string>/System/Applications/Calendar.app</string>
		</dict>
${apps}
	</array>
	<key>dnd_prefs</key>
	<data>
	YnBsaXN0MDDUAQIDBAUGBwpYJHZlcnNpb25ZJGFyY2hpdmVyVCR0b3BYJG9iamVjdHMS
	</data>
	<key>nc_prefs_version</key>
	<integer>2</integer>
	<key>show_previews</key>
	<true/>
</dict>
</plist>
`
}

const entry = (flags: string, bundle = BUNDLE) => `		<dict>
			<key>bundle-id</key>
			<string>${bundle}</string>
			<key>content_visibility</key>
			<integer>0</integer>
			<key>flags</key>
			<integer>${flags}</integer>
			<key>path</key>
			<string>/Applications/AgentDesk.app</string>
			<key>src</key>
			<array>
				<dict>
					<key>flags</key>
					<integer>16</integer>
				</dict>
			</array>
		</dict>`

describe("macOS alert style, from the Notification Center's preferences", () => {
  // 0x2000000 allows notifications; 0x0000007 sound, badge, in Notification Center; bits 3–4 the style.
  it('reads Banners (bit 3)', () => {
    expect(macAlertStyleOf(ncprefs(entry(String(0x2000000 | 0x7 | 8))), BUNDLE)).toBe('banners')
  })

  it('reads Alerts (bit 4)', () => {
    expect(macAlertStyleOf(ncprefs(entry(String(0x2000000 | 0x7 | 16))), BUNDLE)).toBe('alerts')
  })

  it('reads None (neither bit)', () => {
    expect(macAlertStyleOf(ncprefs(entry(String(0x2000000 | 0x7))), BUNDLE)).toBe('none')
  })

  it('is unknown when the app has no entry yet (it never showed a notification)', () => {
    expect(macAlertStyleOf(ncprefs(entry('16', 'com.other.app')), BUNDLE)).toBe('unknown')
  })

  it('is unknown when the file could not be read, or is not a property list', () => {
    expect(macAlertStyleOf(null, BUNDLE)).toBe('unknown')
    expect(macAlertStyleOf('', BUNDLE)).toBe('unknown')
    expect(macAlertStyleOf('bplist00\u0000\u0001binary', BUNDLE)).toBe('unknown')
    expect(macAlertStyleOf(ncprefs(entry('16')).slice(0, 400), BUNDLE)).toBe('unknown')
  })

  it('is unknown for values the known layout does not explain (both style bits, no integer)', () => {
    expect(macAlertStyleOf(ncprefs(entry(String(8 | 16))), BUNDLE)).toBe('unknown')
    expect(macAlertStyleOf(ncprefs(entry('lots')), BUNDLE)).toBe('unknown')
    expect(
      macAlertStyleOf(
        ncprefs(entry('16').replace('<integer>16</integer>\n\t\t\t<key>path', '<string>16</string>\n\t\t\t<key>path')),
        BUNDLE,
      ),
    ).toBe('unknown')
  })
})

describe('property list reader', () => {
  it('reads every value type, entities and empty elements', () => {
    expect(
      parsePlist(`<plist version="1.0"><dict>
        <key>a &amp; b</key><string>&lt;x&gt; &#233;&#x1F600;</string>
        <key>n</key><real>-1.5</real><key>i</key><integer>42</integer>
        <key>t</key><true/><key>f</key><false/><key>e</key><string/>
        <key>list</key><array><date>2026-11-24T09:00:00Z</date><array/><dict/></array>
      </dict></plist>`),
    ).toEqual({
      'a & b': '<x> é😀',
      n: -1.5,
      i: 42,
      t: true,
      f: false,
      e: '',
      list: ['2026-11-24T09:00:00Z', [], {}],
    })
  })

  it('refuses what is malformed', () => {
    expect(() => parsePlist('<plist><dict><string>no key</string></dict></plist>')).toThrow(/key/)
    expect(() => parsePlist('<plist><dict><key>a</key><integer>x</integer></dict></plist>')).toThrow(/number/)
    expect(() => parsePlist('<plist><array><string>open</array></plist>')).toThrow()
    expect(() => parsePlist('<dict/>')).toThrow(/plist/)
  })
})
