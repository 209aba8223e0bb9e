import { randomBytes } from 'node:crypto'
import { chmod, mkdir, open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Writes a whole file or nothing: a temporary file beside it, flushed to disk, then a rename, so
 * nats-server reloading mid-write never reads half a config and a crash never leaves half the
 * credentials. Created readable by its owner only, before anything is written into it (the relay's
 * files hold keys, password hashes and user names).
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const handle = await open(temporary, 'wx', 0o600)
    try {
      await handle.writeFile(text)
      await handle.sync()
    } finally {
      await handle.close()
    }
    // Windows keeps no such modes; elsewhere say it again in case a umask took more away.
    if (process.platform !== 'win32') await chmod(temporary, 0o600)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
