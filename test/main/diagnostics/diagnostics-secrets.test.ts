import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startHarness, type Harness } from '../../../src/harness/harness-server'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { startSandbox, type Sandbox } from '../../../src/main/sandbox/start-sandbox'
import { createKeytarSecretStore } from '../../../src/main/secrets/keytar-secret-store'
import type { AccountView, ConnectionTestResult } from '../../../src/shared/domain/accounts'
import type { DiagnosticsOutcome } from '../../../src/shared/domain/diagnostics'
import type { LiveSnapshot } from '../../../src/shared/domain/live-update'
import { keychainAvailable, testKeychainService } from '../../helpers/keychain'
import { recordingLogger } from '../../helpers/recording-logger'
import { sandboxDraft, until } from '../../helpers/running-app'
import { encodingsOf, findSecretsInZip } from '../../helpers/secret-search'
import { useTempDirs } from '../../helpers/temp-dir'

const keychain = keychainAvailable()
const tempDir = useTempDirs()

/** Keys with characters every encoding writes differently ('+', '/', '&', '"', '='). */
const wrongKey = (prefix: string) =>
  `${prefix}${randomBytes(12).toString('hex')}+/&"=${randomBytes(4).toString('base64url')}`

describe.skipIf(!keychain.available)('diagnostics archive on the real keychain', () => {
  let sandbox: Sandbox
  let harness: Harness
  let dataDir: string
  const logger = recordingLogger()
  const call = async <T>(operation: string, payload: unknown = {}): Promise<T> => {
    const result = await dispatch(harness.core.handlers, operation, payload, logger)
    if (!result.ok) throw new Error(`${operation}: ${JSON.stringify(result.error)}`)
    return result.value as T
  }

  beforeAll(async () => {
    sandbox = await startSandbox()
  })
  afterAll(async () => {
    await sandbox.close()
  })

  it('holds no stored or typed secret, raw or encoded, after the app logged failures with them', async () => {
    dataDir = await tempDir()
    harness = await startHarness({
      rendererDir: join(dataDir, 'renderer'),
      dataDir,
      logger,
      secrets: createKeytarSecretStore(testKeychainService()),
    })
    const secrets = {
      alohub: sandbox.credentials.alohub.apiKey,
      voipbin: wrongKey('vb_wrong_'),
      tel4vn: wrongKey('tel4vn_wrong_'),
      typedOnly: wrongKey('sk_avatar_typed_'),
    }
    const created: AccountView[] = []
    try {
      // Stored in the keychain through the app's own operation: one that works, two the providers refuse.
      created.push(
        await call('accounts.create', {
          draft: sandboxDraft(sandbox, 'alohub', true, 'Support desk'),
          secret: secrets.alohub,
        }),
        await call('accounts.create', {
          draft: sandboxDraft(sandbox, 'voipbin', true, 'Sales'),
          secret: secrets.voipbin,
        }),
        await call('accounts.create', {
          draft: sandboxDraft(sandbox, 'tel4vn', false, 'Hotline'),
          secret: secrets.tel4vn,
        }),
      )
      const [, voipbin, tel4vn] = created
      // Failed connection tests: a saved key (401) and a key typed for a draft that is never stored.
      const savedTest = await call<ConnectionTestResult>('accounts.test', {
        draft: sandboxDraft(sandbox, 'tel4vn', false, 'Hotline'),
        accountId: tel4vn?.id,
      })
      const typedTest = await call<ConnectionTestResult>('accounts.test', {
        draft: sandboxDraft(sandbox, 'avatar', false, 'Avatars'),
        secret: secrets.typedOnly,
      })
      expect([savedTest.ok, typedTest.ok]).toEqual([false, false])
      // The monitor's polls of the refused key fail, and its health says so.
      await until(() =>
        harness.core.monitor
          .snapshot()
          .monitors.some((status) => status.accountId === voipbin?.id && status.state === 'error'),
      )
      // A log left by an older version that wrote keys as they were: the archive scrubs it too.
      const oldLines = Object.values(secrets).flatMap((secret) => Object.values(encodingsOf(secret)))
      await writeFile(join(dataDir, 'logs', 'main.old.log'), `${oldLines.map((form) => `OLD ${form}`).join('\n')}\n`)

      const outcome = await call<DiagnosticsOutcome>('diagnostics.save')
      if (outcome.outcome !== 'saved' || !outcome.downloadUrl) throw new Error('not saved')
      const zip = harness.platform.takeDownload(outcome.downloadUrl)?.bytes
      if (!zip) throw new Error('no download')

      expect(findSecretsInZip(zip, secrets)).toEqual([])
      // The log file itself, as written, holds none either.
      const log = await readFile(join(dataDir, 'logs', 'main.log'), 'utf8')
      // It did log the failures that involved those keys.
      expect(log).toMatch(/WARN accounts: connection test failed \{"provider":"tel4vn","outcome":"key_rejected"/)
      expect(log).toMatch(/WARN accounts: connection test failed \{"provider":"avatar","outcome":"key_rejected"/)
      expect(log).toMatch(/WARN monitor: Sales failing/)
      for (const secret of Object.values(secrets)) {
        for (const form of Object.values(encodingsOf(secret))) expect(log).not.toContain(form)
      }

      // And the archive holds what support needs.
      const files = unzipSync(zip)
      expect(Object.keys(files).sort()).toEqual([
        'about.json',
        'health.json',
        'logs/main.log',
        'logs/main.old.log',
        'settings.json',
      ])
      const text = (name: string) => new TextDecoder().decode(files[name])
      const about = JSON.parse(text('about.json')) as { versions: { node: string }; os: { platform: string } }
      expect(about.versions.node).toBe(process.versions.node)
      expect(about.os.platform).toBe(process.platform)
      const settings = JSON.parse(text('settings.json')) as { accounts: Array<{ label: string; baseUrl: string }> }
      expect(settings.accounts.map((account) => [account.label, account.baseUrl])).toEqual([
        ['Support desk', sandbox.baseUrls.alohub],
        ['Sales', sandbox.baseUrls.voipbin],
        ['Hotline', sandbox.baseUrls.tel4vn],
      ])
      const health = JSON.parse(text('health.json')) as LiveSnapshot['monitors']
      expect(health.find((status) => status.accountLabel === 'Sales')?.state).toBe('error')
      expect(text('logs/main.old.log')).toContain('OLD [redacted]')
    } finally {
      for (const account of created) await call('accounts.remove', { id: account.id })
      await harness.close()
    }
  })
})
