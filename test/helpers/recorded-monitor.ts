import { createAccountClients } from '../../src/main/accounts/account-clients'
import type { AccountService } from '../../src/main/accounts/account-service'
import type { Clock } from '../../src/main/core/clock'
import { createLiveMonitor, type LiveMonitor, type TrayCounts } from '../../src/main/monitor/live-monitor'
import type { MissedCallReport } from '../../src/main/monitor/missed-call-log'
import { createNotificationPause } from '../../src/main/notifications/notification-pause'
import type { PoolRegistry } from '../../src/main/providers/http/pool-registry'
import type { SettingsRepository } from '../../src/main/settings/settings-repository'
import type { LiveState } from '../../src/shared/domain/live'
import { applyLiveUpdate, emptyLiveBoard, type LiveUpdate } from '../../src/shared/domain/live-update'

import { recordingLogger } from './recording-logger'

/** A live monitor on a test's clock whose notifications, board and tray are kept for asserts. */
export interface RecordedMonitor {
  readonly monitor: LiveMonitor
  /** Notification titles with the clock's time when each was shown. */
  readonly notified: Array<{ title: string; at: number }>
  /** The same titles alone, in order. */
  readonly notifications: string[]
  /** The board after each update, as a renderer following the updates from the start holds it. */
  readonly live: LiveState[]
  /** The updates as main sent them. */
  readonly updates: LiveUpdate[]
  readonly tray: TrayCounts[]
  /** Titles of the notifications asked to stay until acted on. */
  readonly persistent: string[]
  /** Clicks the last notification with this title, as the desktop would. */
  click(title: string): void
  /** Addresses the screen pop opened in the browser, in order. */
  readonly opened: string[]
  /** What clicks brought forward on the Live screen (a call or alert id). */
  readonly livesOpened: Array<string | undefined>
  /** Calls that ended unanswered on the board, whoever they rang for (the queue trends count them). */
  readonly missedOnBoard: MissedCallReport[]
}

/** Builds the monitor as the app does, with recording sinks in place of the desktop. */
export function recordedMonitor(deps: {
  readonly accounts: AccountService
  readonly settings: SettingsRepository
  readonly pools: PoolRegistry
  readonly clock: Clock
}): RecordedMonitor {
  const notified: Array<{ title: string; at: number }> = []
  const notifications: string[] = []
  const live: LiveState[] = []
  const updates: LiveUpdate[] = []
  let board = emptyLiveBoard
  // Every monitor test follows the board through its updates, as the renderer does: an update
  // that does not apply to the board before it is a broken publisher, and fails the test.
  const follow = (update: LiveUpdate) => {
    updates.push(update)
    const next = applyLiveUpdate(board, update)
    if (!next) throw new Error(`update ${update.version} does not apply on version ${board.version}`)
    board = next
    live.push(next)
  }
  const tray: TrayCounts[] = []
  const clicks = new Map<string, () => void>()
  const persistent: string[] = []
  const opened: string[] = []
  const livesOpened: Array<string | undefined> = []
  const missedOnBoard: MissedCallReport[] = []
  const monitor = createLiveMonitor({
    accounts: deps.accounts,
    settings: deps.settings,
    pause: createNotificationPause(deps.settings, deps.clock, () => undefined),
    notifier: {
      show: ({ title, onClick, persistent: stays }) => {
        if (onClick) clicks.set(title, onClick)
        if (stays) persistent.push(title)
        notified.push({ title, at: deps.clock.now().getTime() })
        notifications.push(title)
      },
    },
    clients: createAccountClients({ accounts: deps.accounts, pools: deps.pools }),
    clock: deps.clock,
    logger: recordingLogger(),
    random: () => 0.5,
    onLiveChanged: follow,
    onAlertsChanged: () => undefined,
    onTray: (counts) => tray.push(counts),
    openLive: (focus) => void livesOpened.push(focus),
    screenPopOpener: { open: async (url) => void opened.push(url) },
    onMissedOnBoard: (calls) => void missedOnBoard.push(...calls),
  })
  const click = (title: string) => {
    const action = clicks.get(title)
    if (!action) throw new Error(`no notification "${title}" to click`)
    action()
  }
  return {
    monitor,
    notified,
    notifications,
    live,
    updates,
    tray,
    click,
    opened,
    livesOpened,
    persistent,
    missedOnBoard,
  }
}
