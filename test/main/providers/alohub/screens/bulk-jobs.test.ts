import { describe, expect, it } from 'vitest'

import { systemClock } from '../../../../../src/main/core/clock'
import { createAlohubClient, type AlohubClient } from '../../../../../src/main/providers/alohub/alohub-client'
import { createBulkJobs } from '../../../../../src/main/providers/alohub/screens/bulk-jobs'
import type { RecordingMarks } from '../../../../../src/main/providers/alohub/screens/recording-marks'
import type { BulkJob } from '../../../../../src/shared/domain/alohub-views'
import { quickRetry, useSandbox } from '../../../../helpers/sandbox-fixture'

// Small limits, so that a dozen agents need two of AloHub's 10 s windows.
const { sandbox, clientOptions } = useSandbox({ alohubLimits: { tenant: 40, route: 6 } })

/**
 * One client on real time for the file, as the app keeps one per account: its budget carries
 * what AloHub said from one job to the next, and the pacer waits for AloHub's real windows.
 */
let shared: AlohubClient | undefined
function realTimeClient(): AlohubClient {
  if (shared) return shared
  const { pools } = clientOptions()
  return (shared = createAlohubClient({
    pools,
    retry: quickRetry,
    baseUrl: sandbox().baseUrls.alohub,
    secret: async () => sandbox().credentials.alohub.apiKey,
  }))
}

function recordingMarks(): RecordingMarks & { written: Array<{ agentId: string; enabled: boolean }> } {
  const written: Array<{ agentId: string; enabled: boolean }> = []
  return { written, forAccount: () => ({}), record: (_account, changes) => void written.push(...changes) }
}

/** Starts a job and resolves with its state once it has one of the given states. */
function jobsUntil(client: AlohubClient, marks = recordingMarks()) {
  const waiters: Array<{ id: string; states: BulkJob['state'][]; resolve: (job: BulkJob) => void }> = []
  const seen: BulkJob[] = []
  const jobs = createBulkJobs({
    clientFor: () => client,
    marks,
    clock: systemClock,
    reportEveryMs: 20,
    onChange: (job) => {
      seen.push(job)
      for (const waiter of waiters.splice(0)) {
        if (waiter.id === job.id && waiter.states.includes(job.state)) waiter.resolve(job)
        else waiters.push(waiter)
      }
    },
  })
  const until = (job: BulkJob, ...states: BulkJob['state'][]) =>
    new Promise<BulkJob>((resolve) => waiters.push({ id: job.id, states, resolve }))
  return { jobs, until, seen, marks }
}

const agentsIn = (count: number) =>
  sandbox()
    .apps.alohub.agents()
    .filter((agent) => agent.callinQueueIds.length === count)
const tooMany = () => sandbox().served.alohub.requests.filter((request) => request.outcome === 429)

describe('bulk queue changes against the AloHub sandbox', () => {
  it('adds a queue to a dozen agents over two windows, keeping their other queues, with no 429', async () => {
    const targets = agentsIn(2).slice(0, 12)
    const queue = sandbox()
      .apps.alohub.queues()
      .find(
        (candidate) =>
          candidate.kind === 'callin' && targets.every((agent) => !agent.callinQueueIds.includes(candidate.id)),
      )
    if (!queue) throw new Error('seed changed: no queue free for all targets')
    const before = new Map(targets.map((agent) => [agent.agentId, [...agent.callinQueueIds]]))
    const { jobs, until, seen } = jobsUntil(realTimeClient())
    const started = jobs.start(
      'account',
      targets.map((agent) => agent.agentId),
      { kind: 'addQueue', queueId: queue.id },
    )
    expect(started.state).toBe('running')
    const finished = await until(started, 'finished', 'stopped')
    expect(finished.problem).toBeNull()
    expect(finished.results.map((result) => result.outcome)).toEqual(targets.map(() => 'done'))
    for (const agent of targets) {
      expect([...agent.callinQueueIds].sort()).toEqual([...(before.get(agent.agentId) ?? []), queue.id].sort())
    }
    // It had to wait for a window to restart, said so, and never ran into the limit.
    expect(seen.some((job) => job.waitingUntil !== null)).toBe(true)
    expect(tooMany()).toEqual([])
    jobs.dispose()
  }, 40_000)

  it("removes a queue but never an agent's last one, and leaves agents outside it alone", async () => {
    const single = agentsIn(1)[0]
    const double = agentsIn(2).at(-1)
    if (!single || !double) throw new Error('seed changed')
    const queueId = double.callinQueueIds[0] ?? -1
    const kept = double.callinQueueIds.filter((queue) => queue !== queueId)
    const onlyQueue = [...single.callinQueueIds]
    const { jobs, until } = jobsUntil(realTimeClient())
    const firstJob = jobs.start('account', [double.agentId, single.agentId], {
      kind: 'removeQueue',
      queueId: onlyQueue[0] ?? -1,
    })
    const first = await until(firstJob, 'finished', 'stopped')
    expect(first.results.find((result) => result.agentId === single.agentId)).toMatchObject({
      outcome: 'skipped',
      reason: 'onlyQueue',
    })
    expect(single.callinQueueIds).toEqual(onlyQueue)
    const secondJob = jobs.start('account', [double.agentId], { kind: 'removeQueue', queueId })
    const second = await until(secondJob, 'finished', 'stopped')
    expect(second).toMatchObject({ problem: null, results: [{ agentId: double.agentId, outcome: 'done' }] })
    expect([...double.callinQueueIds]).toEqual(kept)
    expect(tooMany()).toEqual([])
    jobs.dispose()
  }, 40_000)

  it('is cancelled while it waits, keeps its results, and resumes with the agents left', async () => {
    const targets = agentsIn(1)
      .slice(1, 11)
      .map((agent) => agent.agentId)
    const marks = recordingMarks()
    const { jobs, until, seen } = jobsUntil(realTimeClient(), marks)
    const job = jobs.start('account', targets, { kind: 'recording', enabled: true })
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (seen.some((update) => update.waitingUntil !== null)) resolve(clearInterval(check))
      }, 10)
    })
    jobs.cancel(job.id)
    const cancelled = await until(job, 'cancelled')
    const doneBefore = cancelled.results.length
    expect(doneBefore).toBeGreaterThan(0)
    expect(doneBefore).toBeLessThan(targets.length)
    expect(marks.written.map((mark) => mark.agentId)).toEqual(targets.slice(0, doneBefore))

    jobs.resume(job.id)
    const finished = await until(job, 'finished', 'stopped')
    expect(finished.results.map((result) => result.agentId)).toEqual(targets)
    expect(finished.results.every((result) => result.outcome === 'done')).toBe(true)
    const recorded = sandbox()
      .apps.alohub.agents()
      .filter((agent) => targets.includes(agent.agentId))
    expect(recorded.every((agent) => agent.recording === true)).toBe(true)
    expect(marks.written).toHaveLength(targets.length)
    expect(tooMany()).toEqual([])
    jobs.dispose()
  }, 60_000)
})
