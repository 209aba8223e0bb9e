import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { createLogFileSink } from '../../../src/main/core/log-file'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

describe('log file', () => {
  it('appends lines and keeps one older file when it grows past its bound', async () => {
    const directory = join(await tempDir(), 'logs')
    const write = createLogFileSink(directory, { maxBytes: 100, echo: false })
    for (let line = 0; line < 12; line += 1) write(`line ${String(line).padStart(2, '0')} ${'x'.repeat(20)}`)
    expect((await readdir(directory)).sort()).toEqual(['main.log', 'main.old.log'])
    const current = await readFile(join(directory, 'main.log'), 'utf8')
    expect(current.length).toBeLessThanOrEqual(100)
    expect(current.trimEnd().split('\n').at(-1)).toMatch(/^line 11 /)
    // A restart goes on from the size already there.
    createLogFileSink(directory, { maxBytes: 100, echo: false })('after restart')
    expect(await readFile(join(directory, 'main.log'), 'utf8')).toMatch(/after restart\n$/)
  })

  it('runs every line through the redaction before it reaches the file', async () => {
    const directory = join(await tempDir(), 'logs')
    const write = createLogFileSink(directory, {
      redact: (line) => line.replaceAll('sk_secret', '[redacted]'),
      echo: false,
    })
    write('ERROR connection test failed with sk_secret')
    expect(await readFile(join(directory, 'main.log'), 'utf8')).toBe('ERROR connection test failed with [redacted]\n')
  })
})
