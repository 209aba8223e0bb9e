import { join } from 'node:path'

import type { DesktopNotification } from '../../shared/domain/notifications'
import type { ScreenId } from '../../shared/domain/screens'
import { createAccountClients } from '../accounts/account-clients'
import { createAccountHandlers } from '../accounts/account-handlers'
import { createAccountService } from '../accounts/account-service'
import { createEventBus } from '../core/event-bus'
import { createKnownSecrets } from '../core/known-secrets'
import type { NotificationRequest } from '../core/ports'
import { createDemoController } from '../demo/demo-controller'
import { createDiagnostics } from '../diagnostics/diagnostics-handlers'
import { createHealthLog, logConnectionTest } from '../diagnostics/health-log'
import { createExportHandlers } from '../exports/export-handlers'
import { desktopText } from '../i18n/desktop-text'
import type { OperationHandlers } from '../ipc/dispatch'
import { createLinkHandlers } from '../links/link-handlers'
import { watchConnectivity } from '../monitor/connectivity-watch'
import { createLiveMonitor } from '../monitor/live-monitor'
import { createRelayLinks } from '../monitor/relay/relay-links'
import { createNotificationHandlers } from '../notifications/notification-handlers'
import { createNotificationPause } from '../notifications/notification-pause'
import { createPoolRegistry } from '../providers/http/pool-registry'
import { createProxyAuth } from '../providers/http/proxy/proxy-auth'
import { createWindowProxyPrompt } from '../providers/http/proxy/proxy-prompt'
import { directResolver } from '../providers/http/proxy/proxy-resolver'
import { createProviderScreens } from '../providers/registry'
import { createRingHandlers } from '../ring/ring-handlers'
import { rememberingSecretStore } from '../secrets/remembering-secret-store'
import { createPreferenceHandlers } from '../settings/preference-handlers'
import { openSettingsRepository } from '../settings/settings-repository'
import { createTrayState, type TrayState } from '../tray/tray-state'
import { createUpdateHandlers } from '../updates/update-handlers'
import { createUpdateService } from '../updates/update-service'

import type { AppDependencies, AppServices } from './app-dependencies'
import { createAppHandlers } from './app-handlers'
import { createBoardRecords } from './board-records'

export type { AppDependencies, AppServices } from './app-dependencies'

const MAX_CLICK_ACTIONS = 50

/** 14:30 today; "Mon 08:00" on another day (a pause until working hours begin again). */
const dayAwareFormatTime = (now: () => Date, language: () => string) => (iso: string) => {
  const at = new Date(iso)
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
  if (at.toDateString() === now().toDateString()) return time
  return `${at.toLocaleDateString(language(), { weekday: 'short' })} ${time}`
}

