import type { AccountView } from '../../shared/domain/accounts'
import type { MonitorStatus } from '../../shared/domain/live'
import type { Problem } from '../../shared/i18n/problem'

import type { PollerStatus } from './poller'
import type { PushStatus, Watcher } from './watchers/watcher'

/**
 * The longest wait between failed polls of a watcher that hears rings: a call may ring for half a
 * minute, and a minute's backoff could let it come and go unseen. A provider's Retry-After may
 * still ask for longer.
 */
export const RING_WATCH_MAX_BACKOFF_MS = 10_000

/** Failures lasting more than this many intervals make a ring-hearing watcher "blind". */
const BLIND_AFTER_INTERVALS = 2

/** Whether a watcher can hear rings now, and if not since when, and when to look again. */
export interface Blindness {
  /** The last good poll (or the first failure, when none was good), ISO; null while it hears. */
  readonly since: string | null
  /** When it turns blind if nothing changes before (ms since epoch); null when nothing is due. */
  readonly checkAt: number | null
}

/**
 * A watcher that hears rings is blind while its polls have failed for more than two intervals
 * and no push channel brings rings instead. Paused is not blind: the pause says why itself.
 */
export function blindness(
  watcher: Watcher,
  poller: PollerStatus,
  push: PushStatus | undefined,
  now: number,
): Blindness {
  if (!watcher.hearsRings || poller.paused || poller.failingSince === null || push?.state === 'connected') {
    return { since: null, checkAt: null }
  }
  const blindAt = poller.failingSince + BLIND_AFTER_INTERVALS * poller.intervalMs
  if (now <= blindAt) return { since: null, checkAt: blindAt + 1 }
  return { since: new Date(poller.lastSuccessAt ?? poller.failingSince).toISOString(), checkAt: null }
}

/** One account's line on the Live screen. */
export function monitorStatus(
  account: AccountView,
  poller: PollerStatus,
  push: PushStatus | undefined,
  pausedBecause: Problem | null,
  blindSince: string | null,
): MonitorStatus {
  const paused = poller.paused ? pausedBecause : null
  return {
    accountId: account.id,
    accountLabel: account.label,
    provider: account.provider,
    state: poller.paused ? 'paused' : poller.lastError ? 'error' : poller.lastSuccessAt ? 'ok' : 'starting',
    problem: paused ?? poller.lastError,
    lastSuccessAt: poller.lastSuccessAt ? new Date(poller.lastSuccessAt).toISOString() : null,
    push: push?.state ?? null,
    pushReason: push?.state === 'down' ? push.reason : null,
    ...(push?.channel ? { channel: push.channel } : {}),
    pollSeconds: poller.intervalMs / 1000,
    blindSince,
    ...(poller.failingSince !== null && !poller.paused
      ? { failingSince: new Date(poller.failingSince).toISOString() }
      : {}),
  }
}

/** Whether the Live screen's line changed enough to publish. */
export function statusChanged(before: MonitorStatus, next: MonitorStatus): boolean {
  return (
    next.state !== before.state ||
    JSON.stringify(next.problem) !== JSON.stringify(before.problem) ||
    next.push !== before.push ||
    next.channel !== before.channel ||
    next.pushReason !== before.pushReason ||
    next.pollSeconds !== before.pollSeconds ||
    next.blindSince !== before.blindSince ||
    next.failingSince !== before.failingSince
  )
}
