import { computeQueueFigures } from '../../main/monitor/queue-figures'
import type { QueueMembership } from '../../main/monitor/watchers/watcher'
import type { FiguresEntry } from '../../main/relay-protocol/relay-entries'
import type { MonitoredCall } from '../../shared/domain/calls'
import type { QueueFigures } from '../../shared/domain/queue-figures'
import { defaultQueueThresholds } from '../../shared/domain/queue-thresholds'

/**
 * A tenant's queue figures, by the app's own computeQueueFigures: Tel4vn's calls per domain and,
 * with an AloHub account, per callin queue. Figures name the tenant's accounts by the tenant id
 * (`<tenant>` for Tel4vn, `<tenant>.alohub` for AloHub); a desk shows them under its own labels.
 * Levels use the default thresholds: a desk applies its own from the counts.
 */
export function createTenantFigures(tenant: string, epoch: string) {
  const domains = new Set<string>()
  const firstSeen = new Map<string, { state: string; at: string }>()
  let memberships: ReadonlyArray<QueueMembership> = []
  let lastJson = ''

  return {
    memberships(next: ReadonlyArray<QueueMembership>): void {
      memberships = next
    },
    /** The figures entry when the figures differ from the last one returned, else null. */
    update(calls: ReadonlyArray<MonitoredCall>, now: Date): FiguresEntry | null {
      const iso = now.toISOString()
      const present = new Set<string>()
      for (const call of calls) {
        present.add(call.callId)
        if (call.domainName !== null) domains.add(call.domainName)
        const seen = firstSeen.get(call.callId)
        // The time a call was first seen in its state: how long it has been ringing.
        if (seen?.state !== call.state) firstSeen.set(call.callId, { state: call.state, at: iso })
      }
      for (const callId of firstSeen.keys()) if (!present.has(callId)) firstSeen.delete(callId)
      const queuesOf = queueIndex(memberships)
      const figures = computeQueueFigures({
        calls: calls.map((call) => ({
          ...call,
          accountId: tenant,
          accountLabel: tenant,
          queueIds: queuesOf.get(call.extension) ?? null,
          concerned: true,
          seenAt: firstSeen.get(call.callId)?.at ?? iso,
        })),
        accounts: [{ id: tenant, label: tenant, provider: 'tel4vn' }],
        memberships:
          memberships.length > 0 ? [{ account: { id: `${tenant}.alohub`, label: tenant }, members: memberships }] : [],
        agentStatuses: new Map(),
        domains: new Map([[tenant, domains]]),
        thresholds: defaultQueueThresholds,
        queueLabel: (id) => `Queue ${id}`,
        now: now.getTime(),
      })
      const json = JSON.stringify(figures satisfies QueueFigures[])
      if (json === lastJson) return null
      lastJson = json
      return { v: 1, epoch, at: iso, figures }
    },
  }
}

function queueIndex(memberships: ReadonlyArray<QueueMembership>): Map<string, number[]> {
  const index = new Map<string, number[]>()
  for (const member of memberships) if (!index.has(member.extension)) index.set(member.extension, [...member.queueIds])
  return index
}
