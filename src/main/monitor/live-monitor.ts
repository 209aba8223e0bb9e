import type { AccountRelay } from '../../shared/domain/account-relay'
import type { AccountView } from '../../shared/domain/accounts'
import type { Alert, LiveState } from '../../shared/domain/live'
import { passesFilter, type LiveFilter } from '../../shared/domain/live-filter'
import type { LiveSnapshot, LiveUpdate } from '../../shared/domain/live-update'
import { defaultRingSettings, type RingSettings, type RingState } from '../../shared/domain/ring'
import type { AccountClients } from '../accounts/account-clients'
import type { AccountService } from '../accounts/account-service'
import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'
import type { ExternalOpenerPort, NotifierPort } from '../core/ports'
import { desktopText } from '../i18n/desktop-text'
import type { NotificationPauseService } from '../notifications/notification-pause'
import type { RelaySetup, WatcherSetup } from '../providers/provider-module'
import { createWatchers } from '../providers/registry'
import type { SettingsRepository } from '../settings/settings-repository'

import { createBoardProjection } from './board-projection'
import { createBoardPublisher } from './board-publisher'
import type { MissedCallReport } from './missed-call-log'
import { createNotificationGate } from './notification-gate'
import type { RelayLinks } from './relay/relay-links'
import { createRingAlerts, type RingAlerts } from './ring-alerts'
import { createScreenPopper } from './screen-pop'
import { createThresholdAlerts } from './threshold-alerts'
import { createWatcherRegistry, type MonitorPauseReason } from './watcher-registry'
import type { Watcher, WatcherContext } from './watchers/watcher'

export { DEFAULT_INTERVALS_MS } from './intervals'
export type { MonitorPauseReason } from './watcher-registry'

/** The live monitor: one poller per account and endpoint, events in, notifications out. */
export interface LiveMonitor {
  /** Starts, stops and restarts pollers to match the accounts. */
  sync(accounts: ReadonlyArray<AccountView>): void
  state(): LiveState
  /** The board as published, with its version (anything not yet published is published first). */
  snapshot(): LiveSnapshot
  /** What a supervisor hears about from now on (calls already ringing included, for the tray). */
  setFilter(filter: LiveFilter): LiveSnapshot
  alerts(): ReadonlyArray<Alert>
  clearAlerts(): void
  /** The user opened the alert history: its missed calls are seen (the tray stops counting them). */
  markAlertsSeen(): number
  /** The calls ringing for this user until answered, ended or dismissed (sound, window, toast). */
  readonly rings: Pick<RingAlerts, 'dismiss' | 'refresh' | 'state'>
  /** The computer went to sleep or offline: stop asking (each reason counts on its own). */
  pause(reason: MonitorPauseReason): void
  /**
   * That reason is over; when none is left, poll everything at once and reopen push (also when
   * the monitor was not paused for it: a wake-up whose sleep went unseen still checks everyone).
   */
  resume(reason: MonitorPauseReason): void
  /** Checks every account at once (after sleep, resume or network return). */
  checkNow(): void
  dispose(): void
}

/** What the monitor needs from the rest of the app. */
export interface LiveMonitorDeps {
  readonly accounts: AccountService
  readonly settings: SettingsRepository
  readonly pause: NotificationPauseService
  readonly notifier: NotifierPort
  /** The accounts' clients, shared with the screens (one per account, one budget per tenant). */
  readonly clients: AccountClients
  readonly clock: Clock
  readonly logger: Logger
  readonly random?: () => number
  /** The proxy route of push WebSockets (the pool registry's); absent: straight out. */
  readonly webSocketRoute?: WatcherSetup['webSocketRoute']
  /** What changed on the board since the last update (never called when nothing did). */
  readonly onLiveChanged: (update: LiveUpdate) => void
  readonly onAlertsChanged: (alerts: ReadonlyArray<Alert>) => void
  readonly onTray: (counts: TrayCounts) => void
  /** Opens the Live screen with this call or alert in view. */
  readonly openLive: (focus?: string) => void
  /** Opens an account's screen pop for a ringing call; absent: none open. */
  readonly screenPopOpener?: ExternalOpenerPort
  /** The ring's settings (the incoming-call window); the defaults when not given. */
  readonly ringSettings?: () => RingSettings
  readonly onRingChanged?: (state: RingState) => void
  /**
   * Calls that ended unanswered on any monitored account, whoever they rang for (the queue trends
   * count all; the day's missed-call log keeps those the user is concerned with).
   */
  readonly onMissedOnBoard?: (calls: ReadonlyArray<MissedCallReport>) => void
  /** The queue and team figures of each published board (the queue trends sample them). */
  readonly onFigures?: (figures: LiveState['figures']) => void
  /** The desk's links to team relays; absent: accounts with a relay are polled as if they had none. */
  readonly relayLinks?: RelayLinks
}

