import { readFile, stat } from 'node:fs/promises'
import { dirname } from 'node:path'

import { z } from 'zod'

import { writeFileAtomically } from '../config/atomic-file'
import { RelayUserError } from '../config/relay-error'

import type { RelayCredentials } from './relay-credentials'

const fileSchema = z.object({ v: z.literal(1), secrets: z.record(z.string(), z.string()) }).strict()

/**
 * The credentials in a file readable by its owner only (0600), for a machine without a keychain
 * (a headless server has no Secret Service). A file others could read is refused rather than
 * used: its keys may already have been copied, and the admin must know.
 */
export function fileCredentials(path: string, platform = process.platform): RelayCredentials {
  const read = async (): Promise<Record<string, string>> => {
    let text: string
    try {
      if (platform !== 'win32') await checkPrivate(path)
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
      throw error
    }
    const parsed = fileSchema.safeParse(safeJson(text))
    // Never quote the file: it holds the keys.
    if (!parsed.success) throw new RelayUserError(`${path} is damaged (not the relay's credentials file).`)
    return parsed.data.secrets
  }
  const write = (secrets: Record<string, string>) =>
    writeFileAtomically(path, `${JSON.stringify({ v: 1, secrets }, null, 2)}\n`)
  return {
    where: path,
    async get(name) {
      return (await read())[name]
    },
    async set(name, secret) {
      await write({ ...(await read()), [name]: secret })
    },
    async delete(name) {
      const secrets = await read()
      if (!(name in secrets)) return false
      delete secrets[name]
      await write(secrets)
      return true
    },
  }
}

async function checkPrivate(path: string): Promise<void> {
  const info = await stat(path)
  const mode = info.mode & 0o777
  if ((mode & 0o077) !== 0) {
    throw new RelayUserError(
      `${path} may be read by other users (mode ${mode.toString(8).padStart(3, '0')}); the relay refuses it. ` +
        `Run: chmod 600 ${path}, then replace the keys it holds, since others may have read them.`,
    )
  }
  const uid = process.getuid?.()
  if (uid !== undefined && info.uid !== uid) {
    throw new RelayUserError(`${path} belongs to another user (uid ${info.uid}); the relay refuses it.`)
  }
  const folder = await stat(dirname(path))
  if ((folder.mode & 0o022) !== 0) {
    throw new RelayUserError(
      `${dirname(path)} may be written by other users; they could replace ${path}. Run: chmod go-w ${dirname(path)}`,
    )
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
