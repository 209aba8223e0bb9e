import { systemClock } from '../../src/main/core/clock'
import { startSandbox } from '../../src/main/sandbox/start-sandbox'

import { monitorOn, ringingCall } from './bench-monitor'
import { percentiles, until } from './bench-stats'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Real time against the sandbox: a call starts ringing at a random moment and the clock runs
 * until the monitor decides to notify. Polling sees it on its next poll; push when it is pushed.
 */
export async function measurePollingLatency(intervalSeconds: number, rings: number) {
  const sandbox = await startSandbox()
  const notifiedAt = new Map<string, number>()
  const { monitor, pools } = await monitorOn(
    sandbox,
    'tel4vn',
    systemClock,
    (id, at) => notifiedAt.set(id, at),
    intervalSeconds,
  )
  const extension = sandbox.apps.tel4vn.extensions()[0]?.extension ?? '082018'
  const samples: number[] = []
  try {
    await pause(intervalSeconds * 1000)
    for (let ring = 0; ring < rings; ring += 1) {
      // A random phase against the poll, so the sample spans the whole interval.
      await pause(Math.random() * intervalSeconds * 1000)
      const callId = `latency-${ring}`
      const startedAt = performance.now()
      sandbox.apps.tel4vn.setCalls([ringingCall(callId, extension)])
      await until(() => notifiedAt.has(callId), `the notification of ${callId}`, intervalSeconds * 3000)
      samples.push((notifiedAt.get(callId) ?? Number.NaN) - startedAt)
    }
  } finally {
    monitor.dispose()
    await pools.close()
    await sandbox.close()
  }
  return { intervalMs: intervalSeconds * 1000, ...percentiles(samples) }
}

/** VoIPbin push: an agent's status turns to ringing on the sandbox; the notification follows. */
export async function measurePushLatency(rings: number) {
  const sandbox = await startSandbox()
  const notified: Array<{ id: string; at: number }> = []
  const { monitor, pools } = await monitorOn(sandbox, 'voipbin', systemClock, (id, at) => notified.push({ id, at }))
  const samples: number[] = []
  try {
    await until(() => monitor.state().monitors[0]?.push === 'connected', 'the push connection')
    const ids = sandbox.apps.voipbin.agentIds()
    for (let ring = 0; ring < rings; ring += 1) {
      const agentId = ids[ring % ids.length] ?? ''
      sandbox.apps.voipbin.setAgentStatus(agentId, 'available')
      await pause(20)
      const before = notified.length
      const startedAt = performance.now()
      sandbox.apps.voipbin.setAgentStatus(agentId, 'ringing')
      await until(() => notified.length > before, `the ring of ${agentId}`, 5000)
      samples.push((notified.at(-1)?.at ?? Number.NaN) - startedAt)
      // A later ring of the same agent must carry a new time stamp (VoIPbin's is per ms).
      await pause(5)
    }
  } finally {
    monitor.dispose()
    await pools.close()
    await sandbox.close()
  }
  return { ...percentiles(samples) }
}
