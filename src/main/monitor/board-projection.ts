import type { AccountView } from '../../shared/domain/accounts'
import type {
  AgentCount,
  KnownQueue,
  LiveCall,
  LiveState,
  MonitorStatus,
  PresenceChange,
} from '../../shared/domain/live'
import type { LiveFilter } from '../../shared/domain/live-filter'
import { compareLiveCalls } from '../../shared/domain/live-update'
import { defaultQueueThresholds, type QueueThresholds } from '../../shared/domain/queue-thresholds'

import { computeQueueFigures } from './queue-figures'
import type { AgentCountReport, QueueMembership } from './watchers/watcher'

const MAX_PRESENCE = 30

/** A presence change as a watcher reports it; the board stamps the account and the time. */
export type PresenceReport = Omit<PresenceChange, 'accountId' | 'accountLabel' | 'at'>

/** What the board shows of the watchers: their calls and how each is doing. */
export interface WatchedView {
  readonly calls: ReadonlyArray<LiveCall>
  readonly status: MonitorStatus
}

/**
 * The Live board as the watchers describe it: calls, monitors, recent presence, agent counts
 * and the queues AloHub knows (so a supervisor's queue filter can place calls).
 */
export interface BoardProjection {
  presence(account: AccountView, changes: ReadonlyArray<PresenceReport>, count?: AgentCountReport): void
  /** Replaces one account's memberships (another account's stay). */
  queues(account: AccountView, memberships: ReadonlyArray<QueueMembership>): void
  /** The queues an extension sits in, as far as any monitored account says; null: unknown. */
  queuesOf(extension: string): ReadonlyArray<number> | null
  /** Drops what an account reported, when it stops being watched. */
  forget(accountId: string): void
  state(filter: LiveFilter, watched: ReadonlyArray<WatchedView>): LiveState
}

/** What the queue figures need beside the watchers' reports. */
export interface FiguresOptions {
  readonly thresholds: () => QueueThresholds
  /** An AloHub queue's label when AloHub gives none, in the user's language. */
  readonly queueLabel: (id: number) => string
}

/** Creates an empty board. */
export function createBoardProjection(
  now: () => string,
  figures: FiguresOptions = { thresholds: () => defaultQueueThresholds, queueLabel: (id) => `Queue ${id}` },
): BoardProjection {
  let presence: PresenceChange[] = []
  /** Extension → callin queues, per AloHub account, so one account's refresh replaces only its own. */
  const memberships = new Map<string, ReadonlyMap<string, QueueMembership>>()
  const counts = new Map<string, AgentCount>()
  /** For the queue figures: the AloHub accounts' labels, VoIPbin's agents per status, Tel4vn's domains seen. */
  const membershipLabels = new Map<string, string>()
  const agentStatuses = new Map<string, Readonly<Record<string, number>>>()
  const domainsSeen = new Map<string, Set<string>>()

  const knownQueues = (): KnownQueue[] => {
    const labels = new Map<number, string | null>()
    for (const byExtension of memberships.values()) {
      for (const entry of byExtension.values()) {
        for (const id of entry.queueIds) labels.set(id, labels.get(id) ?? (entry.label || null))
      }
    }
    return [...labels].map(([id, label]) => ({ id, label })).sort((a, b) => a.id - b.id)
  }

  return {
    presence(account, changes, count) {
      const at = now()
      presence = [
        ...changes.map((change) => ({ ...change, accountId: account.id, accountLabel: account.label, at })),
        ...presence,
      ].slice(0, MAX_PRESENCE)
      if (count) {
        counts.set(account.id, {
          online: count.online,
          total: count.total,
          accountId: account.id,
          accountLabel: account.label,
        })
        if (count.byStatus) agentStatuses.set(account.id, count.byStatus)
      }
    },
    queues(account, list) {
      memberships.set(account.id, new Map(list.map((entry) => [entry.extension, entry])))
      membershipLabels.set(account.id, account.label)
    },
    queuesOf(extension) {
      for (const byExtension of memberships.values()) {
        const found = byExtension.get(extension)
        if (found) return found.queueIds
      }
      return null
    },
    forget(accountId) {
      counts.delete(accountId)
      memberships.delete(accountId)
      membershipLabels.delete(accountId)
      agentStatuses.delete(accountId)
      domainsSeen.delete(accountId)
    },
    state(filter, watched) {
      const calls = watched.flatMap((entry) => entry.calls)
      // Ringing first, then the longest-running: the order the renderer keeps as it applies updates.
      calls.sort(compareLiveCalls)
      const accounts = watched.map(({ status }) => ({
        id: status.accountId,
        label: status.accountLabel,
        provider: status.provider,
      }))
      // Most calls share their account and domain with the call before: only a new pair is looked up.
      let lastAccount: string | undefined
      let lastDomain: string | null = null
      for (const call of calls) {
        if (call.domainName === null || (call.accountId === lastAccount && call.domainName === lastDomain)) continue
        lastAccount = call.accountId
        lastDomain = call.domainName
        let seen = domainsSeen.get(call.accountId)
        if (!seen) domainsSeen.set(call.accountId, (seen = new Set()))
        seen.add(call.domainName)
      }
      return {
        filter,
        queues: knownQueues(),
        calls,
        monitors: watched.map((entry) => entry.status),
        presence,
        agentCounts: [...counts.values()],
        figures: computeQueueFigures({
          calls,
          accounts,
          memberships: [...memberships].map(([accountId, members]) => ({
            account: { id: accountId, label: membershipLabels.get(accountId) ?? accountId },
            members: members.values(),
          })),
          agentStatuses,
          domains: domainsSeen,
          thresholds: figures.thresholds(),
          queueLabel: figures.queueLabel,
          now: Date.parse(now()),
        }),
      }
    },
  }
}
