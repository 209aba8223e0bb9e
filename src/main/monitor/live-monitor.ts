import type { AccountView } from '../../shared/domain/accounts'
import type { MonitoredCall } from '../../shared/domain/calls'
import type { Alert, LiveCall, LiveState, MonitorStatus } from '../../shared/domain/live'
import type { AccountService } from '../accounts/account-service'
import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'
import type { NotifierPort } from '../core/ports'
import type { NotificationPauseService } from '../notifications/notification-pause'
import type { PoolRegistry } from '../providers/http/pool-registry'
import { createTel4vnClient } from '../providers/tel4vn/tel4vn-client'
import type { SettingsRepository } from '../settings/settings-repository'

import { diffCalls } from './call-tracker'
import { concernsUser, ringingNotifications } from './notification-policy'
import { createPoller, type Poller, type PollerStatus } from './poller'

/** The call monitor's default interval, when the account does not set one. */
export const DEFAULT_CALL_INTERVAL_MS = 2_000
const MAX_ALERTS = 200
const POLL_RETRY = { maxAttempts: 2, baseDelayMs: 200, maxDelayMs: 400, maxRetryAfterMs: 30_000 }
const MAX_NOTIFIED = 1000

/** The live monitor: one poller per call-monitoring account, events in, notifications out. */
export interface LiveMonitor {
  /** Starts, stops and restarts pollers to match the accounts. */
  sync(accounts: ReadonlyArray<AccountView>): void
  state(): LiveState
  alerts(): ReadonlyArray<Alert>
  clearAlerts(): void
  /** The system went to sleep or offline: stop asking. */
  pauseAll(): void
  /** Back: poll everything at once. */
  resumeAll(): void
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
  /** The tray and the renderer follow these. */
  readonly onLiveChanged: (state: LiveState) => void
  readonly onAlertsChanged: (alerts: ReadonlyArray<Alert>) => void
  readonly onTray: (counts: { ringingCalls: number; problems: number }) => void
  readonly openLive: () => void
}

interface Watched {
  readonly key: string
  readonly account: AccountView
  readonly poller: Poller
  snapshot: Map<string, MonitoredCall>
  seenAt: Map<string, string>
  status: MonitorStatus
}

