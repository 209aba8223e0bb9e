import { Pool, type Dispatcher } from 'undici'

/** Connection settings shared by every pool. */
export interface PoolOptions {
  readonly connectTimeoutMs: number
  /** Connections kept per origin; polling needs one, bulk work a few. */
  readonly connectionsPerOrigin: number
  readonly keepAliveMs: number
}

export const defaultPoolOptions: PoolOptions = {
  connectTimeoutMs: 10_000,
  connectionsPerOrigin: 4,
  keepAliveMs: 60_000,
}

/**
 * The live monitor's own pools: its requests never overlap (one poller per endpoint, no two
 * in flight), so one keep-alive connection per origin carries all of them, and the screens'
 * bulk work on the shared pools never queues a poll behind it.
 */
export const monitorPoolOptions: PoolOptions = { ...defaultPoolOptions, connectionsPerOrigin: 1 }

/** One keep-alive pool per origin, shared by every account on that origin. */
export interface PoolRegistry {
  forOrigin(origin: string): Dispatcher
  close(): Promise<void>
}

/** Creates the registry. */
export function createPoolRegistry(options: PoolOptions = defaultPoolOptions): PoolRegistry {
  const pools = new Map<string, Dispatcher>()
  return {
    forOrigin(origin) {
      let pool = pools.get(origin)
      if (!pool) {
        pool = new Pool(origin, {
          connections: options.connectionsPerOrigin,
          keepAliveTimeout: options.keepAliveMs,
          connect: { timeout: options.connectTimeoutMs },
        })
        pools.set(origin, pool)
      }
      return pool
    },
    async close() {
      const closing = [...pools.values()].map((pool) => pool.close())
      pools.clear()
      await Promise.allSettled(closing)
    },
  }
}
