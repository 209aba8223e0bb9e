import { afterAll, beforeAll } from 'vitest'

import { createPoolRegistry, type PoolRegistry } from '../../src/main/providers/http/pool-registry'
import type { RetryPolicy } from '../../src/main/providers/http/retry-policy'
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/main/sandbox/start-sandbox'

import { virtualHttpClock } from './virtual-http-clock'

/** Quick retries, so fault tests count attempts without waiting. */
export const quickRetry: RetryPolicy = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 5_000 }

/** One sandbox for a test file, and a fresh pool registry and virtual clock per client. */
export function useSandbox(options: SandboxOptions = {}): {
  sandbox: () => Sandbox
  clientOptions: () => { pools: PoolRegistry; clock: ReturnType<typeof virtualHttpClock>; retry: RetryPolicy }
} {
  let sandbox: Sandbox | undefined
  const pools: PoolRegistry[] = []
  beforeAll(async () => {
    sandbox = await startSandbox(options)
  })
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.close()))
    await sandbox?.close()
  })
  return {
    sandbox: () => {
      if (!sandbox) throw new Error('the sandbox is not started yet')
      return sandbox
    },
    clientOptions: () => {
      const registry = createPoolRegistry({ connectTimeoutMs: 2_000, connectionsPerOrigin: 2, keepAliveMs: 5_000 })
      pools.push(registry)
      // Virtual time starts at real time: the sandbox stamps token expiry with the real clock.
      return { pools: registry, clock: virtualHttpClock(Date.now()), retry: quickRetry }
    },
  }
}

/** The error a promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown> & { message: string }> {
  try {
    await promise
  } catch (error) {
    return error as Record<string, unknown> & { message: string }
  }
  throw new Error('expected a rejection')
}