/** Creates the monitor; call sync() with the accounts to begin. */
export function createLiveMonitor(deps: LiveMonitorDeps): LiveMonitor {
  const watched = new Map<string, Watched>()
  const notified = new Set(deps.settings.read().notifiedCallIds)

  const state = (): LiveState => {
    const calls: LiveCall[] = []
    for (const entry of watched.values()) {
      for (const call of entry.snapshot.values()) {
        calls.push({
          ...call,
          accountId: entry.account.id,
          accountLabel: entry.account.label,
          seenAt: entry.seenAt.get(call.callId) ?? deps.clock.now().toISOString(),
        })
      }
    }
    // Ringing first, then the longest-running.
    calls.sort((a, b) => (a.state === b.state ? a.seenAt.localeCompare(b.seenAt) : a.state === 'ringing' ? -1 : 1))
    return { calls, monitors: [...watched.values()].map((entry) => entry.status) }
  }

  const publish = () => {
    const live = state()
    deps.onLiveChanged(live)
    const ringingCalls = [...watched.values()].reduce(
      (sum, entry) =>
        sum +
        [...entry.snapshot.values()].filter(
          (call) => call.state === 'ringing' && concernsUser(entry.account.role, call),
        ).length,
      0,
    )
    const problems = live.monitors.filter((monitor) => monitor.state === 'error').length
    deps.onTray({ ringingCalls, problems })
  }

  const remember = (callIds: ReadonlyArray<string>) => {
    for (const id of callIds) notified.add(id)
    const list = [...notified].slice(-MAX_NOTIFIED)
    deps.settings.update({ notifiedCallIds: list })
  }

  const record = (alerts: Alert[]) => {
    if (alerts.length === 0) return
    const next = [...alerts, ...deps.settings.read().alerts].slice(0, MAX_ALERTS)
    deps.settings.update({ alerts: next })
    deps.onAlertsChanged(next)
  }

  const handleCalls = (entry: Watched, calls: ReadonlyArray<MonitoredCall>) => {
    const { changes, snapshot } = diffCalls(entry.snapshot, calls)
    const now = deps.clock.now().toISOString()
    for (const change of changes) {
      if (change.kind === 'ringing' || change.kind === 'answered') entry.seenAt.set(change.call.callId, now)
      if (change.kind === 'missed' || change.kind === 'ended') entry.seenAt.delete(change.call.callId)
    }
    entry.snapshot = snapshot
    const { role } = entry.account
    const ringing = changes
      .filter((change) => change.kind === 'ringing' && concernsUser(role, change.call))
      .map((change) => change.call)
    const paused = deps.pause.current().paused
    const notifications = paused ? [] : ringingNotifications(entry.account.label, ringing, (id) => notified.has(id))
    for (const notification of notifications) {
      deps.notifier.show({ ...notification, onClick: deps.openLive })
    }
    const shown = new Set(notifications.flatMap((notification) => notification.callIds))
    if (shown.size > 0) remember([...shown])
    record(
      changes
        .filter((change) => (change.kind === 'ringing' || change.kind === 'missed') && concernsUser(role, change.call))
        .map((change) => ({
          id: `${change.kind}:${change.call.callId}`,
          kind: change.kind as 'ringing' | 'missed',
          accountId: entry.account.id,
          accountLabel: entry.account.label,
          callId: change.call.callId,
          extension: change.call.extension,
          agentName: change.call.agentName,
          party: change.call.destination,
          direction: change.call.direction,
          at: now,
          notified: change.kind === 'ringing' ? shown.has(change.call.callId) : false,
        })),
    )
    if (changes.length > 0 || entry.status.state !== 'ok') publish()
  }

  const statusOf = (account: AccountView, poller: PollerStatus): MonitorStatus => ({
    accountId: account.id,
    accountLabel: account.label,
    provider: account.provider,
    state: poller.paused ? 'paused' : poller.lastError ? 'error' : poller.lastSuccessAt ? 'ok' : 'starting',
    message: poller.lastError,
    lastSuccessAt: poller.lastSuccessAt ? new Date(poller.lastSuccessAt).toISOString() : null,
  })

  const watch = (account: AccountView): Watched => {
    const client = createTel4vnClient({
      baseUrl: account.baseUrl,
      pools: deps.pools,
      // The poller backs off between polls; within one poll, one quick retry is enough.
      retry: POLL_RETRY,
      secret: async () => {
        const secret = await deps.accounts.secretOf(account.id)
        if (!secret) throw new Error('No key is set for this account.')
        return secret
      },
    })
    // The poller's callbacks need the entry, and the entry holds the poller.
    const holder: { entry?: Watched } = {}
    const poller = createPoller({
      fetch: (signal) => client.monitorCalls(signal),
      onResult: (answer) => holder.entry && handleCalls(holder.entry, answer.calls),
      onStatus: (status) => {
        const entry = holder.entry
        if (!entry) return
        const next = statusOf(account, status)
        const changed = next.state !== entry.status.state || next.message !== entry.status.message
        entry.status = next
        if (changed) publish()
      },
      intervalMs: (account.polling.intervalSeconds ?? DEFAULT_CALL_INTERVAL_MS / 1000) * 1000,
      clock: deps.clock,
      ...(deps.random ? { random: deps.random } : {}),
    })
    const entry: Watched = {
      key: watchKey(account),
      account,
      poller,
      snapshot: new Map(),
      seenAt: new Map(),
      status: {
        accountId: account.id,
        accountLabel: account.label,
        provider: account.provider,
        state: 'starting',
        message: null,
        lastSuccessAt: null,
      },
    }
    holder.entry = entry
    return entry
  }

  return {
    sync(accounts) {
      const wanted = new Map(
        accounts
          .filter((account) => account.provider === 'tel4vn' && account.polling.enabled && account.hasSecret)
          .map((account) => [account.id, account]),
      )
      let changed = false
      for (const [id, entry] of watched) {
        const account = wanted.get(id)
        if (!account || watchKey(account) !== entry.key) {
          entry.poller.stop()
          watched.delete(id)
          changed = true
        }
      }
      for (const [id, account] of wanted) {
        if (watched.has(id)) continue
        const entry = watch(account)
        watched.set(id, entry)
        entry.poller.start()
        changed = true
      }
      if (changed) publish()
    },
    state,
    alerts: () => deps.settings.read().alerts,
    clearAlerts() {
      deps.settings.update({ alerts: [] })
      deps.onAlertsChanged([])
    },
    pauseAll() {
      for (const entry of watched.values()) entry.poller.pause()
    },
    resumeAll() {
      for (const entry of watched.values()) entry.poller.resume()
    },
    dispose() {
      for (const entry of watched.values()) entry.poller.stop()
      watched.clear()
    },
  }
}

/** A poller is rebuilt when what it polls changes. */
function watchKey(account: AccountView): string {
  return [
    account.baseUrl,
    account.polling.intervalSeconds ?? '',
    account.role.kind,
    account.role.kind === 'agent' ? account.role.extension : '',
  ].join('|')
}
