import type { AccountView } from '../../../shared/domain/accounts'
import type { Alert, AgentCount, LiveCall, PresenceChange, PushReason } from '../../../shared/domain/live'
import type { FilterSubject } from '../../../shared/domain/live-filter'
import type { ScreenPopValues } from '../../../shared/domain/screen-pop'
import type { DesktopText } from '../../i18n/desktop-text'

/** A notification a watcher asks for; the monitor applies pause and de-duplication. */
export interface NotificationRequest {
  /** Stable per event: the same id is never notified twice. */
  readonly id: string
  readonly title: string
  readonly body: string
  /** What a click brings into view (a call id, an alert id); the id when absent. */
  readonly focus?: string
  /** Other ids this notification speaks for (the calls of a burst); all are marked notified. */
  readonly covers?: ReadonlyArray<string>
  /** The call's values for the account's screen pop, when the notification is about one call. */
  readonly screenPop?: ScreenPopValues
  /** Stays until the user acts on it (a missed call). */
  readonly persistent?: boolean
  /** What a click does instead of bringing the Live screen forward (the monitor sets it). */
  readonly onClick?: () => void
  /** It announces calls ringing (id and covers): it stays until they stop ringing for the user. */
  readonly ring?: boolean
}

/** What a watcher may do with what it saw. */
export interface WatcherContext {
  readonly account: AccountView
  now(): string
  /** The desktop's words in the language the user chose (read at each use: it may change). */
  text(): DesktopText
  /** Whether an event id was notified before (on any poll, connection or run). */
  wasNotified(id: string): boolean
  /** Shows what is not paused and not notified before; returns the ids (and covered ids) shown. */
  notify(requests: ReadonlyArray<NotificationRequest>): ReadonlySet<string>
  alert(alerts: ReadonlyArray<Omit<Alert, 'accountId' | 'accountLabel' | 'at'>>): void
  presence(
    changes: ReadonlyArray<Omit<PresenceChange, 'accountId' | 'accountLabel' | 'at'>>,
    count?: AgentCountReport,
  ): void
  /** Who sits in which queue (AloHub), so a supervisor's queue filter can place calls. */
  queues(memberships: ReadonlyArray<QueueMembership>): void
  /** The queues an extension sits in, as far as any monitored account says; null: unknown. */
  queuesOf(extension: string): ReadonlyArray<number> | null
  /** Whether a supervisor's filter lets this through; always true for an agent's own calls. */
  wanted(subject: FilterSubject): boolean
  /** Something on the board changed: publish it. */
  changed(): void
  /**
   * Calls that ended unanswered, whoever they rang for (the queue trends count every one, not only
   * those the user hears about): each with what places it in its groups.
   */
  missedOnBoard?(calls: ReadonlyArray<MissedOnBoard>): void
}

/** What places a missed call in the board's groups. */
export interface MissedOnBoard {
  /** The callin queues of the extension it rang on; null: unknown. */
  readonly queueIds: ReadonlyArray<number> | null
  /** Tel4vn's domain; null where the provider has none. */
  readonly domainName: string | null
  /** The call's (Tel4vn) or ring's (VoIPbin) id, as its missed alert names it (`missed:<id>`). */
  readonly callId: string
  /** Tel4vn's extension; VoIPbin's agent username. */
  readonly extension: string
  readonly agentName: string | null
  /** The number that received the call (Tel4vn's `destination`); null when the provider does not say. */
  readonly calledNumber: string | null
  /** Whether the user hears about it (the day's missed-call log keeps these: the Missed alerts' calls). */
  readonly concerned: boolean
}

/** How many of an account's agents are reachable, and (VoIPbin) how many are in each status. */
export type AgentCountReport = Omit<AgentCount, 'accountId' | 'accountLabel'> & {
  /** Agents per status as the provider names them (VoIPbin's `status`, "" included); absent: not reported. */
  readonly byStatus?: Readonly<Record<string, number>>
}

/** One agent's queues, as AloHub reports them. */
export interface QueueMembership {
  readonly extension: string
  readonly queueIds: ReadonlyArray<number>
  /** AloHub's label when the agent sits in exactly one queue (it names that queue). */
  readonly label: string | null
  /** AloHub's `userStatus` (AVAILABLE / LOGOUT): not LOGOUT is logged in; null when AloHub leaves it out. */
  readonly loggedIn: boolean | null
  /** Logged in and AloHub's `systemStatus` AVAILABLE; null when either is left out. */
  readonly available: boolean | null
}

/** What a watcher with a push channel may ask of the monitor. */
export interface WatcherHooks {
  /** Poll now: the push channel came back and may have missed events. */
  refresh(): void
  /** The push channel changed state: update the status line. */
  statusChanged(): void
}

/** How a watcher's push channel is doing. */
export interface PushStatus {
  readonly state: 'connecting' | 'connected' | 'down'
  /** Why it is down; null otherwise. */
  readonly reason: PushReason | null
  /** `relay`: the channel is the team relay, not the provider's push (the words differ). */
  readonly channel?: 'relay'
}

/** One thing the monitor watches on one account. */
export interface Watcher {
  readonly kind: string
  /** A function when it depends on the push channel (connected: poll only to reconcile). */
  readonly intervalMs: number | (() => number)
  /**
   * Its polls are how rings are heard (calls, agents' phones): while they fail, calls can ring
   * unseen, so it backs off briefly and the user is told when it has been blind a while.
   */
  readonly hearsRings?: boolean
  /** Fetches and handles one poll; throws to report a failure. */
  poll(signal: AbortSignal): Promise<void>
  /** Calls currently ringing or on call, for the board. */
  calls?(): ReadonlyArray<LiveCall>
  /** Calls ringing that concern this user, for the tray. */
  ringingCount?(): number
  /** Opens long-lived channels beside the polls (started, woken, back online). */
  open?(hooks: WatcherHooks): void
  /** Closes them (stopped, asleep, offline). */
  close?(): void
  /** The push channel, for the status line; undefined when the watcher only polls. */
  push?(): PushStatus | undefined
}
