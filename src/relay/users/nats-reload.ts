import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { promisify } from 'node:util'

import { statePaths } from '../config/state-dir'

/**
 * Asks the relay's running nats-server to read its configuration again (SIGHUP), so added and
 * removed desk users take effect without dropping anyone's connection. The trial server writes
 * its pid to `nats/nats-server.pid`; a pid is signalled only when it is still a nats-server, as
 * pids are reused.
 */
export function natsPidPath(stateDir: string): string {
  return statePaths(stateDir).natsPid
}

export type ReloadOutcome = { reloaded: true; pid: number } | { reloaded: false; reason: string }

export async function reloadRunningNatsServer(stateDir: string): Promise<ReloadOutcome> {
  if (process.platform === 'win32') return { reloaded: false, reason: 'Windows has no reload signal' }
  let text: string
  try {
    text = await readFile(natsPidPath(stateDir), 'utf8')
  } catch {
    return { reloaded: false, reason: 'no nats-server started by this relay is running' }
  }
  const pid = Number(text.trim())
  if (!Number.isInteger(pid) || pid <= 1) return { reloaded: false, reason: `${natsPidPath(stateDir)} holds no pid` }
  const name = await processName(pid)
  if (name !== 'nats-server') return { reloaded: false, reason: `process ${pid} is not a running nats-server` }
  process.kill(pid, 'SIGHUP')
  return { reloaded: true, pid }
}

async function processName(pid: number): Promise<string | null> {
  try {
    if (process.platform === 'linux') return (await readFile(`/proc/${pid}/comm`, 'utf8')).trim()
    const { stdout } = await promisify(execFile)('ps', ['-p', String(pid), '-o', 'comm='])
    return basename(stdout.trim()) || null
  } catch {
    return null
  }
}
