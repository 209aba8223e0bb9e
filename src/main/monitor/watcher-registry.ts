import type { AccountView } from '../../shared/domain/accounts'
import type { MonitorStatus } from '../../shared/domain/live'
import type { Problem } from '../../shared/i18n/problem'
import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'

import { blindness, monitorStatus, RING_WATCH_MAX_BACKOFF_MS, statusChanged } from './monitor-status'
import { createPoller, type Poller } from './poller'
import type { Watcher } from './watchers/watcher'

/** Why the monitor stops asking for a while. */
export type MonitorPauseReason = 'asleep' | 'offline'

/** One account's watcher, its poller and how it is doing. */
export interface Watched {
  readonly key: string
  readonly account: AccountView
  readonly watcher: Watcher
  readonly poller: Poller
  status: MonitorStatus
  /** Looks again when a failing watcher of rings is due to turn blind between two polls. */
  blindCheck?: unknown
}

/** Starts, stops, pauses and resumes one watcher per account, and keeps each one's status. */
export interface WatcherRegistry {
  /**
   * Matches the watched accounts to these: an account gone or changed (by its watch key) is
   * stopped, a new one is started with the watcher `watcherFor` gives. Says whether any changed.
   */
  sync(accounts: ReadonlyArray<AccountView>, watcherFor: (account: AccountView) => Watcher | undefined): boolean
  entries(): ReadonlyArray<Watched>
  /** The computer went to sleep or offline: stop asking (each reason counts on its own). */
  pause(reason: MonitorPauseReason): void
  /** That reason is over; when none is left, poll everything at once and reopen push. */
  resume(reason: MonitorPauseReason): void
  /**
   * Asks every account at once and reopens push channels that are down, instead of waiting out
   * their intervals and backoffs (the computer woke up or its network came back). Nothing while paused.
   */
  checkNow(): void
  dispose(): void
}

/** Creates the registry; `onStatusChanged` runs when a watcher's status line changes. */
export function createWatcherRegistry(deps: {
  readonly clock: Clock
  readonly logger: Logger
  readonly random?: () => number
  readonly onStatusChanged: () => void
  /** An account stopped being watched: forget what it reported. */
  readonly onStopped: (accountId: string) => void
}): WatcherRegistry {
  const watched = new Map<string, Watched>()
  const pauses = new Set<MonitorPauseReason>()

  const pausedBecause = (): Problem | null =>
    pauses.has('asleep')
      ? { code: 'problems:monitor.asleep' }
      : pauses.has('offline')
        ? { code: 'problems:monitor.offline' }
        : null

  const refreshStatus = (entry: Watched) => {
    const poller = entry.poller.status()
    const push = entry.watcher.push?.()
    const blind = blindness(entry.watcher, poller, push, deps.clock.now().getTime())
    if (entry.blindCheck !== undefined) deps.clock.clearTimeout(entry.blindCheck)
    entry.blindCheck =
      blind.checkAt === null
        ? undefined
        : deps.clock.setTimeout(() => {
            entry.blindCheck = undefined
            refreshStatus(entry)
          }, blind.checkAt - deps.clock.now().getTime())
    const next = monitorStatus(entry.account, poller, push, pausedBecause(), blind.since)
    const before = entry.status
    entry.status = next
    if (statusChanged(before, next)) deps.onStatusChanged()
  }

  const openChannels = (entry: Watched) =>
    entry.watcher.open?.({ refresh: () => entry.poller.refreshNow(), statusChanged: () => refreshStatus(entry) })

  const start = (account: AccountView, watcher: Watcher, key: string): Watched => {
    // The poller's status callback needs the entry, and the entry holds the poller.
    const holder: { entry?: Watched } = {}
    const poller = createPoller({
      fetch: (signal) => watcher.poll(signal),
      onResult: () => undefined,
      onStatus: () => {
        if (holder.entry) refreshStatus(holder.entry)
      },
      intervalMs: watcher.intervalMs,
      ...(watcher.hearsRings ? { maxBackoffMs: RING_WATCH_MAX_BACKOFF_MS } : {}),
      clock: deps.clock,
      ...(deps.random ? { random: deps.random } : {}),
    })
    const entry: Watched = {
      key,
      account,
      watcher,
      poller,
      status: {
        accountId: account.id,
        accountLabel: account.label,
        provider: account.provider,
        state: 'starting',
        problem: null,
        lastSuccessAt: null,
        push: null,
        blindSince: null,
        pushReason: null,
        pollSeconds: null,
      },
    }
    holder.entry = entry
    poller.start()
    if (pauses.size > 0) poller.pause()
    else openChannels(entry)
    return entry
  }

  const stop = (entry: Watched) => {
    entry.watcher.close?.()
    entry.poller.stop()
    if (entry.blindCheck !== undefined) deps.clock.clearTimeout(entry.blindCheck)
    entry.blindCheck = undefined
  }

  const checkNow = () => {
    if (pauses.size > 0) return
    deps.logger.info('monitor: checking every account now')
    for (const entry of watched.values()) {
      entry.poller.refreshNow()
      if (entry.watcher.push?.()?.state === 'down') {
        entry.watcher.close?.()
        openChannels(entry)
      }
    }
  }

  return {
    sync(accounts, watcherFor) {
      const wanted = new Map(accounts.map((account) => [account.id, account]))
      let changed = false
      for (const [id, entry] of watched) {
        const account = wanted.get(id)
        if (!account || watchKey(account) !== entry.key) {
          stop(entry)
          watched.delete(id)
          deps.onStopped(id)
          changed = true
        }
      }
      for (const [id, account] of wanted) {
        if (watched.has(id)) continue
        const watcher = watcherFor(account)
        if (!watcher) continue
        watched.set(id, start(account, watcher, watchKey(account)))
        changed = true
      }
      return changed
    },
    entries: () => [...watched.values()],
    pause(reason) {
      const first = pauses.size === 0
      pauses.add(reason)
      for (const entry of watched.values()) {
        if (first) {
          entry.watcher.close?.()
          entry.poller.pause()
        }
        refreshStatus(entry)
      }
    },
    resume(reason) {
      // Awake or online without having been told otherwise before (a missed suspend event): still
      // ask everyone now, since whatever was down may have hidden calls meanwhile.
      if (!pauses.has(reason) && pauses.size === 0) {
        checkNow()
        return
      }
      if (!pauses.delete(reason) || pauses.size > 0) {
        for (const entry of watched.values()) refreshStatus(entry)
        return
      }
      deps.logger.info('monitor: resumed', { reason })
      for (const entry of watched.values()) {
        entry.poller.resume()
        openChannels(entry)
      }
    },
    checkNow,
    dispose() {
      for (const entry of watched.values()) stop(entry)
      watched.clear()
    },
  }
}

/** A poller is rebuilt when what it polls, or for whom, changes. */
function watchKey(account: AccountView): string {
  return [
    account.baseUrl,
    account.label,
    account.tenantId ?? '',
    account.tel4vnSignIn ?? 'token',
    account.polling.intervalSeconds ?? '',
    account.role.kind,
    account.role.kind === 'agent' ? account.role.extension : '',
    // A customer id given to a VoIPbin account can turn push on.
    account.voipbinCustomerId ?? '',
    // The VoIPbin watcher acts on it after a missed call.
    account.voipbinAwayAfterMissed ? 'away' : '',
    // Through the team relay, or not, and which one as whom (its password drops the client: rekeyed).
    account.relay ? [account.relay.url, account.relay.tenant, account.relay.user].join(' ') : '',
  ].join('|')
}
