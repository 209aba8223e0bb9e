import type { AccountView } from '../../shared/domain/accounts'
import type { AgentCount, Alert, KnownQueue, LiveState, MonitorStatus, PresenceChange } from '../../shared/domain/live'
import { passesFilter, type LiveFilter } from '../../shared/domain/live-filter'
import type { AccountService } from '../accounts/account-service'
import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'
import type { NotifierPort } from '../core/ports'
import { desktopText } from '../i18n/desktop-text'
import type { NotificationPauseService } from '../notifications/notification-pause'
import { agentHubExecutionsWatcher } from '../providers/agenthub/monitor/agenthub-executions-watcher'
import { alohubPresenceWatcher } from '../providers/alohub/monitor/alohub-presence-watcher'
import type { PoolRegistry } from '../providers/http/pool-registry'
import { createProviderClient } from '../providers/provider-clients'
import { tel4vnCallsWatcher } from '../providers/tel4vn/monitor/tel4vn-calls-watcher'
import { voipbinStatusWatcher } from '../providers/voipbin/monitor/voipbin-status-watcher'
import { openVoipbinPush } from '../providers/voipbin/voipbin-push'
import type { SettingsRepository } from '../settings/settings-repository'

import { blindness, monitorStatus, RING_WATCH_MAX_BACKOFF_MS, statusChanged } from './monitor-status'
import { createPoller, pollRetryPolicy, type Poller } from './poller'
import type { NotificationRequest, QueueMembership, Watcher, WatcherContext } from './watchers/watcher'

/** Default intervals when the account does not set one: calls, presence, executions. */
export const DEFAULT_INTERVALS_MS = { calls: 2_000, presence: 15_000, executions: 30_000 } as const
const MAX_ALERTS = 200
const MAX_NOTIFIED = 1000
const MAX_PRESENCE = 30

/** Why the monitor stops asking for a while. */
export type MonitorPauseReason = 'asleep' | 'offline'

/** The live monitor: one poller per account and endpoint, events in, notifications out. */
export interface LiveMonitor {
  /** Starts, stops and restarts pollers to match the accounts. */
  sync(accounts: ReadonlyArray<AccountView>): void
  state(): LiveState
  /** What a supervisor hears about from now on (calls already ringing included, for the tray). */
  setFilter(filter: LiveFilter): LiveState
  alerts(): ReadonlyArray<Alert>
  clearAlerts(): void
  /** The computer went to sleep or offline: stop asking (each reason counts on its own). */
  pause(reason: MonitorPauseReason): void
  /** That reason is over; when none is left, poll everything at once and reopen push. */
  resume(reason: MonitorPauseReason): void
  dispose(): void
}

/** What the monitor needs from the rest of the app. */
export interface LiveMonitorDeps {
  readonly accounts: AccountService
  readonly settings: SettingsRepository
  readonly pause: NotificationPauseService
  readonly notifier: NotifierPort
  readonly pools: PoolRegistry
  readonly clock: Clock
  readonly logger: Logger
  readonly random?: () => number
  readonly onLiveChanged: (state: LiveState) => void
  readonly onAlertsChanged: (alerts: ReadonlyArray<Alert>) => void
  readonly onTray: (counts: TrayCounts) => void
  /** Opens the Live screen with this call or alert in view. */
  readonly openLive: (focus?: string) => void
}

/** What the monitor tells the tray. */
export interface TrayCounts {
  readonly ringingCalls: number
  readonly problems: number
  /** Accounts whose rings may go unseen, and since when (ISO). */
  readonly callsMayBeMissed: ReadonlyArray<{ readonly accountLabel: string; readonly since: string }>
}

interface Watched {
  readonly key: string
  readonly account: AccountView
  readonly watcher: Watcher
  readonly poller: Poller
  status: MonitorStatus
  /** Looks again when a failing watcher of rings is due to turn blind between two polls. */
  blindCheck?: unknown
}