/** Wires the services once; both the Electron entry and the harness call this. */
export function createApp(deps: AppDependencies): AppServices {
  const events = createEventBus()
  const knownSecrets = deps.knownSecrets ?? createKnownSecrets()
  // Every key read or stored is known from then on, so the log file and diagnostics can hide it.
  const secrets = rememberingSecretStore(deps.secrets, knownSecrets)
  const settings = openSettingsRepository(deps.settingsBackend, deps.logger)
  const formatTime =
    deps.formatTime ??
    dayAwareFormatTime(
      () => deps.clock.now(),
      () => settings.read().language,
    )

  // onChange never runs during construction, so `tray` below exists by the time it is called.
  const notificationPause = createNotificationPause(
    settings,
    deps.clock,
    (pause) => {
      tray.update({ pause })
      events.emit('notifications.pauseChanged', pause)
      // Paused: every ring falls silent and its alert closes; resumed: what still rings rings again.
      monitor.rings.refresh()
    },
    ...(deps.timeZone ? [deps.timeZone] : []),
  )
  const tray: TrayState = createTrayState(
    { pause: notificationPause.current(), ringingCalls: 0, problems: 0, language: settings.read().language },
    deps.tray,
    formatTime,
    (view) => events.emit('tray.viewChanged', view),
  )

  const openScreen = (screen: ScreenId, focus?: string) => {
    deps.window.open(screen)
    events.emit('navigation.requested', focus ? { screen, focus } : { screen })
  }
  // What each recent notification does when clicked, for the harness's in-page notifications.
  const clickActions = new Map<string, () => void>()
  const showNotification = (notification: NotificationRequest) => {
    deps.notifier.show(notification)
    if (notification.onClick) clickActions.set(notification.id, notification.onClick)
    for (const id of [...clickActions.keys()].slice(0, -MAX_CLICK_ACTIONS)) clickActions.delete(id)
    const { id, title, body } = notification
    events.emit('notifications.shown', { id, title, body, shownAt: deps.clock.now().toISOString() })
  }
  const closeNotification = (id: string) => {
    deps.notifier.close?.(id)
    clickActions.delete(id)
    events.emit('notifications.closed', { id })
  }

  const showTestNotification = (): DesktopNotification => {
    const shownAt = deps.clock.now().toISOString()
    const notification = {
      id: `test-${shownAt}`,
      title: 'AgentDesk',
      body: desktopText(settings.read().language).testBody,
      shownAt,
    }
    showNotification({ ...notification, onClick: () => openScreen('settings') })
    return notification
  }

  // One pool registry for every client. The monitor, the screens and bulk jobs share one client
  // per account, but not connections: polls travel in a lane of their own (one connection per
  // origin), so a screen's hung request holds up neither a poll nor the screen's "Try again".
  // A proxy's 407 asks the user once, through the window (the dialog shows over any screen).
  const proxyPrompt = createWindowProxyPrompt((request) => {
    deps.window.open()
    events.emit('proxy.authRequested', request)
  })
  const pools = createPoolRegistry(undefined, {
    resolver: deps.proxyResolver ?? directResolver,
    // Proxy passwords live in the keychain, under an entry of their own per proxy origin.
    auth: createProxyAuth(deps.secrets, proxyPrompt.prompt),
    now: () => deps.clock.now().getTime(),
  })
  // `accounts` below exists before any demo transition can finish.
  const demo = createDemoController({
    settings,
    now: () => deps.clock.now(),
    logger: deps.logger,
    ...(deps.demoSize ? { size: deps.demoSize } : {}),
    onChange: (state) => {
      events.emit('demo.changed', state)
      void accounts.announce()
    },
  })
  const accounts = createAccountService({
    settings,
    demo: () => demo.current(),
    secrets,
    pools,
    clock: deps.clock,
    clients: () => clients,
    onChange: (list) => {
      clients.sync(list)
      events.emit('accounts.changed', [...list])
      monitor.sync(list)
    },
    onAccountChanged: (change) => events.emit('accounts.accountChanged', change),
  })
  const clients = createAccountClients({ accounts, pools })
  const records = createBoardRecords({
    clock: deps.clock,
    logger: deps.logger,
    settings,
    trendsBackend: deps.trendsBackend,
    missedCallsBackend: deps.missedCallsBackend,
    timeZone: deps.timeZone,
  })
  const logHealth = createHealthLog(deps.logger)
  const relayLinks = createRelayLinks(deps.logger)
  const monitor = createLiveMonitor({
    accounts,
    settings,
    pause: notificationPause,
    // Every notification also goes to the renderer (the harness shows them in the page).
    notifier: { show: showNotification, close: closeNotification },
    clients,
    clock: deps.clock,
    logger: deps.logger,
    webSocketRoute: (url) => pools.webSocketAgent(url),
    relayLinks,
    onLiveChanged: (update) => {
      if (update.parts.monitors) logHealth(update.parts.monitors)
      events.emit('live.changed', update)
    },
    onFigures: records.figures,
    onMissedOnBoard: records.missed,
    onAlertsChanged: (alerts) => events.emit('alerts.changed', [...alerts]),
    onTray: (counts) => tray.update(counts),
    openLive: (focus) => openScreen('live', focus),
    ...(deps.screenPopOpener ? { screenPopOpener: deps.screenPopOpener } : {}),
    ringSettings: () => settings.read().ring,
    onRingChanged: (ring) => {
      events.emit('ring.changed', ring)
      if (ring.window) deps.incomingWindow?.show()
      else deps.incomingWindow?.hide()
    },
  })
  // Offline or asleep: stop asking. Back: every account is checked at once (not at its next
  // interval) and the pause is read again, since working hours may have begun or ended meanwhile.
  const connectivity = deps.isOnline
    ? watchConnectivity({
        isOnline: deps.isOnline,
        clock: deps.clock,
        onChange: (online) => {
          // Another network may have another proxy (office, home, VPN): routes are asked again.
          pools.networkChanged()
          if (online) monitor.resume('offline')
          else monitor.pause('offline')
        },
      })
    : undefined
  const stopPower = deps.power?.onChange((state) => {
    if (state === 'asleep') return monitor.pause('asleep')
    monitor.resume('asleep')
    notificationPause.refresh()
  })
  void accounts
    .list()
    .then(monitor.sync, (error: unknown) => deps.logger.error('monitor: accounts unreadable', { error }))

  const openMissedCalls = () => {
    const newest = monitor.alerts().find((alert) => alert.kind === 'missed' && alert.seen === false)
    // Marked here, not left to the history coming into view: the user chose these calls from the
    // tray, so they are seen, and the count goes at once even if the window opens behind another.
    monitor.markAlertsSeen()
    openScreen('live', newest?.id)
  }

  const diagnostics = createDiagnostics({
    sources: deps.diagnostics,
    saver: deps.fileSaver,
    info: deps.info,
    settings,
    statuses: () => monitor.snapshot().monitors,
    accountIds: async () => (await accounts.list()).map((account) => account.id),
    secrets,
    known: knownSecrets,
    clock: deps.clock,
    logger: deps.logger,
  })
  const updates = createUpdateService({
    port: deps.updater,
    currentVersion: deps.info.version,
    policy: deps.updatePolicy ?? { updatesAllowed: true, channel: null, source: null },
    installBlocker: deps.updateBlocker ?? null,
    clock: deps.clock,
    logger: deps.logger,
    savedChannel: () => settings.read().updateChannel,
    saveChannel: (updateChannel) => settings.update({ updateChannel }),
    onChange: (view) => {
      events.emit('updates.changed', view)
      tray.update({ updateReady: view.state.status === 'ready' ? view.state.version : null })
    },
  })

  const providerScreens = createProviderScreens({ accounts, clients, pools, clock: deps.clock, settings, events })
  const handlers: OperationHandlers = {
    ...createAppHandlers(deps.info, deps.clock),
    ...createPreferenceHandlers(settings, deps.loginItem, (preferences) => {
      tray.update({ language: preferences.language })
      // Working hours may have changed: the pause and its timer follow at once.
      notificationPause.refresh()
    }),
    ...createNotificationHandlers(notificationPause, showTestNotification, deps.clock),
    'notifications.macAlertStyle': async () => ({ style: deps.macAlertStyle ? await deps.macAlertStyle() : 'unknown' }),
    'notifications.activate': async ({ id }) => {
      const action = clickActions.get(id)
      action?.()
      return { activated: action !== undefined }
    },
    ...createLinkHandlers(deps.opener),
    ...createAccountHandlers({
      ...accounts,
      // A key typed for a connection test never reaches the keychain, yet a failure may be logged with it.
      test: async (draft, secret, accountId) => {
        knownSecrets.add(secret)
        const result = await accounts.test(draft, secret, accountId)
        logConnectionTest(deps.logger, draft.provider, result)
        return result
      },
    }),
    ...providerScreens.handlers,
    'proxy.pendingAuth': async () => proxyPrompt.pending(),
    'proxy.answerAuth': async ({ id, credentials }) => ({ answered: proxyPrompt.answer(id, credentials) }),
    'demo.getState': async () => demo.state(),
    'demo.start': () => demo.start(),
    'demo.stop': () => demo.stop(),
    'live.getState': async () => monitor.snapshot(),
    'live.setFilter': async ({ filter }) => monitor.setFilter(filter),
    'live.getTrends': async () => records.trends.view(),
    'live.keepTrends': async ({ keep }) => records.trends.setKept(keep),
    ...createExportHandlers({
      alerts: () => monitor.alerts(),
      missedCalls: () => records.missedLog.today(),
      settings,
      saver: deps.fileSaver,
      clock: deps.clock,
      ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
    }),
    ...diagnostics.handlers,
    'alerts.list': async () => [...monitor.alerts()],
    'alerts.markSeen': async () => ({ marked: monitor.markAlertsSeen() }),
    'alerts.clear': async () => {
      monitor.clearAlerts()
      return { cleared: true }
    },
    ...createRingHandlers({
      settings,
      rings: monitor.rings,
      filePicker: deps.filePicker,
      tonesDir: deps.tonesDir ?? join(process.cwd(), 'resources', 'tones'),
      openLive: (focus) => openScreen('live', focus),
      onSettingsChanged: (ring) => events.emit('ring.settingsChanged', ring),
    }),
    ...createUpdateHandlers(updates),
  }
  void demo.restore()
  // The OS entry follows the setting (an AppImage moved or an app reinstalled changes its path).
  if (deps.loginItem && settings.read().startAtLogin) {
    deps.loginItem.apply(true).catch((error: unknown) => deps.logger.warn('login item: not refreshed', { error }))
  }

  return {
    handlers,
    events,
    settings,
    notificationPause,
    tray,
    accounts,
    demo,
    monitor,
    pools,
    clients,
    openScreen,
    openMissedCalls,
    saveDiagnostics: diagnostics.save,
    restartToUpdate: () => void updates.restartToUpdate(),
    dispose: async () => {
      updates.dispose()
      connectivity?.dispose()
      stopPower?.()
      monitor.dispose()
      await relayLinks.dispose()
      records.dispose()
      providerScreens.dispose()
      notificationPause.dispose()
      await demo.dispose()
      proxyPrompt.dispose()
      await pools.close()
    },
  }
}
