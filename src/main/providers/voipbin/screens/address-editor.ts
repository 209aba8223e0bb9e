import type { VoipbinAddress } from '../../../../shared/domain/voipbin'
import { addressIdentity } from '../../../../shared/domain/voipbin-forms'
import { toAgentView, type AddressSave, type AddressSaveRequest } from '../../../../shared/domain/voipbin-views'
import { OperationError } from '../../../ipc/operation-error'
import { confirmedWrite } from '../../http/confirmed-write'
import type { VoipbinClient } from '../voipbin-client'

/** What saving an agent's addresses is asked to do (the IPC request without its account). */
export type AddressSaveInput = Omit<AddressSaveRequest, 'accountId'>

/** The address without empty optional fields: "" and absent mean the same to VoIPbin. */
function clean(address: VoipbinAddress): VoipbinAddress {
  const { type, target, targetName, name, detail } = address
  return {
    type,
    target,
    ...(targetName ? { targetName } : {}),
    ...(name ? { name } : {}),
    ...(detail ? { detail } : {}),
  }
}

/** Every field a person could have changed, so that a renamed address counts as a change. */
const fullKey = (address: VoipbinAddress) =>
  JSON.stringify([address.type, address.target, address.targetName ?? '', address.name ?? '', address.detail ?? ''])

/** The same addresses with the same fields, in any order. */
export function sameAddresses(a: ReadonlyArray<VoipbinAddress>, b: ReadonlyArray<VoipbinAddress>): boolean {
  if (a.length !== b.length) return false
  const keys = (list: ReadonlyArray<VoipbinAddress>) => list.map(fullKey).sort().join('\n')
  return keys(a) === keys(b)
}

/** Which places to ring a save adds and removes (a changed name or detail is neither). */
export function planAddressChange(
  current: ReadonlyArray<VoipbinAddress>,
  desired: ReadonlyArray<VoipbinAddress>,
): { added: VoipbinAddress[]; removed: VoipbinAddress[] } {
  const currentIds = new Set(current.map(addressIdentity))
  const desiredIds = new Set(desired.map(addressIdentity))
  return {
    added: desired.filter((address) => !currentIds.has(addressIdentity(address))),
    removed: current.filter((address) => !desiredIds.has(addressIdentity(address))),
  }
}

/**
 * VoIPbin's PUT /agents/{id}/addresses replaces the agent's whole list, so a save that started
 * from a stale list would silently undo someone else's change. This reads the agent afresh just
 * before writing, refuses when the list moved since the editor opened (unless the user chose to
 * overwrite), asks before any address is removed, and then sends the complete list.
 *
 * An empty list is a valid state (new agents have none) but the one write that wipes everything,
 * so it is sent only when the user confirmed removing every address AND VoIPbin still holds
 * exactly the list the editor showed. "Overwrite" never empties a list the user has not seen:
 * they reload the current addresses and remove those.
 */
export async function saveAgentAddresses(client: VoipbinClient, request: AddressSaveInput): Promise<AddressSave> {
  const desired = request.desired.map(clean)
  const agent = await client.getAgent(request.agentId)
  const current = agent.addresses.map(clean)
  const unmoved = sameAddresses(current, request.base)
  if (!unmoved && !request.overwrite) return { outcome: 'changed_elsewhere', current }
  if (sameAddresses(current, desired)) return { outcome: 'unchanged', agent: toAgentView(agent) }
  const { added, removed } = planAddressChange(current, desired)
  if (removed.length > 0 && !request.confirmRemoval) return { outcome: 'confirm_removal', added, removed }
  if (desired.length === 0 && !unmoved) {
    throw new OperationError('not_allowed', {
      code: 'problems:voipbin.addressesMoved',
      params: { username: agent.username },
    })
  }
  const result = await confirmedWrite(
    () => client.replaceAddresses(request.agentId, desired),
    // The answer was lost: the agent as VoIPbin now holds it says whether the PUT took effect.
    async () => {
      const after = await client.getAgent(request.agentId)
      return sameAddresses(after.addresses.map(clean), desired) ? after : undefined
    },
  )
  // Some VoIPbin writes answer with nothing; the agent is then read once more.
  const saved = result.confirmed ?? result.written ?? (await client.getAgent(request.agentId))
  const interrupted = result.interrupted ? { interrupted: result.interrupted } : {}
  return { outcome: 'saved', agent: toAgentView(saved), added, removed, ...interrupted }
}
