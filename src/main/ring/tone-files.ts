import { open, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'

import { builtInTones, customToneExtensions, type ToneChoice } from '../../shared/domain/ring'
import { OperationError } from '../ipc/operation-error'

/** A user's tone is read whole into a data: URL for the renderer; a ringtone needs no more. */
export const MAX_CUSTOM_TONE_BYTES = 5 * 1024 * 1024

const mimeTypes: Readonly<Record<string, string>> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  m4a: 'audio/mp4',
  flac: 'audio/flac',
}

/**
 * The container a file's first bytes announce, or undefined when they announce none we play: the
 * extension alone is not trusted (a renamed document is not a ringtone).
 */
export function audioFormatOf(head: Uint8Array): 'wav' | 'mp3' | 'ogg' | 'm4a' | 'flac' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to))
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav'
  if (ascii(0, 4) === 'OggS') return 'ogg'
  if (ascii(0, 4) === 'fLaC') return 'flac'
  if (ascii(4, 8) === 'ftyp') return 'm4a'
  if (ascii(0, 3) === 'ID3') return 'mp3'
  // An MPEG audio frame without a tag: eleven sync bits.
  if (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0) return 'mp3'
  return undefined
}

/** Checks a chosen file: an audio extension, audio content, and not too large. */
export async function checkCustomTone(path: string): Promise<void> {
  const extension = extname(path).slice(1).toLowerCase()
  if (!(customToneExtensions as ReadonlyArray<string>).includes(extension)) {
    throw new OperationError('invalid_request', { code: 'problems:ringtone.notAudio' })
  }
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw unreadable(error)
  }
  try {
    const { size } = await handle.stat()
    if (size > MAX_CUSTOM_TONE_BYTES) {
      throw new OperationError('invalid_request', {
        code: 'problems:ringtone.tooLarge',
        params: { size: (size / 1024 / 1024).toFixed(1), max: MAX_CUSTOM_TONE_BYTES / 1024 / 1024 },
      })
    }
    const head = new Uint8Array(16)
    await handle.read(head, 0, 16, 0)
    if (!audioFormatOf(head)) throw new OperationError('invalid_request', { code: 'problems:ringtone.notAudio' })
  } finally {
    await handle.close()
  }
}

/** The tone as a data: URL; a user's file is checked again (it may have changed since chosen). */
export async function readTone(
  tonesDir: string,
  tone: Exclude<ToneChoice, 'none'>,
  customPath: string | null,
): Promise<string> {
  if (tone === 'custom') {
    if (!customPath) throw new OperationError('invalid_request', { code: 'problems:ringtone.noCustomFile' })
    await checkCustomTone(customPath)
    const body = await readFile(customPath).catch((error: unknown) => {
      throw unreadable(error)
    })
    const mime = mimeTypes[audioFormatOf(body) ?? 'wav'] ?? 'audio/wav'
    return `data:${mime};base64,${body.toString('base64')}`
  }
  if (!(builtInTones as ReadonlyArray<string>).includes(tone)) {
    throw new OperationError('invalid_request', { code: 'problems:ringtone.notAudio' })
  }
  const body = await readFile(join(tonesDir, `${tone}.wav`))
  return `data:audio/wav;base64,${body.toString('base64')}`
}

function unreadable(error: unknown): OperationError {
  // The OS's words (ENOENT, EACCES) as a detail; the path is the user's own and stays out of it.
  const detail = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error'
  return new OperationError('invalid_request', { code: 'problems:ringtone.unreadable', params: { detail } })
}
