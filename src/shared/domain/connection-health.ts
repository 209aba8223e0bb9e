import type { Problem } from '../i18n/problem'
import { problemWords, type Translate } from '../i18n/problem-words'

import type { MonitorStatus } from './live'
import type { ProviderId } from './providers'

/**
 * How an account's connection to its provider is doing, in the words the tray, Accounts and Live
 * all use: connecting; connected by live push; connected and polled (the provider has no push);
 * polling because live push is down; failing since a time; paused (asleep, offline). An account
 * that listens to the team relay has its own words: connecting to it, through it, cut off from it
 * (with or without polling the provider directly), or the relay itself unable to reach the provider.
 */
export type HealthKind =
  | 'starting'
  | 'push'
  | 'connected'
  | 'polling'
  | 'failing'
  | 'paused'
  | 'relayStarting'
  | 'relay'
  | 'relayUnreachable'
  | 'relayFallback'
  | 'relayFailing'

export interface ConnectionHealth {
  readonly kind: HealthKind
  readonly provider: ProviderId
  /** When failing began (ISO); null otherwise. */
  readonly since: string | null
  /** Why it fails or is paused; null when all is well, or when the words of `kind` say it all. */
  readonly problem: Problem | null
  readonly pollSeconds: number | null
}

/** Reads a monitor's status line as connection health. */
export function connectionHealth(status: MonitorStatus): ConnectionHealth {
  const base = { provider: status.provider, since: null, problem: null, pollSeconds: status.pollSeconds }
  if (status.channel === 'relay' && status.state !== 'paused') {
    const relay = relayHealth(status, base)
    if (relay) return relay
  }
  switch (status.state) {
    case 'starting':
      return { ...base, kind: 'starting' }
    case 'paused':
      return { ...base, kind: 'paused', problem: status.problem }
    case 'error':
      return { ...base, kind: 'failing', since: failingSince(status), problem: status.problem }
    case 'ok':
      if (status.push === 'connected') return { ...base, kind: 'push' }
      // Push that never starts (no customer id) is not "down": the account is simply polled.
      if (status.push === 'down' && status.pushReason !== 'no_customer_id') return { ...base, kind: 'polling' }
      return { ...base, kind: 'connected' }
  }
}

/**
 * The relay's cases; null where the generic words fit (polling the provider directly and that
 * failing too: the provider's own problem is what to read).
 */
function relayHealth(status: MonitorStatus, base: Omit<ConnectionHealth, 'kind'>): ConnectionHealth | null {
  switch (status.pushReason) {
    case 'relay_unreachable':
      return {
        ...base,
        kind: 'relayUnreachable',
        since: status.state === 'error' ? failingSince(status) : null,
        // "Cannot be reached" is what the words say already; a refused password or missing TLS is news.
        problem: status.problem?.code === 'problems:relay.unreachable' ? null : status.problem,
      }
    case 'relay_fallback':
      return status.state === 'error' ? null : { ...base, kind: 'relayFallback' }
    case 'relay_failing': {
      // The relay's own "since" (it knows when it lost the provider), and its reason after it.
      const sinceMs =
        status.problem?.code === 'problems:relay.providerFailing' ? status.problem.params?.['sinceMs'] : null
      return {
        ...base,
        kind: 'relayFailing',
        since: typeof sinceMs === 'number' ? new Date(sinceMs).toISOString() : failingSince(status),
        problem:
          status.problem?.code === 'problems:relay.providerFailing' ? (status.problem.next ?? null) : status.problem,
      }
    }
    default:
      if (status.state === 'starting' || status.push === 'connecting') return { ...base, kind: 'relayStarting' }
      if (status.state === 'ok' && status.push === 'connected') return { ...base, kind: 'relay' }
      return null
  }
}

function failingSince(status: MonitorStatus): string | null {
  return status.failingSince ?? status.lastSuccessAt
}

/** The kinds whose words say "since {{time}}" when a time is known (the key's `Since` variant). */
const sinceKinds: ReadonlySet<HealthKind> = new Set(['failing', 'relayUnreachable', 'relayFailing'])

/**
 * One line: "Connected · live push · checked every 15 s" (with push up, the interval is the reconcile
 * poll's, which may be slower than the account's setting), "Failing since 09:12: Timed out waiting
 * for AloHub (Support desk) to answer", "Team relay unreachable since 09:12 — calls may be missed".
 * `formatTime` gives the time of day in the language shown.
 */
export function healthWords(t: Translate, health: ConnectionHealth, formatTime: (iso: string) => string): string {
  // A pause says why in its own words ("Paused while the computer sleeps.").
  if (health.kind === 'paused' && health.problem) return problemWords(t, health.problem)
  const options = {
    seconds: health.pollSeconds ?? '?',
    provider: t(`accounts:providers.${health.provider}`),
    ...(health.since ? { time: formatTime(health.since) } : {}),
  }
  const head = t(`live:health.${health.kind}${sinceKinds.has(health.kind) && health.since ? 'Since' : ''}`, options)
  return health.problem ? `${head}: ${problemWords(t, health.problem)}` : head
}
