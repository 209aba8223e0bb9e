import { startSandbox } from '../../src/main/sandbox/start-sandbox'
import { manualClock } from '../helpers/manual-clock'

import { monitorOn, ringingCall } from './bench-monitor'
import { settledMemory, until } from './bench-stats'

/**
 * The real monitor polls the Tel4vn sandbox `polls` times, one after the other, on a clock the
 * benchmark moves: calls ring, are answered and end all along, so notifications, alerts and
 * the de-duplication record keep flowing. Memory is read after a full GC once warm and at the
 * end; TCP connections are counted by the sandbox's server over the first `connectionPolls`.
 */
export async function measurePollEndurance(polls: number, connectionPolls: number) {
  const sandbox = await startSandbox()
  const clock = manualClock(Date.now())
  let notifications = 0
  const { monitor, pools } = await monitorOn(sandbox, 'tel4vn', clock, () => (notifications += 1))
  const served = sandbox.served.tel4vn
  const extensions = sandbox.apps.tel4vn.extensions().map((entry) => entry.extension)
  const warmAt = Math.min(1000, Math.floor(polls / 10))
  let warm = { heapMb: 0, rssMb: 0 }
  let connectionsOverWindow = 0
  let connectionsAtStart = 0
  let answered = 0
  const series: Array<{ poll: number; heapMb: number; rssMb: number }> = []
  const startedAt = performance.now()
  try {
    for (let poll = 0; poll < polls; poll += 1) {
      // Every fifth poll something happens: a new ring, or the last one answered.
      if (poll % 5 === 0) {
        const callId = `endurance-${poll}`
        const extension = extensions[poll % extensions.length] ?? '082018'
        sandbox.apps.tel4vn.setCalls(
          poll % 10 === 0 ? [ringingCall(callId, extension)] : [{ ...ringingCall(callId, extension), state: 'ONCALL' }],
        )
      }
      const before = answered
      const count = served.requests.length
      clock.advance(poll === 0 ? 0 : 2000)
      await until(() => served.requests.length > count && (served.requests.at(-1)?.outcome ?? 0) !== 0, 'a poll')
      // Let the monitor handle the answer before the clock moves again.
      await new Promise((resolve) => setImmediate(resolve))
      answered = before + 1
      if (poll === 0) connectionsAtStart = served.connectionsOpened
      if (poll === connectionPolls - 1) connectionsOverWindow = served.connectionsOpened
      // The sandbox's request log is the benchmark's, not the monitor's: keep it out of the heap.
      if (served.requests.length > 100) served.clearRequests()
      if (poll === warmAt) warm = settledMemory()
      if (poll > 0 && poll % 1000 === 0) series.push({ poll, ...roundMemory(settledMemory()) })
    }
    const end = settledMemory()
    return {
      polls,
      seconds: Math.round((performance.now() - startedAt) / 100) / 10,
      notifications,
      warmAfterPolls: warmAt,
      heapGrowthMb: Math.round((end.heapMb - warm.heapMb) * 100) / 100,
      rssGrowthMb: Math.round((end.rssMb - warm.rssMb) * 100) / 100,
      heapEndMb: Math.round(end.heapMb * 10) / 10,
      rssEndMb: Math.round(end.rssMb * 10) / 10,
      connectionPolls,
      // The first poll opens the connection (token exchange and monitor share the origin).
      tcpConnectionsOpened: connectionsOverWindow,
      tcpConnectionsAfterFirstPoll: connectionsOverWindow - connectionsAtStart,
      series,
    }
  } finally {
    monitor.dispose()
    await pools.close()
    await sandbox.close()
  }
}

const roundMemory = ({ heapMb, rssMb }: { heapMb: number; rssMb: number }) => ({
  heapMb: Math.round(heapMb * 10) / 10,
  rssMb: Math.round(rssMb * 10) / 10,
})
