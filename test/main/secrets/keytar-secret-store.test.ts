import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { createKeytarSecretStore } from '../../../src/main/secrets/keytar-secret-store'
import { keychainAvailable, testKeychainService } from '../../helpers/keychain'
import { useTempDirs } from '../../helpers/temp-dir'

const keychain = keychainAvailable()
const tempDir = useTempDirs()

describe.skipIf(!keychain.available)('keytar secret store on the real OS keychain', () => {
  it('saves, reads, replaces and deletes a secret', async () => {
    const store = createKeytarSecretStore(testKeychainService())
    expect(await store.get('account-1')).toBeUndefined()
    await store.set('account-1', 'sk_live_first')
    expect(await store.get('account-1')).toBe('sk_live_first')
    await store.set('account-1', 'sk_live_second')
    expect(await store.get('account-1')).toBe('sk_live_second')
    expect(await store.delete('account-1')).toBe(true)
    expect(await store.get('account-1')).toBeUndefined()
    expect(await store.delete('account-1')).toBe(false)
  })

  it('keeps accounts and services apart', async () => {
    const service = testKeychainService()
    const store = createKeytarSecretStore(service)
    const other = createKeytarSecretStore(testKeychainService())
    await store.set('a', 'alpha-secret')
    await store.set('b', 'beta-secret')
    expect([await store.get('a'), await store.get('b'), await other.get('a')]).toEqual([
      'alpha-secret',
      'beta-secret',
      undefined,
    ])
    await store.delete('a')
    await store.delete('b')
  })

  it('stores unicode and long secrets intact', async () => {
    const store = createKeytarSecretStore(testKeychainService())
    const secret = `khóa-bí-mật-${'x'.repeat(2000)}`
    await store.set('u', secret)
    expect(await store.get('u')).toBe(secret)
    await store.delete('u')
  })
})

describe('keytar secret store without a keychain', () => {
  it('fails with a clear error naming the remedy, and never falls back to plaintext', async () => {
    const dir = await tempDir()
    const script = join(dir, 'probe.ts')
    await writeFile(
      script,
      `import { createKeytarSecretStore } from ${JSON.stringify(join(process.cwd(), 'src/main/secrets/keytar-secret-store.ts'))}
const store = createKeytarSecretStore('AgentDesk-no-keychain')
store.set('a', 'sk_live_never_stored').then(
  () => console.log('STORED'),
  (error) => console.log(error.name + ': ' + error.message),
)
`,
    )
    const output = execFileSync('npx', ['tsx', script], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(dir, 'no-bus')}`, DISPLAY: '' },
      encoding: 'utf8',
    })
    expect(output).toMatch(/^SecretStoreUnavailableError: The system keychain is not available/)
    expect(output).toMatch(/install and start a Secret Service such as gnome-keyring/)
    expect(output).not.toContain('sk_live_never_stored')
  }, 30_000)
})
