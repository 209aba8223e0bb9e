import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { OperationError } from '../../../src/main/ipc/operation-error'
import { audioFormatOf, checkCustomTone, readTone } from '../../../src/main/ring/tone-files'
import { builtInTones } from '../../../src/shared/domain/ring'

const tonesDir = join(process.cwd(), 'resources', 'tones')
const folder = mkdtempSync(join(tmpdir(), 'agentdesk-tones-'))
const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise
    return 'accepted'
  } catch (error) {
    return error instanceof OperationError ? error.problem.code : String(error)
  }
}

describe('ringtone files', () => {
  it('ships each built-in tone as a small WAV', () => {
    for (const tone of builtInTones) {
      const file = join(tonesDir, `${tone}.wav`)
      expect(statSync(file).size).toBeLessThan(100 * 1024)
      expect(audioFormatOf(readFileSync(file).subarray(0, 16))).toBe('wav')
    }
  })

  it('reads a tone as a data: URL the renderer can play', async () => {
    expect(await readTone(tonesDir, 'chime', null)).toMatch(/^data:audio\/wav;base64,UklGR/)
  })

  it('accepts an audio file the user chose and refuses what only looks like one', async () => {
    const good = join(folder, 'My ring.wav')
    writeFileSync(good, readFileSync(join(tonesDir, 'bell.wav')))
    expect(await codeOf(checkCustomTone(good))).toBe('accepted')
    expect(await readTone(tonesDir, 'custom', good)).toMatch(/^data:audio\/wav;base64,/)

    const renamed = join(folder, 'notes.mp3')
    writeFileSync(renamed, 'not a sound at all')
    expect(await codeOf(checkCustomTone(renamed))).toBe('problems:ringtone.notAudio')
    const document = join(folder, 'report.pdf')
    writeFileSync(document, '%PDF-1.7')
    expect(await codeOf(checkCustomTone(document))).toBe('problems:ringtone.notAudio')
    expect(await codeOf(checkCustomTone(join(folder, 'gone.ogg')))).toBe('problems:ringtone.unreadable')
    expect(await codeOf(readTone(tonesDir, 'custom', null))).toBe('problems:ringtone.noCustomFile')
  })

  it('knows the containers by their first bytes', () => {
    const bytes = (text: string) => new Uint8Array(Buffer.from(text.padEnd(16, '\0'), 'latin1'))
    expect(audioFormatOf(bytes('OggS'))).toBe('ogg')
    expect(audioFormatOf(bytes('fLaC'))).toBe('flac')
    expect(audioFormatOf(bytes('ID3'))).toBe('mp3')
    expect(audioFormatOf(bytes('\0\0\0 ftypM4A '))).toBe('m4a')
    expect(audioFormatOf(new Uint8Array([0xff, 0xfb, 0x90, 0x64]))).toBe('mp3')
    expect(audioFormatOf(bytes('<html>'))).toBeUndefined()
  })
})