/** Creates the monitor; call sync() with the accounts to begin. */
export function createLiveMonitor(deps: LiveMonitorDeps): LiveMonitor {
  const watched = new Map<string, Watched>()
  const pauses = new Set<MonitorPauseReason>()
  const notified = new Set(deps.settings.read().notifiedCallIds)
  let presence: PresenceChange[] = []
  /** Extension → callin queues, per AloHub account, so one account's refresh replaces only its own. */
  const memberships = new Map<string, ReadonlyMap<string, QueueMembership>>()
  const counts = new Map<string, AgentCount>()
  const now = () => deps.clock.now().toISOString()

  const queuesOf = (extension: string): ReadonlyArray<number> | null => {
    for (const byExtension of memberships.values()) {
      const found = byExtension.get(extension)
      if (found) return found.queueIds
    }
    return null
  }

  const knownQueues = (): KnownQueue[] => {
    const labels = new Map<number, string | null>()
    for (const byExtension of memberships.values()) {
      for (const entry of byExtension.values()) {
        for (const id of entry.queueIds) labels.set(id, labels.get(id) ?? (entry.label || null))
      }
    }
    return [...labels].map(([id, label]) => ({ id, label })).sort((a, b) => a.id - b.id)
  }

  const state = (): LiveState => {
    const calls = [...watched.values()].flatMap((entry) => entry.watcher.calls?.() ?? [])
    // Ringing first, then the longest-running.
    calls.sort((a, b) => (a.state === b.state ? a.seenAt.localeCompare(b.seenAt) : a.state === 'ringing' ? -1 : 1))
    return {
      filter: deps.settings.read().liveFilter,
      queues: knownQueues(),
      calls,
      monitors: [...watched.values()].map((entry) => entry.status),
      presence,
      agentCounts: [...counts.values()],
    }
  }

  const publish = () => {
    const live = state()
    deps.onLiveChanged(live)
    deps.onTray({
      ringingCalls: [...watched.values()].reduce((sum, entry) => sum + (entry.watcher.ringingCount?.() ?? 0), 0),
      problems: live.monitors.filter((monitor) => monitor.state === 'error').length,
      callsMayBeMissed: live.monitors.flatMap(({ accountLabel, blindSince }) =>
        blindSince ? [{ accountLabel, since: blindSince }] : [],
      ),
    })
  }

  const notify = (requests: ReadonlyArray<NotificationRequest>): ReadonlySet<string> => {
    const shown = new Set<string>()
    if (requests.length === 0 || deps.pause.current().paused) return shown
    for (const request of requests) {
      const ids = [request.id, ...(request.covers ?? [])]
      if (ids.every((id) => notified.has(id))) continue
      const focus = request.focus ?? request.id
      deps.notifier.show({
        id: request.id,
        title: request.title,
        body: request.body,
        onClick: () => deps.openLive(focus),
      })
      for (const id of ids) {
        notified.add(id)
        shown.add(id)
      }
    }
    if (shown.size > 0) deps.settings.update({ notifiedCallIds: [...notified].slice(-MAX_NOTIFIED) })
    return shown
  }

  const contextFor = (account: AccountView): WatcherContext => ({
    account,
    now,
    text: () => desktopText(deps.settings.read().language),
    wasNotified: (id) => notified.has(id),
    notify,
    alert(alerts) {
      const kept = deps.settings.read().alerts
      // One alert per id: a poll, a push, a reconnect or a restart may each report the same event.
      const seen = new Set(kept.map((alert) => alert.id))
      const fresh = alerts.filter((alert) => {
        if (seen.has(alert.id)) return false
        seen.add(alert.id)
        return true
      })
      if (fresh.length === 0) return
      const at = now()
      const stamped = fresh.map((alert) => ({ ...alert, accountId: account.id, accountLabel: account.label, at }))
      const next = [...stamped, ...kept].slice(0, MAX_ALERTS)
      deps.settings.update({ alerts: next })
      deps.onAlertsChanged(next)
    },
    presence(changes, count) {
      const at = now()
      presence = [
        ...changes.map((change) => ({ ...change, accountId: account.id, accountLabel: account.label, at })),
        ...presence,
      ].slice(0, MAX_PRESENCE)
      if (count) counts.set(account.id, { ...count, accountId: account.id, accountLabel: account.label })
    },
    queues(list) {
      memberships.set(account.id, new Map(list.map((entry) => [entry.extension, entry])))
    },
    queuesOf,
    wanted: (subject) => account.role.kind === 'agent' || passesFilter(deps.settings.read().liveFilter, subject),
    changed: publish,
  })

  const watchersFor = (account: AccountView): Watcher[] => {
    const secret = async () => {
      const value = await deps.accounts.secretOf(account.id)
      if (!value) throw new Error('No key is set for this account.')
      return value
    }
    const target = createProviderClient(account, {
      pools: deps.pools,
      retry: pollRetryPolicy,
      secret,
    })
    const context = contextFor(account)
    const every = (fallback: number) =>
      account.polling.intervalSeconds ? account.polling.intervalSeconds * 1000 : fallback
    switch (target.provider) {
      case 'tel4vn':
        return [tel4vnCallsWatcher(target.client, context, every(DEFAULT_INTERVALS_MS.calls))]
      case 'voipbin':
        return [
          voipbinStatusWatcher(target.client, context, {
            // "ringing" is a call ringing: without push, poll as often as for calls.
            intervals: { withoutPushMs: every(DEFAULT_INTERVALS_MS.calls), withPushMs: DEFAULT_INTERVALS_MS.presence },
            secret,
            openPush: (customerId, handlers) =>
              openVoipbinPush({
                baseUrl: account.baseUrl,
                secret,
                customerId,
                clock: deps.clock,
                ...(deps.random ? { random: deps.random } : {}),
                ...handlers,
              }),
          }),
        ]
      case 'alohub':
        return [alohubPresenceWatcher(target.client, context, every(DEFAULT_INTERVALS_MS.presence))]
      case 'agenthub':
        return [agentHubExecutionsWatcher(target.client, context, every(DEFAULT_INTERVALS_MS.executions))]
      case 'avatar':
        return []
    }
  }

  const pausedBecause = (): string | null =>
    pauses.has('asleep')
      ? 'Paused while the computer sleeps.'
      : pauses.has('offline')
        ? 'Paused: this computer is offline.'
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
    if (statusChanged(before, next)) publish()
  }

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
        message: null,
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

  const openChannels = (entry: Watched) =>
    entry.watcher.open?.({ refresh: () => entry.poller.refreshNow(), statusChanged: () => refreshStatus(entry) })

  const stop = (entry: Watched) => {
    entry.watcher.close?.()
    entry.poller.stop()
    if (entry.blindCheck !== undefined) deps.clock.clearTimeout(entry.blindCheck)
    entry.blindCheck = undefined
  }

  return {
    sync(accounts) {
      const wanted = new Map(
        accounts
          .filter((account) => account.polling.enabled && account.hasSecret)
          .map((account) => [account.id, account]),
      )
      let changed = false
      for (const [id, entry] of watched) {
        const account = wanted.get(id)
        if (!account || watchKey(account) !== entry.key) {
          stop(entry)
          watched.delete(id)
          counts.delete(id)
          memberships.delete(id)
          changed = true
        }
      }
      for (const [id, account] of wanted) {
        if (watched.has(id)) continue
        const [watcher] = watchersFor(account)
        if (!watcher) continue
        watched.set(id, start(account, watcher, watchKey(account)))
        changed = true
      }
      if (changed) publish()
    },
    state,
    setFilter(filter) {
      deps.settings.update({ liveFilter: filter })
      publish()
      return state()
    },
    alerts: () => deps.settings.read().alerts,
    clearAlerts() {
      deps.settings.update({ alerts: [] })
      deps.onAlertsChanged([])
    },
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
  ].join('|')
}
