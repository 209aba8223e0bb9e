import type { VoipbinAgent } from '../../../../shared/domain/voipbin'
import type { WatcherContext } from '../../../monitor/watchers/watcher'
import type { VoipbinClient } from '../voipbin-client'

/** A status change as the presence tracker reports it. */
interface StatusChange {
  readonly agentId: string
  readonly from: string | null
  readonly to: string
}

/**
 * The rings that ended unanswered. VoIPbin's agent status is the only call state it gives: the
 * system moves an agent available → ringing → busy when the call is taken. A ring followed by any
 * other status (available, away, offline, none) ended before the agent answered: missed. An agent
 * who left the list is not counted (removed, not rung). `ringIdOf` names each ring as it was
 * before this change, so the missed alert and the ring's own alert speak of the same ring.
 */
export function missedRings(
  changes: ReadonlyArray<StatusChange>,
  agents: ReadonlyMap<string, VoipbinAgent>,
  ringIdOf: (agentId: string) => string | undefined,
): Array<{ readonly agent: VoipbinAgent; readonly ringId: string }> {
  return changes.flatMap((change) => {
    if (change.from !== 'ringing' || change.to === 'busy') return []
    const agent = agents.get(change.agentId)
    const ringId = ringIdOf(change.agentId)
    return agent && ringId ? [{ agent, ringId }] : []
  })
}

/**
 * After a missed call, sets the agent away (the account's choice, agents only) with the one call
 * VoIPbin's document shows for it, `PUT /agents/{id}/status`, and says so on the desktop and in
 * the history. Only an agent left "available" is switched: that is the status in which VoIPbin
 * offers the next call; one already away, offline or busy on another call is left as they are.
 */
export function setAwayAfterMissed(
  client: Pick<VoipbinClient, 'setStatus'>,
  context: WatcherContext,
  missed: { readonly agent: VoipbinAgent; readonly ringId: string },
): Promise<void> {
  const { agent, ringId } = missed
  const { account } = context
  if (!account.voipbinAwayAfterMissed || account.role.kind !== 'agent' || agent.status !== 'available') {
    return Promise.resolve()
  }
  const name = agent.name || agent.username
  const report = (kind: 'away_set' | 'away_failed') => {
    const text = context.text()
    const id = `${kind}:${ringId}`
    const shown = context.notify([
      {
        id,
        title: kind === 'away_set' ? text.awaySet(name) : text.awayFailed(name),
        body: kind === 'away_set' ? text.awaySetBody(account.label) : account.label,
      },
    ])
    context.alert([{ id, kind, subject: name, detail: null, notified: shown.has(id) }])
    context.changed()
  }
  return client.setStatus(agent.id, 'away').then(
    () => report('away_set'),
    // The failure itself is the provider's to word; the agent needs to know to set it by hand.
    () => report('away_failed'),
  )
}
