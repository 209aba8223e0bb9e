import { systemClock } from '../../src/main/core/clock'
import { createPoller } from '../../src/main/monitor/poller'
import { createPoolRegistry } from '../../src/main/providers/http/pool-registry'
import { createProviderClient } from '../../src/main/providers/registry'

import { startCallTraffic } from './relay-traffic'
import { startRelayWorld, TOKEN } from './relay-world'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Without the relay: every desk polls Tel4vn itself with the app's client and poller (its own
 * connection, the app's jitter) on the same sandbox and traffic as the relay's run. Counts the
 * requests and body bytes Tel4vn answers per interval once every desk has begun.
 */
export async function measureDirectPolling(agents: number, intervals: number, intervalSeconds = 2) {
  const intervalMs = intervalSeconds * 1000
  const world = await startRelayWorld(agents)
  const traffic = startCallTraffic(world.tel4vn, { busyShare: 0.4, intervalMs })
  const desks = world.extensions.map((extension) => {
    const pools = createPoolRegistry()
    const client = createProviderClient(
      { provider: 'tel4vn', baseUrl: world.served.origin, tenantId: null, tel4vnSignIn: 'token' },
      { pools, secret: () => Promise.resolve(TOKEN), account: `desk ${extension}` },
    )
    let answers = 0
    const poller = createPoller({
      fetch: (signal) => client.monitorCalls(signal),
      onResult: () => (answers += 1),
      intervalMs,
      clock: systemClock,
    })
    return { pools, poller, answers: () => answers }
  })
  try {
    for (const desk of desks) desk.poller.start()
    // The first round of polls is spread over an interval by the jitter; measure after it.
    await pause(intervalMs * 2)
    world.meter.reset()
    const started = performance.now()
    const ringing = traffic.ring(intervals, 4)
    await ringing
    const elapsedMs = performance.now() - started
    const perInterval = elapsedMs / intervalMs
    return {
      agents,
      intervalMs,
      intervals: Math.round(perInterval * 10) / 10,
      busyCalls: traffic.busyCalls,
      requestsPerInterval: Math.round((world.meter.requests / perInterval) * 10) / 10,
      bytesPerInterval: Math.round(world.meter.bytes / perInterval),
      bytesPerAnswer: Math.round(world.meter.bytes / Math.max(1, world.meter.requests)),
      failedDesks: desks.filter((desk) => desk.answers() === 0).length,
    }
  } finally {
    traffic.stop()
    for (const desk of desks) desk.poller.stop()
    await Promise.all(desks.map((desk) => desk.pools.close()))
    await world.close()
  }
}
