import type { Problem } from '../i18n/problem'
import { problemWords, type Translate } from '../i18n/problem-words'

import type { MonitorStatus } from './live'

/**
 * How an account's connection to its provider is doing, in the words the tray, Accounts and Live
 * all use: connecting; connected by live push; connected and polled (the provider has no push);
 * polling because live push is down; failing since a time; paused (asleep, offline).
 */
export type HealthKind = 'starting' | 'push' | 'connected' | 'polling' | 'failing' | 'paused'

export interface ConnectionHealth {
  readonly kind: HealthKind
  /** When failing began (ISO); null otherwise. */
  readonly since: string | null
  /** Why it fails or is paused; null when all is well. */
  readonly problem: Problem | null
  readonly pollSeconds: number | null
}

/** Reads a monitor's status line as connection health. */
export function connectionHealth(status: MonitorStatus): ConnectionHealth {
  const base = { since: null, problem: null, pollSeconds: status.pollSeconds }
  switch (status.state) {
    case 'starting':
      return { ...base, kind: 'starting' }
    case 'paused':
      return { ...base, kind: 'paused', problem: status.problem }
    case 'error':
      return {
        ...base,
        kind: 'failing',
        since: status.failingSince ?? status.lastSuccessAt,
        problem: status.problem,
      }
    case 'ok':
      if (status.push === 'connected') return { ...base, kind: 'push' }
      // Push that never starts (no customer id) is not "down": the account is simply polled.
      if (status.push === 'down' && status.pushReason !== 'no_customer_id') return { ...base, kind: 'polling' }
      return { ...base, kind: 'connected' }
  }
}

/**
 * One line: "Connected · live push · checked every 15 s" (with push up, the interval is the reconcile
 * poll's, which may be slower than the account's setting), "Failing since 09:12: Timed out waiting
 * for AloHub (Support desk) to answer". `formatTime` gives the time of day in the language shown.
 */
export function healthWords(t: Translate, health: ConnectionHealth, formatTime: (iso: string) => string): string {
  const seconds = health.pollSeconds ?? '?'
  // A pause says why in its own words ("Paused while the computer sleeps.").
  if (health.kind === 'paused' && health.problem) return problemWords(t, health.problem)
  const head =
    health.kind === 'failing'
      ? health.since
        ? t('live:health.failingSince', { time: formatTime(health.since) })
        : t('live:health.failing')
      : t(`live:health.${health.kind}`, { seconds })
  return health.problem ? `${head}: ${problemWords(t, health.problem)}` : head
}
