import type { Clock } from '../../main/core/clock'
import type { Logger } from '../../main/core/logger'
import { createPoller } from '../../main/monitor/poller'
import type { QueueMembership } from '../../main/monitor/watchers/watcher'
import type { AlohubAgent, AlohubClient } from '../../main/providers/alohub/alohub-client'
import { queueMembershipOf } from '../../main/providers/alohub/monitor/alohub-presence-watcher'
import type { AlohubAgentsEntry } from '../../main/relay-protocol/relay-entries'
import { ALOHUB_AGENTS_KEY, alohubAgentsSubject, statusKey, statusSubject } from '../../main/relay-protocol/relay-names'

import type { BucketWriter } from './bucket-writer'
import { createProviderStatus, STATUS_HEARTBEAT_MS } from './provider-status'

/** AloHub's agents change seldom: the app's presence interval. */
export const DEFAULT_ALOHUB_INTERVAL_MS = 15_000

/** The page size the relay reads AloHub's agents with (the fewest requests the document allows). */
const PAGE_SIZE = 500

export interface TenantAlohubDeps {
  readonly tenant: string
  readonly client: AlohubClient
  readonly writer: BucketWriter
  /** The tenant's epoch (the Tel4vn index names it). */
  readonly epoch: string
  /** The `alohub.agents` entry the bucket held at start, when of this epoch. */
  readonly restored: AlohubAgentsEntry | null
  readonly intervalMs?: number
  readonly deskFallback: boolean
  readonly clock: Clock
  readonly logger: Logger
  /** Who sits in which callin queue, for the tenant's per-queue figures. */
  readonly onMemberships: (members: ReadonlyArray<QueueMembership>) => void
}

/**
 * A tenant's AloHub agents, read once per interval for every desk (AloHub's rate limits are per
 * tenant, shared by every desk): every page, flattened, exactly as the client maps them, into
 * `alohub.agents` and onto its subject only when the list changed (an identical list is not
 * written again, restarts included), with the status of AloHub polls as for Tel4vn. The queue
 * memberships go on feeding the figures.
 */
export function startTenantAlohub(deps: TenantAlohubDeps) {
  const { tenant, writer, clock, logger, epoch } = deps
  const intervalMs = deps.intervalMs ?? DEFAULT_ALOHUB_INTERVAL_MS
  let revision = deps.restored?.revision ?? 0
  let held = deps.restored ? JSON.stringify(deps.restored.agents) : null
  const status = createProviderStatus({ epoch, intervalMs, deskFallback: deps.deskFallback, clock })
  const writeStatus = () => {
    const value = status.current()
    writer.write(statusKey('alohub'), value, [{ subject: statusSubject(tenant, 'alohub'), value }])
  }

  const onAgents = (agents: AlohubAgent[]) => {
    deps.onMemberships(agents.map(queueMembershipOf))
    const listed = JSON.stringify(agents)
    if (listed === held) return
    held = listed
    revision += 1
    const entry: AlohubAgentsEntry = { v: 1, epoch, revision, agents }
    writer.write(ALOHUB_AGENTS_KEY, entry, [{ subject: alohubAgentsSubject(tenant), value: entry }])
  }

  const poller = createPoller({
    async fetch(signal) {
      const agents: AlohubAgent[] = []
      for await (const page of deps.client.allAgents({}, PAGE_SIZE, signal)) agents.push(...page.agents)
      return agents
    },
    onResult: onAgents,
    onStatus(next) {
      if (!status.update(next)) return
      const { state, problem } = status.current()
      logger[state === 'failing' ? 'warn' : 'info']('relay: AloHub status', {
        tenant,
        state,
        problem: problem?.code ?? null,
      })
      writeStatus()
    },
    intervalMs,
    // One relay for the whole tenant: no desks to keep out of step, so it polls on the interval.
    jitter: 0,
    clock,
  })

  let heartbeat: unknown
  const beat = () => {
    heartbeat = clock.setTimeout(() => {
      writeStatus()
      beat()
    }, STATUS_HEARTBEAT_MS)
  }

  writeStatus()
  poller.start()
  beat()

  return {
    status: () => status.current(),
    revision: () => revision,
    stop(): void {
      poller.stop()
      clock.clearTimeout(heartbeat)
    },
  }
}

export type TenantAlohub = ReturnType<typeof startTenantAlohub>
