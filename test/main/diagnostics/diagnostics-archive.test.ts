import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { buildDiagnosticsArchive } from '../../../src/main/diagnostics/diagnostics-archive'
import { encodingsOf, findSecretsInZip } from '../../helpers/secret-search'

const secret = 'sk_live_Ab+/9"&é?xyz'
const encoder = new TextEncoder()

describe('diagnostics archive', () => {
  it('the search finds a secret in each of its encodings (it can fail), in UTF-8 and UTF-16LE', () => {
    const forms = Object.entries(encodingsOf(secret))
    const planted = zipSync(
      Object.fromEntries([
        ...forms.map(([encoding, form]) => [`${encoding}.txt`, encoder.encode(`before ${form} after`)]),
        ['dump.dmp', new Uint8Array(Buffer.from(`\0\0${secret}\0`, 'utf16le'))],
      ]),
    )
    const found = findSecretsInZip(planted, { secret })
    for (const [encoding] of forms)
      expect(found).toContainEqual({ file: `${encoding}.txt`, secret: 'secret', encoding })
    expect(found).toContainEqual({ file: 'dump.dmp', secret: 'secret', encoding: 'raw' })
  })

  it('scrubs every encoding from text files and masks the bytes of a binary dump in place', () => {
    const lines = Object.values(encodingsOf(secret)).map((form) => `2026-01-01T00:00:00.000Z ERROR saw ${form}`)
    const dump = Buffer.concat([
      Buffer.from([0x4d, 0x44, 0x4d, 0x50]),
      Buffer.from(secret, 'utf16le'),
      Buffer.from(secret),
    ])
    const zip = buildDiagnosticsArchive(
      [
        { path: 'logs/main.log', bytes: encoder.encode(lines.join('\n')), text: true },
        { path: 'crash-dumps/completed/a.dmp', bytes: dump, text: false },
      ],
      [secret],
      new Date('2026-01-01T00:00:00Z'),
    )
    expect(findSecretsInZip(zip, { secret })).toEqual([])
    const files = unzipSync(zip)
    // The lines stay, their secret gone; the dump keeps its size and header.
    expect(new TextDecoder().decode(files['logs/main.log'])).toContain('ERROR saw [redacted]')
    expect(files['crash-dumps/completed/a.dmp']?.length).toBe(dump.length)
    expect(
      Buffer.from(files['crash-dumps/completed/a.dmp'] ?? [])
        .subarray(0, 4)
        .toString(),
    ).toBe('MDMP')
  })

  it('leaves a file without secrets as it was', () => {
    const text = 'INFO monitor: resumed {"reason":"offline"}\n'
    const zip = buildDiagnosticsArchive(
      [{ path: 'logs/main.log', bytes: encoder.encode(text), text: true }],
      [secret],
      new Date(),
    )
    expect(new TextDecoder().decode(unzipSync(zip)['logs/main.log'])).toBe(text)
  })
})
