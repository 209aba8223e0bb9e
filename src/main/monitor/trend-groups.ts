import type { ProviderId } from '../../shared/domain/providers'

/** What the board knows of a missed call's groups: its AloHub callin queues and its Tel4vn domain. */
export interface CallGroups {
  readonly accountId: string
  readonly provider: ProviderId
  /** The callin queues of the extension, from a monitored AloHub account; null: unknown. */
  readonly queueIds: ReadonlyArray<number> | null
  /** Tel4vn's domain; null when the row names none, and for providers without one. */
  readonly domainName: string | null
}

/**
 * The figure groups a missed call counts in, once each, by the keys the figures module gives its
 * tiles (`monitor/queue-figures.ts`): each of its queues, and its Tel4vn domain (a call without
 * one under the account's empty domain) or its VoIPbin account.
 */
export function groupKeysOf(call: CallGroups): string[] {
  const queues = (call.queueIds ?? []).map((id) => `queue:${id}`)
  const place =
    call.provider === 'tel4vn'
      ? [`domain:${call.accountId}:${call.domainName ?? ''}`]
      : call.provider === 'voipbin'
        ? [`account:${call.accountId}`]
        : []
  return [...new Set([...queues, ...place])]
}
