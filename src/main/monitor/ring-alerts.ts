import type { IncomingRing, RingSettings, RingState } from '../../shared/domain/ring'

/** A call ringing for this user as the board has it, and whether its account is an agent's. */
export interface RingingCall extends IncomingRing {
  readonly agentAccount: boolean
}

/** What the ring alerts need: where notifications close, the pause, the setting and who to tell. */
export interface RingAlertsDeps {
  /** Closes a native notification (or the harness's in-page one). */
  readonly closeNotification: (id: string) => void
  /** The one place the ring asks whether the user is paused (pause / do-not-disturb). */
  readonly paused: () => boolean
  readonly settings: () => RingSettings
  readonly onChange: (state: RingState) => void
}

/**
 * The alerts of calls ringing for this user, keyed by call id. A ring lasts while the board
 * shows the call ringing for the user, the user has not dismissed it and alerts are not paused;
 * when it stops, the app closes its notification itself, so no "ringing" toast outlives the ring.
 */
export interface RingAlerts {
  /** The gate showed a ring notification announcing these calls (one, or a burst). */
  shown(notificationId: string, callIds: ReadonlyArray<string>): void
  /** The calls ringing for this user now; the rest have been answered or have ended. */
  sync(ringing: ReadonlyArray<RingingCall>): void
  /** The user dismissed one ring (the window, the toast, or opened it); every ring when no id. */
  dismiss(callId?: string): void
  /** The pause or the setting changed. */
  refresh(): void
  state(): RingState
}

export function createRingAlerts(deps: RingAlertsDeps): RingAlerts {
  let ringing: ReadonlyArray<RingingCall> = []
  const dismissed = new Set<string>()
  /** Notification id → the calls it announces; it closes when none of them rings any more. */
  const notifications = new Map<string, ReadonlySet<string>>()
  let published = ''

  const active = () => (deps.paused() ? [] : ringing.filter((call) => !dismissed.has(call.callId)))

  const state = (): RingState => {
    const calls = active()
    const { incomingWindow } = deps.settings()
    const window =
      incomingWindow === 'always' || (incomingWindow === 'agents' && calls.some((call) => call.agentAccount))
    return {
      rings: calls.map(({ agentAccount: _agentAccount, ...ring }) => ring),
      window: calls.length > 0 && window,
    }
  }

  const settle = () => {
    const live = new Set(active().map((call) => call.callId))
    for (const [id, callIds] of notifications) {
      if ([...callIds].some((callId) => live.has(callId))) continue
      notifications.delete(id)
      deps.closeNotification(id)
    }
    const next = state()
    const serialised = JSON.stringify(next)
    if (serialised === published) return
    published = serialised
    deps.onChange(next)
  }

  return {
    shown(notificationId, callIds) {
      notifications.set(notificationId, new Set(callIds))
    },
    sync(calls) {
      ringing = calls
      // A dismissal lasts as long as that ring: a call id that rings again later is a new ring.
      const now = new Set(calls.map((call) => call.callId))
      for (const id of dismissed) if (!now.has(id)) dismissed.delete(id)
      settle()
    },
    dismiss(callId) {
      for (const call of ringing) if (callId === undefined || call.callId === callId) dismissed.add(call.callId)
      settle()
    },
    refresh: settle,
    state,
  }
}
