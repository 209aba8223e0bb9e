import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

// electron-log/main needs the Electron binary; electron-log/node has the same file transport and hooks.
import electronLog from 'electron-log/node'
import { describe, expect, it } from 'vitest'

import { createKnownSecrets } from '../../../src/main/core/known-secrets'
import { createLogger } from '../../../src/main/core/logger'
import { createElectronLogSink, LOG_MAX_BYTES } from '../../../src/main/platform/electron-log-sink'
import { encodingsOf } from '../../helpers/secret-search'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

describe('electron-log sink', () => {
  it('writes our lines to logs/main.log, scrubbed of every known secret, and rotates at the bound', async () => {
    const logsDir = join(await tempDir(), 'logs')
    const known = createKnownSecrets()
    const secret = 'sk_live_Zx9+/"q&w'
    known.add(secret)
    electronLog.transports.file.setAppName('AgentDesk')
    electronLog.transports.console.level = false
    const sink = createElectronLogSink(electronLog, logsDir, known.redact)
    expect(sink.directory).toBe(logsDir)
    expect(electronLog.transports.file.maxSize).toBe(LOG_MAX_BYTES)
    const logger = createLogger(sink.write)
    logger.error('connection test failed', { header: `Bearer ${secret}`, forms: encodingsOf(secret) })
    // A library logging through electron-log directly (the updater) is scrubbed by the same hook.
    electronLog.warn({ token: secret })
    const text = await readFile(join(logsDir, 'main.log'), 'utf8')
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z ERROR connection test failed /)
    expect(text).toContain('[redacted]')
    for (const form of Object.values(encodingsOf(secret))) expect(text).not.toContain(form)

    electronLog.transports.file.maxSize = 300
    for (let line = 0; line < 20; line += 1) logger.info(`line ${line} ${'x'.repeat(40)}`)
    expect((await readdir(logsDir)).sort()).toEqual(['main.log', 'main.old.log'])
  })
})
