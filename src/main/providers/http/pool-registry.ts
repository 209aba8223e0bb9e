import { Pool, type Dispatcher } from 'undici'

/**
 * Who a request is for. The account's one client serves both, but each has its own connections:
 * a screen's request that hangs (a provider that never answers) must not hold up the monitor's
 * polls, and the monitor's steady polls never queue a screen's "Try again" behind them.
 */
export type RequestLane = 'screens' | 'monitor'

/** Connection settings shared by every pool. */
export interface PoolOptions {
  readonly connectTimeoutMs: number
  /** Connections kept per origin for the screens, bulk jobs and tests: several may be in flight. */
  readonly connectionsPerOrigin: number
  readonly keepAliveMs: number
  /**
   * Connections per origin for the monitor's lane. Its requests never overlap (one poller per
   * endpoint, no two in flight), so one keep-alive connection carries all of them.
   */
  readonly monitorConnectionsPerOrigin?: number
}

export const defaultPoolOptions: PoolOptions = {
  connectTimeoutMs: 10_000,
  connectionsPerOrigin: 4,
  keepAliveMs: 60_000,
  monitorConnectionsPerOrigin: 1,
}

/** One keep-alive pool per origin and lane, shared by every account on that origin. */
export interface PoolRegistry {
  /** The pool for requests to `origin`; the screens' lane unless the monitor's is named. */
  forOrigin(origin: string, lane?: RequestLane): Dispatcher
  /**
   * Ends every connection, also those of requests still waiting for an answer: a quitting app
   * does not wait out a provider that never answers. Asking for a pool afterwards fails.
   */
  close(): Promise<void>
}

/** Creates the registry. */
export function createPoolRegistry(options: PoolOptions = defaultPoolOptions): PoolRegistry {
  const pools = new Map<string, Dispatcher>()
  let closed = false
  return {
    forOrigin(origin, lane = 'screens') {
      // A request retried after the close must not open a pool that nothing would close.
      if (closed) throw new Error('The connections were closed; AgentDesk is shutting down.')
      const key = `${lane} ${origin}`
      let pool = pools.get(key)
      if (!pool) {
        pool = new Pool(origin, {
          connections: lane === 'monitor' ? (options.monitorConnectionsPerOrigin ?? 1) : options.connectionsPerOrigin,
          keepAliveTimeout: options.keepAliveMs,
          connect: { timeout: options.connectTimeoutMs },
        })
        pools.set(key, pool)
      }
      return pool
    },
    async close() {
      closed = true
      const closing = [...pools.values()].map((pool) => pool.destroy())
      pools.clear()
      await Promise.allSettled(closing)
    },
  }
}
