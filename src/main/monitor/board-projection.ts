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

import type { QueueMembership } from './watchers/watcher'

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
  presence(
    account: AccountView,
    changes: ReadonlyArray<PresenceReport>,
    count?: Omit<AgentCount, 'accountId' | 'accountLabel'>,
  ): void
  /** Replaces one account's memberships (another account's stay). */
  queues(account: AccountView, memberships: ReadonlyArray<QueueMembership>): void
  /** The queues an extension sits in, as far as any monitored account says; null: unknown. */
  queuesOf(extension: string): ReadonlyArray<number> | null
  /** Drops what an account reported, when it stops being watched. */
  forget(accountId: string): void
  state(filter: LiveFilter, watched: ReadonlyArray<WatchedView>): LiveState
}

/** Creates an empty board. */
export function createBoardProjection(now: () => string): BoardProjection {
  let presence: PresenceChange[] = []
  /** Extension → callin queues, per AloHub account, so one account's refresh replaces only its own. */
  const memberships = new Map<string, ReadonlyMap<string, QueueMembership>>()
  const counts = new Map<string, AgentCount>()

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
      if (count) counts.set(account.id, { ...count, accountId: account.id, accountLabel: account.label })
    },
    queues(account, list) {
      memberships.set(account.id, new Map(list.map((entry) => [entry.extension, entry])))
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
    },
    state(filter, watched) {
      const calls = watched.flatMap((entry) => entry.calls)
      // Ringing first, then the longest-running: the order the renderer keeps as it applies updates.
      calls.sort(compareLiveCalls)
      return {
        filter,
        queues: knownQueues(),
        calls,
        monitors: watched.map((entry) => entry.status),
        presence,
        agentCounts: [...counts.values()],
      }
    },
  }
}
