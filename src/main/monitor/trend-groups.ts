import type { LiveState } from '../../shared/domain/live'

import type { TrendFigures } from './queue-trends'

/** What the board knows of a call's groups: its AloHub callin queues and its Tel4vn domain. */
export interface CallGroups {
  readonly accountId: string
  /** The callin queues of the extension, from a monitored AloHub account; null: unknown. */
  readonly queueIds: ReadonlyArray<number> | null
  /** Tel4vn's domain; null for providers without one (VoIPbin: the account is the group). */
  readonly domainName: string | null
}

/**
 * The figure groups a call counts in, by the keys `QueueFigures` documents: each of its queues,
 * and its domain, or its account when it has none. A missed call counts once in each.
 */
export function groupKeysOf(call: CallGroups): string[] {
  const queues = (call.queueIds ?? []).map((id) => `queue:${id}`)
  const place = call.domainName ? `domain:${call.accountId}:${call.domainName}` : `account:${call.accountId}`
  return [...new Set([...queues, place])]
}

/**
 * Ringing and on-call counts per group from the board's calls: what the trends need of the
 * figures until the figures module (issue 16, item 2) feeds them its own on each poll.
 */
export function trendFiguresOf(live: Pick<LiveState, 'calls' | 'queues'>): TrendFigures[] {
  const queueLabels = new Map(live.queues.map((queue) => [queue.id, queue.label]))
  const groups = new Map<string, TrendFigures & { ringing: number; onCalls: number }>()
  for (const call of live.calls) {
    for (const key of groupKeysOf(call)) {
      let group = groups.get(key)
      if (!group) {
        group = { key, ...groupNaming(key, call), ringing: 0, onCalls: 0 }
        groups.set(key, group)
      }
      if (call.state === 'ringing') group.ringing += 1
      else group.onCalls += 1
    }
  }
  // Known queues with nothing going on are still counted: a quiet minute is a zero, not a gap.
  for (const [id, label] of queueLabels) {
    const key = `queue:${id}`
    if (!groups.has(key)) groups.set(key, { key, kind: 'queue', label: label ?? `Queue ${id}`, ringing: 0, onCalls: 0 })
  }
  return [...groups.values()]

  function groupNaming(key: string, call: LiveState['calls'][number]): Pick<TrendFigures, 'kind' | 'label'> {
    if (key.startsWith('queue:')) {
      const id = Number(key.slice('queue:'.length))
      return { kind: 'queue', label: queueLabels.get(id) ?? `Queue ${id}` }
    }
    if (key.startsWith('domain:')) return { kind: 'domain', label: call.domainName ?? call.accountLabel }
    return { kind: 'account', label: call.accountLabel }
  }
}