/** What the monitor tells the tray. */
export interface TrayCounts {
  readonly ringingCalls: number
  /** Missed calls not yet seen in the alert history. */
  readonly missedCalls: number
  readonly problems: number
  /** Accounts whose rings may go unseen, and since when (ISO). */
  readonly callsMayBeMissed: ReadonlyArray<{ readonly accountLabel: string; readonly since: string }>
  /** Every monitored account's status line, for its connection health in the tray. */
  readonly monitors: LiveState['monitors']
  /** Queues and teams past their alert level, watched through a supervisor account (their labels). */
  readonly groupsInAlert: ReadonlyArray<string>
}

/**
 * Creates the monitor; call sync() with the accounts to begin. It joins three parts: the
 * watcher registry (pollers and their statuses), the notification gate (pause, once per event,
 * persisted) and the board projection (what the Live screen and the tray show).
 */
export function createLiveMonitor(deps: LiveMonitorDeps): LiveMonitor {
  const now = () => deps.clock.now().toISOString()
  const text = () => desktopText(deps.settings.read().language)
  const board = createBoardProjection(now, {
    thresholds: () => deps.settings.read().queueThresholds,
    queueLabel: (id) => text().queueLabel(id),
  })
  const publisher = createBoardPublisher()
  /** Which watched accounts are agents' (their rings bring the incoming-call window by default). */
  const agentAccounts = new Set<string>()
  // Queue thresholds are a supervisor's alerts: an agent's own calls already ring for them.
  const thresholds = createThresholdAlerts({
    notifier: deps.notifier,
    paused: () => deps.pause.alertsPausedNow(),
    backToNormal: () => deps.settings.read().queueThresholds.backToNormal,
    concerns: (group) => group.accountIds.some((id) => !agentAccounts.has(id)),
    text,
    openLive: () => deps.openLive(),
    // Under the first account the user watches the group through; each crossing is an entry of its own.
    history: ({ kind, group, detail, notified }) => {
      const accountId = group.accountIds.find((id) => !agentAccounts.has(id)) ?? group.accountIds[0] ?? ''
      const status = registry.entries().find((entry) => entry.status.accountId === accountId)?.status
      gate.alert({ id: accountId, label: status?.accountLabel ?? accountId }, [
        { id: `${kind}:${group.key}:${now()}`, kind, subject: group.label, detail, notified },
      ])
    },
  })
  const rings = createRingAlerts({
    closeNotification: (id) => deps.notifier.close?.(id),
    paused: () => deps.pause.current().paused,
    settings: deps.ringSettings ?? (() => defaultRingSettings),
    onChange: (ring) => deps.onRingChanged?.(ring),
  })
  const gate = createNotificationGate({
    rings,
    settings: deps.settings,
    pause: deps.pause,
    notifier: deps.notifier,
    now,
    onAlertsChanged: deps.onAlertsChanged,
    openLive: deps.openLive,
  })

  const screenPop = createScreenPopper({
    screenPopOf: (accountId) => deps.settings.read().accounts.find((account) => account.id === accountId)?.screenPop,
    opener: deps.screenPopOpener,
    logger: deps.logger,
    openLive: deps.openLive,
  })

  const state = (): LiveState =>
    board.state(
      deps.settings.read().liveFilter,
      registry.entries().map((entry) => ({ calls: entry.watcher.calls?.() ?? [], status: entry.status })),
    )

  const publish = () => {
    const live = state()
    rings.sync(
      live.calls
        .filter((call) => call.state === 'ringing' && call.concerned)
        .map((call) => ({
          callId: call.callId,
          accountId: call.accountId,
          accountLabel: call.accountLabel,
          extension: call.extension,
          agentName: call.agentName,
          destination: call.destination,
          direction: call.direction,
          queueIds: call.queueIds,
          seenAt: call.seenAt,
          agentAccount: agentAccounts.has(call.accountId),
        })),
    )
    // Nothing goes to the window when nothing on the board moved (a poll that changed nothing).
    const update = publisher.publish(live)
    if (update) deps.onLiveChanged(update)
    const groupsInAlert = thresholds.update(live.figures)
    deps.onFigures?.(live.figures)
    deps.onTray({
      ringingCalls: registry.entries().reduce((sum, entry) => sum + (entry.watcher.ringingCount?.() ?? 0), 0),
      missedCalls: gate.unseenMissed(),
      problems: live.monitors.filter((monitor) => monitor.state === 'error').length,
      callsMayBeMissed: live.monitors.flatMap(({ accountLabel, blindSince }) =>
        blindSince ? [{ accountLabel, since: blindSince }] : [],
      ),
      monitors: live.monitors,
      groupsInAlert,
    })
  }

  // publish() reads the registry only when called, after it exists.
  const registry = createWatcherRegistry({
    clock: deps.clock,
    logger: deps.logger,
    ...(deps.random ? { random: deps.random } : {}),
    onStatusChanged: publish,
    onStopped: (accountId) => board.forget(accountId),
  })

  const contextFor = (account: AccountView): WatcherContext => ({
    account,
    now,
    text,
    wasNotified: gate.wasNotified,
    notify: (requests) => screenPop.notify(account.id, requests, gate.notify),
    alert: (alerts) => gate.alert(account, alerts),
    presence: (changes, count) => board.presence(account, changes, count),
    queues: (list) => board.queues(account, list),
    queuesOf: board.queuesOf,
    wanted: (subject) => account.role.kind === 'agent' || passesFilter(deps.settings.read().liveFilter, subject),
    changed: publish,
    missedOnBoard: (calls) =>
      deps.onMissedOnBoard?.(
        calls.map((call) => ({
          ...call,
          accountId: account.id,
          accountLabel: account.label,
          provider: account.provider,
        })),
      ),
  })

  // The client each watched account's watchers were built on.
  const clientsInUse = new Map<string, unknown>()
  // The first sync publishes even with nothing to watch: missed calls kept from before a restart
  // must be counted in the tray (and offered from its menu) before any account changes.
  let published = false
  const relaySetup = (account: AccountView, relay: AccountRelay, links: RelayLinks): RelaySetup => ({
    link: () => links.acquire(relay.url, relay.user, () => deps.accounts.relayPasswordOf(account.id)),
    fallbackAllowed: () => deps.settings.read().relayDeskFallback[account.id] ?? false,
    rememberFallback: (allowed) =>
      deps.settings.update({ relayDeskFallback: { ...deps.settings.read().relayDeskFallback, [account.id]: allowed } }),
    logger: deps.logger,
  })
  const watcherFor = (account: AccountView): Watcher | undefined => {
    const secret = deps.clients.secretFor(account.id)
    const client = deps.clients.clientFor(account.id, account.provider)
    clientsInUse.set(account.id, client)
    const [watcher] = createWatchers(account, client, {
      context: contextFor(account),
      every: (fallback) => (account.polling.intervalSeconds ? account.polling.intervalSeconds * 1000 : fallback),
      secret,
      clock: deps.clock,
      ...(deps.random ? { random: deps.random } : {}),
      ...(deps.webSocketRoute ? { webSocketRoute: deps.webSocketRoute } : {}),
      ...(account.relay && deps.relayLinks ? { relay: relaySetup(account, account.relay, deps.relayLinks) } : {}),
    })
    return watcher
  }

  return {
    sync(accounts) {
      const wanted = accounts.filter((account) => account.polling.enabled && account.hasSecret)
      agentAccounts.clear()
      for (const account of wanted) if (account.role.kind === 'agent') agentAccounts.add(account.id)
      // A new key drops the account's client without changing its settings: its watchers move to
      // the new client (a Tel4vn token or a VoIPbin push opened with the old key must not linger).
      const rekeyed = new Set(
        wanted
          .filter((account) => {
            const inUse = clientsInUse.get(account.id)
            return inUse !== undefined && inUse !== deps.clients.clientFor(account.id, account.provider)
          })
          .map((account) => account.id),
      )
      for (const id of clientsInUse.keys()) if (!wanted.some((account) => account.id === id)) clientsInUse.delete(id)
      if (rekeyed.size > 0)
        registry.sync(
          wanted.filter((account) => !rekeyed.has(account.id)),
          watcherFor,
        )
      if (registry.sync(wanted, watcherFor) || rekeyed.size > 0 || !published) publish()
      published = true
    },
    state,
    snapshot() {
      publish()
      return publisher.published()
    },
    setFilter(filter) {
      deps.settings.update({ liveFilter: filter })
      publish()
      return publisher.published()
    },
    alerts: gate.alerts,
    clearAlerts() {
      gate.clearAlerts()
      publish()
    },
    markAlertsSeen() {
      const marked = gate.markMissedSeen()
      if (marked > 0) publish()
      return marked
    },
    rings,
    pause: registry.pause,
    resume: registry.resume,
    checkNow: registry.checkNow,
    dispose: registry.dispose,
  }
}
