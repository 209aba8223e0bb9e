import type { AccountView } from '../../../shared/domain/accounts'
import type { Alert, AgentCount, LiveCall, PresenceChange } from '../../../shared/domain/live'

/** A notification a watcher asks for; the monitor applies pause and de-duplication. */
export interface NotificationRequest {
  /** Stable per event: the same id is never notified twice. */
  readonly id: string
  readonly title: string
  readonly body: string
  /** Other ids this notification speaks for (the calls of a burst); all are marked notified. */
  readonly covers?: ReadonlyArray<string>
}

/** What a watcher may do with what it saw. */
export interface WatcherContext {
  readonly account: AccountView
  now(): string
  /** Whether an event id was notified before (on any poll, connection or run). */
  wasNotified(id: string): boolean
  /** Shows what is not paused and not notified before; returns the ids (and covered ids) shown. */
  notify(requests: ReadonlyArray<NotificationRequest>): ReadonlySet<string>
  alert(alerts: ReadonlyArray<Omit<Alert, 'accountId' | 'accountLabel' | 'at'>>): void
  presence(
    changes: ReadonlyArray<Omit<PresenceChange, 'accountId' | 'accountLabel' | 'at'>>,
    count?: Omit<AgentCount, 'accountId' | 'accountLabel'>,
  ): void
  /** Something on the board changed: publish it. */
  changed(): void
}

/** One thing the monitor watches on one account. */
export interface Watcher {
  readonly kind: string
  readonly intervalMs: number
  /** Fetches and handles one poll; throws to report a failure. */
  poll(signal: AbortSignal): Promise<void>
  /** Calls currently ringing or on call, for the board. */
  calls?(): ReadonlyArray<LiveCall>
  /** Calls ringing that concern this user, for the tray. */
  ringingCount?(): number
}
