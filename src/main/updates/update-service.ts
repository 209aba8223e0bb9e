import type { UpdateChannel, UpdateStatus, UpdateView, UpdatesOffReason } from '../../shared/domain/updates'
import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'

import type { UpdatePolicy } from './update-policy'
import type { UpdaterEvent, UpdaterPort } from './updater-port'

/** Every 6 hours: a fix reaches the desks the same working day without hammering the feed. */
export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000

export interface UpdateServiceOptions {
  /** Absent when the platform has no updater (the harness). */
  readonly port: UpdaterPort | undefined
  readonly currentVersion: string
  readonly policy: UpdatePolicy
  /** Why this install never updates itself (install-kind.ts); null: it may. */
  readonly installBlocker: UpdatesOffReason | null
  readonly clock: Clock
  readonly logger: Logger
  /** The user's channel, from settings. */
  readonly savedChannel: () => UpdateChannel
  readonly saveChannel: (channel: UpdateChannel) => void
  /** Each change of the view (Settings listens; the tray takes the ready version). */
  readonly onChange: (view: UpdateView) => void
}

export interface UpdateService {
  view(): UpdateView
  /** Checks now (Settings' "Check now"); ignored while a check or download runs or updates are off. */
  checkNow(): UpdateView
  setChannel(channel: UpdateChannel): UpdateView
  /** "Restart to update": quits and installs; false when nothing is ready. */
  restartToUpdate(): boolean
  dispose(): void
}

/**
 * The update state machine: idle → checking → available → downloading n% → ready, or error, or
 * disabled with its reason. Checks at start and every 6 hours on the injected clock.
 *
 * Staged rollout stays electron-updater's decision: the service downloads only after the updater
 * said 'available', which it says only to a user inside the rollout (`stagingPercentage` of the
 * feed against this install's own id); nothing here forces a download or a downgrade.
 */
export function createUpdateService(options: UpdateServiceOptions): UpdateService {
  const { port, policy, clock, logger } = options
  const offReason: UpdatesOffReason | null = !policy.updatesAllowed
    ? 'policy'
    : (options.installBlocker ?? (port ? null : 'development'))
  if (policy.warning) logger.warn(`updates: ${policy.warning}`)
  let status: UpdateStatus = offReason ? { status: 'disabled', reason: offReason } : { status: 'idle', checkedAt: null }
  let timer: unknown
  let disposed = false

  const channel = (): UpdateChannel => policy.channel ?? options.savedChannel()
  const view = (): UpdateView => ({
    currentVersion: options.currentVersion,
    state: status,
    channel: channel(),
    locked: policy.source !== null,
    policySource: policy.source,
  })
  const moveTo = (next: UpdateStatus) => {
    status = next
    options.onChange(view())
  }

  const busy = () => status.status === 'checking' || status.status === 'downloading' || status.status === 'available'
  const check = () => {
    if (!port || offReason || busy() || disposed) return
    // A failure comes as an 'error' event; a rejection anyway must not go unhandled.
    port.check().catch((error: unknown) => onEvent({ type: 'error', failure: 'failed', detail: String(error) }))
  }
  const scheduleNext = () => {
    timer = clock.setTimeout(() => {
      // A downloaded update waits for the restart: checking again would only fetch it again.
      if (status.status !== 'ready') check()
      scheduleNext()
    }, CHECK_INTERVAL_MS)
  }

  const onEvent = (event: UpdaterEvent) => {
    if (disposed) return
    switch (event.type) {
      case 'checking':
        return moveTo({ status: 'checking' })
      case 'not-available':
        return moveTo({ status: 'idle', checkedAt: clock.now().toISOString() })
      case 'available':
        moveTo({ status: 'available', version: event.version, releaseNotes: event.releaseNotes })
        port?.download().catch((error: unknown) => onEvent({ type: 'error', failure: 'failed', detail: String(error) }))
        return
      case 'progress': {
        const version = 'version' in status ? status.version : ''
        const percent = Math.min(100, Math.max(0, Math.round(event.percent)))
        return moveTo({ status: 'downloading', version, percent })
      }
      case 'downloaded':
        logger.info(`updates: ${event.version} downloaded, ready to install`)
        return moveTo({ status: 'ready', version: event.version, releaseNotes: event.releaseNotes })
      case 'error':
        logger.warn(`updates: ${event.failure}`, { detail: event.detail })
        return moveTo({ status: 'error', failure: event.failure })
    }
  }

  const stopListening = port?.onEvent(onEvent)
  if (port && !offReason) {
    port.setChannel(channel())
    check()
    scheduleNext()
  } else {
    logger.info(`updates: off (${offReason ?? 'none'})`)
  }

  return {
    view,
    checkNow() {
      check()
      return view()
    },
    setChannel(next) {
      if (policy.channel !== null) return view()
      options.saveChannel(next)
      if (port && !offReason) {
        port.setChannel(next)
        check()
      }
      const current = view()
      options.onChange(current)
      return current
    },
    restartToUpdate() {
      if (!port || status.status !== 'ready') return false
      logger.info(`updates: restarting to install ${status.version}`)
      port.quitAndInstall()
      return true
    },
    dispose() {
      disposed = true
      if (timer !== undefined) clock.clearTimeout(timer)
      stopListening?.()
    },
  }
}
