import { randomUUID } from 'node:crypto'

import type { AlohubAgent } from '../../../../shared/domain/alohub'
import type { BulkAction, BulkJob } from '../../../../shared/domain/alohub-views'
import type { Clock } from '../../../core/clock'
import { OperationError } from '../../../ipc/operation-error'
import { problemOf } from '../../../ipc/problem-of'
import { ProviderError } from '../../http/provider-error'
import type { AlohubClient } from '../alohub-client'

import { applyToAgent, needsCurrentQueues, routeOf } from './bulk-step'
import { createRateLimitPacer, type PacerOptions } from './rate-limit-pacer'
import type { RecordingMarks } from './recording-marks'

/** Bulk changes to many AloHub agents, paced by the rate-limit budget; cancel and resume keep the results. */
export interface BulkJobs {
  start(accountId: string, agentIds: ReadonlyArray<string>, action: BulkAction): BulkJob
  cancel(jobId: string): BulkJob
  /** Carries on with the agents that have no result yet. */
  resume(jobId: string): BulkJob
  get(jobId: string): BulkJob
  /** The account's most recent job, so a screen opened later shows it again. */
  latest(accountId: string): BulkJob | null
  dispose(): void
}

export interface BulkJobDeps {
  /** One client per account, so its rate-limit budget outlives a job. */
  readonly clientFor: (accountId: string) => AlohubClient
  readonly marks: RecordingMarks
  readonly onChange: (job: BulkJob) => void
  /** The app's clock: job times, recording marks, freshness and the progress reports' timers. */
  readonly clock: Clock
  /** The pacer keeps to the HTTP client's own time (its budget's), not to the app's clock. */
  readonly pacer?: PacerOptions
  /** At most one progress report per this many ms (state changes are reported at once). */
  readonly reportEveryMs?: number
  /** Agents older than this are read again before they are changed. */
  readonly freshForMs?: number
}

interface Running {
  job: BulkJob
  controller: AbortController | null
}

export function createBulkJobs(deps: BulkJobDeps): BulkJobs {
  const { clock } = deps
  const jobs = new Map<string, Running>()
  const reportEveryMs = deps.reportEveryMs ?? 250
  const freshForMs = deps.freshForMs ?? 10_000
  const pending = new Map<string, unknown>()

  const report = (running: Running, now: boolean) => {
    const timer = pending.get(running.job.id)
    if (now) {
      if (timer !== undefined) clock.clearTimeout(timer)
      pending.delete(running.job.id)
      deps.onChange(running.job)
      return
    }
    if (timer !== undefined) return
    pending.set(
      running.job.id,
      clock.setTimeout(() => {
        pending.delete(running.job.id)
        deps.onChange(running.job)
      }, reportEveryMs),
    )
  }

  const update = (running: Running, patch: Partial<BulkJob>, now = false) => {
    running.job = { ...running.job, ...patch }
    report(running, now)
  }

  const find = (jobId: string) => {
    const running = jobs.get(jobId)
    if (!running) throw new OperationError('not_allowed', { code: 'problems:alohub.bulkGone' })
    return running
  }

  async function run(running: Running, controller: AbortController) {
    const { signal } = controller
    const { accountId, action } = running.job
    const client = deps.clientFor(accountId)
    const pacer = createRateLimitPacer(client, deps.pacer)
    const route = routeOf(action)
    const done = new Set(running.job.results.map((result) => result.agentId))
    let current = new Map<string, AlohubAgent>()
    let readAt = Number.NEGATIVE_INFINITY
    const marked: Array<{ agentId: string; enabled: boolean }> = []
    const flushMarks = () => {
      if (action.kind === 'recording') deps.marks.record(accountId, marked.splice(0), clock.now())
    }
    try {
      const attempt = async (agentId: string) => {
        await pacer.ready(route, signal, (until) =>
          update(running, { waitingUntil: until === null ? null : new Date(until).toISOString() }, true),
        )
        flushMarks()
        // Read just before writing: a wait or an old read means the list may have moved meanwhile.
        if (
          needsCurrentQueues(action) &&
          (pacer.waitedSinceLastAsked() || clock.now().getTime() - readAt > freshForMs)
        ) {
          current = await readAll(client, signal)
          readAt = clock.now().getTime()
        }
        return applyToAgent({ client, action, agentId, current: current.get(agentId), signal })
      }
      for (const agentId of running.job.agentIds) {
        if (done.has(agentId)) continue
        const result = await withRateLimitRetries(() => attempt(agentId))
        if (result.outcome === 'done' && action.kind === 'recording') marked.push({ agentId, enabled: action.enabled })
        done.add(agentId)
        update(running, { results: [...running.job.results, result] })
      }
      flushMarks()
      update(running, { state: 'finished', waitingUntil: null, finishedAt: clock.now().toISOString() }, true)
    } catch (error) {
      flushMarks()
      if (signal.aborted) {
        update(running, { state: 'cancelled', waitingUntil: null }, true)
      } else {
        update(running, { state: 'stopped', waitingUntil: null, problem: problemOf(error) }, true)
      }
    } finally {
      running.controller = null
    }
  }

  const launch = (running: Running) => {
    const controller = new AbortController()
    running.controller = controller
    void run(running, controller)
  }

  return {
    start(accountId, agentIds, action) {
      const job: BulkJob = {
        id: randomUUID(),
        accountId,
        action,
        agentIds: [...new Set(agentIds)],
        results: [],
        state: 'running',
        waitingUntil: null,
        problem: null,
        startedAt: clock.now().toISOString(),
        finishedAt: null,
      }
      const running: Running = { job, controller: null }
      jobs.set(job.id, running)
      launch(running)
      return job
    },
    cancel(jobId) {
      const running = find(jobId)
      running.controller?.abort()
      return running.job
    },
    resume(jobId) {
      const running = find(jobId)
      if (running.controller) return running.job
      if (running.job.state === 'finished') return running.job
      update(running, { state: 'running', problem: null }, true)
      launch(running)
      return running.job
    },
    get: (jobId) => find(jobId).job,
    latest(accountId) {
      const mine = [...jobs.values()].filter((running) => running.job.accountId === accountId)
      return mine.at(-1)?.job ?? null
    },
    dispose() {
      for (const running of jobs.values()) running.controller?.abort()
      for (const timer of pending.values()) clock.clearTimeout(timer)
      pending.clear()
    },
  }
}

/**
 * Other desktops of the tenant spend the same budget unseen, so a 429 can still come; the HTTP
 * layer then blocks the budget for the time AloHub asked, and the agent is tried again after it.
 */
async function withRateLimitRetries<T>(work: () => Promise<T>, tries = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work()
    } catch (error) {
      if (!(error instanceof ProviderError && error.kind === 'rate_limited') || attempt >= tries) throw error
    }
  }
}

async function readAll(client: AlohubClient, signal: AbortSignal): Promise<Map<string, AlohubAgent>> {
  const agents = new Map<string, AlohubAgent>()
  for await (const page of client.allAgents({}, 500, signal)) {
    for (const agent of page.agents) agents.set(agent.agentId, agent)
  }
  return agents
}
