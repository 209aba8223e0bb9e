import { chmod, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { fileCredentials } from '../../src/relay/credentials/file-credentials'
import { keychainCredentials, openRelayCredentials } from '../../src/relay/credentials/open-credentials'
import { natsPasswordName, providerSecretName } from '../../src/relay/credentials/relay-credentials'
import { keychainAvailable, testKeychainService } from '../helpers/keychain'
import { rejection } from '../helpers/sandbox-fixture'
import { useTempDirs } from '../helpers/temp-dir'

const tempDir = useTempDirs()
const keychain = keychainAvailable()
const posix = process.platform !== 'win32'

describe('the relay credentials file (no keychain)', () => {
  it('is written readable by its owner only, and reads back what was set', async () => {
    const path = join(await tempDir(), 'credentials.json')
    const store = fileCredentials(path)
    await store.set(providerSecretName('t1', 'tel4vn'), 'tel4vn-token-secret')
    await store.set(natsPasswordName('relay'), 'nats-password-secret')
    if (posix) expect((await stat(path)).mode & 0o777).toBe(0o600)
    expect(await store.get('t1/tel4vn')).toBe('tel4vn-token-secret')
    expect(await store.get('nats/relay')).toBe('nats-password-secret')
    expect(await store.get('t2/tel4vn')).toBeUndefined()
    expect(await store.delete('t1/tel4vn')).toBe(true)
    expect(await store.delete('t1/tel4vn')).toBe(false)
    expect(await store.get('t1/tel4vn')).toBeUndefined()
    expect(await store.get('nats/relay')).toBe('nats-password-secret')
  })

  it.skipIf(!posix)('refuses a file others may read, and says how to fix it without quoting it', async () => {
    const path = join(await tempDir(), 'credentials.json')
    await fileCredentials(path).set('t1/tel4vn', 'tel4vn-token-secret')
    await chmod(path, 0o644)
    const error = await rejection(fileCredentials(path).get('t1/tel4vn'))
    expect(error.message).toContain('may be read by other users (mode 644)')
    expect(error.message).toContain(`chmod 600 ${path}`)
    expect(error.message).not.toContain('tel4vn-token-secret')
    // Nor does it write to it: the key stays where it was, unreadable to the relay until fixed.
    await expect(fileCredentials(path).set('t2/tel4vn', 'other')).rejects.toThrow(/may be read by other users/)
    await chmod(path, 0o600)
    expect(await fileCredentials(path).get('t1/tel4vn')).toBe('tel4vn-token-secret')
  })

  it.skipIf(!posix)('refuses a file in a folder others may write to', async () => {
    const dir = await tempDir()
    const path = join(dir, 'credentials.json')
    await fileCredentials(path).set('t1/tel4vn', 'tel4vn-token-secret')
    await chmod(dir, 0o777)
    await expect(fileCredentials(path).get('t1/tel4vn')).rejects.toThrow(/may be written by other users/)
  })

  it('calls a damaged file damaged without quoting it', async () => {
    const path = join(await tempDir(), 'credentials.json')
    await writeFile(path, '{"v":1,"secrets":{"t1/tel4vn":42}} tel4vn-token-secret', { mode: 0o600 })
    const error = await rejection(fileCredentials(path).get('t1/tel4vn'))
    expect(error.message).toMatch(/is damaged/)
    expect(error.message).not.toContain('tel4vn-token-secret')
  })

  it('stays in use once it exists, even where a keychain answers', async () => {
    const path = join(await tempDir(), 'credentials.json')
    await fileCredentials(path).set('t1/tel4vn', 'tel4vn-token-secret')
    const store = await openRelayCredentials({ filePath: path, keychainService: testKeychainService() })
    expect(store.where).toBe(path)
    expect(await store.get('t1/tel4vn')).toBe('tel4vn-token-secret')
  })
})

describe.skipIf(!keychain.available)('the relay credentials in the OS keychain', () => {
  it('are kept under the relay service, apart from the file, and chosen when no file exists', async () => {
    const dir = await tempDir()
    const service = testKeychainService()
    const store = await openRelayCredentials({ filePath: join(dir, 'credentials.json'), keychainService: service })
    expect(store.where).toBe(`the OS keychain (service "${service}")`)
    await store.set(providerSecretName('t1', 'tel4vn'), 'tel4vn-token-secret')
    expect(await keychainCredentials(service).get('t1/tel4vn')).toBe('tel4vn-token-secret')
    expect(await keychainCredentials(testKeychainService()).get('t1/tel4vn')).toBeUndefined()
    // Nothing was written to the state folder.
    await expect(readFile(join(dir, 'credentials.json'))).rejects.toThrow(/ENOENT/)
    expect(await store.delete('t1/tel4vn')).toBe(true)
    expect(await store.get('t1/tel4vn')).toBeUndefined()
  })
})
