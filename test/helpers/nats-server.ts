import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach } from 'vitest'

import {
  natsServerBinary,
  startNatsServer,
  type NatsServerOptions,
  type NatsServerProcess,
} from '../../src/relay/nats/nats-server-process'

/**
 * Whether the tests that need a real nats-server can run. CI installs it (.ci/run); elsewhere
 * the tests skip with the reason printed, and under CI its absence fails instead of skipping.
 */
export const natsServerMissing: string | null = (() => {
  if (natsServerBinary()) return null
  const reason = 'nats-server is not installed (Debian: apt-get install nats-server)'
  if (process.env.CI) throw new Error(reason)
  console.warn(`Skipping the relay tests: ${reason}`)
  return reason
})()

/** Starts real nats-servers in temporary folders for a test; each is stopped by its pid afterwards. */
export function useNatsServers(): (options?: Omit<NatsServerOptions, 'dir'>) => Promise<NatsServerProcess> {
  const started: Array<{ server: NatsServerProcess; dir: string }> = []
  afterEach(async () => {
    await Promise.all(
      started.splice(0).map(async ({ server, dir }) => {
        await server.stop()
        await rm(dir, { recursive: true, force: true })
      }),
    )
  })
  return async (options = {}) => {
    const dir = await mkdtemp(join(tmpdir(), 'agentdesk-nats-'))
    const server = await startNatsServer({ ...options, dir })
    started.push({ server, dir })
    return server
  }
}
