import { systemClock } from '../../src/main/core/clock'
import { createAlohubClient } from '../../src/main/providers/alohub/alohub-client'
import { createBulkJobs } from '../../src/main/providers/alohub/screens/bulk-jobs'
import { createPoolRegistry } from '../../src/main/providers/http/pool-registry'
import { startSandbox } from '../../src/main/sandbox/start-sandbox'
import type { BulkJob } from '../../src/shared/domain/alohub-views'

const WINDOW_MS = 10_000

/**
 * A bulk "add to queue" for `agents` agents against the AloHub sandbox at its default limits
 * (tenant 100, route 50 per 10 s window, windows on the sandbox's clock). The time the limits
 * allow is what a client that knew the windows exactly would need: it sends `route` requests in
 * the window the job starts in and in each following one, so the last request can go no earlier
 * than the start of window ceil(agents / route); the time to send that last window's requests, at
 * the median pace this run saw, is added to both sides alike.
 */
export async function measureBulkPacing(agents: number, route = 50, tenant = 100) {
  const sandbox = await startSandbox({ alohubAgents: Math.max(agents, 200), alohubLimits: { tenant, route } })
  const pools = createPoolRegistry({ connectTimeoutMs: 2_000, connectionsPerOrigin: 1, keepAliveMs: 30_000 })
  const client = createAlohubClient({
    pools,
    baseUrl: sandbox.baseUrls.alohub,
    secret: async () => sandbox.credentials.alohub.apiKey,
  })
  const targets = sandbox.apps.alohub
    .agents()
    .slice(0, agents)
    .map((agent) => agent.agentId)
  const queue = sandbox.apps.alohub.queues().find((candidate) => candidate.kind === 'callin')
  if (!queue) throw new Error('the sandbox has no callin queue')
  // Agents already in the queue would need no write; take it out of their lists first.
  for (const agent of sandbox.apps.alohub.agents().slice(0, agents)) {
    const rest = agent.callinQueueIds.filter((id) => id !== queue.id)
    sandbox.apps.alohub.replaceQueuesElsewhere(agent.agentId, rest.length > 0 ? rest : [queue.id + 1])
  }

  const finished = new Promise<BulkJob>((resolve) => {
    const jobs = createBulkJobs({
      clientFor: () => client,
      marks: { forAccount: () => ({}), record: () => undefined },
      clock: systemClock,
      onChange: (job) => {
        if (job.state !== 'running') {
          jobs.dispose()
          resolve(job)
        }
      },
    })
    jobs.start('bench', targets, { kind: 'addQueue', queueId: queue.id })
  })
  const startedAt = Date.now()
  const job = await finished
  const elapsedMs = Date.now() - startedAt

  const served = sandbox.served.alohub.requests
  const puts = served.filter((request) => request.method === 'PUT')
  const gaps = puts.slice(1).map((request, index) => request.at - (puts[index]?.at ?? request.at))
  const sendPaceMs = gaps.filter((gap) => gap < 1000).sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0
  const windows = Math.ceil(agents / route)
  const firstBoundary = startedAt - (startedAt % WINDOW_MS) + WINDOW_MS
  const lastWindowRequests = agents - (windows - 1) * route
  const allowedMs =
    windows === 1
      ? agents * sendPaceMs
      : firstBoundary - startedAt + (windows - 2) * WINDOW_MS + lastWindowRequests * sendPaceMs
  await pools.close()
  await sandbox.close()
  return {
    agents,
    limits: { tenant, route, windowMs: WINDOW_MS },
    state: job.state,
    done: job.results.filter((result) => result.outcome === 'done').length,
    puts: puts.length,
    gets: served.filter((request) => request.method === 'GET').length,
    tooManyRequests: served.filter((request) => request.outcome === 429).length,
    elapsedMs,
    allowedMs,
    overAllowedPercent: Math.round((elapsedMs / allowedMs - 1) * 1000) / 10,
  }
}
