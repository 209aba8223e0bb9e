import type { VoipbinAddress } from '../../../../shared/domain/voipbin'
import { addressIdentity } from '../../../../shared/domain/voipbin-forms'
import { toAgentView, type AddressSave, type AddressSaveRequest } from '../../../../shared/domain/voipbin-views'
import { OperationError } from '../../../ipc/operation-error'
import { guardedReplace, type ReplaceAllList } from '../../http/guarded-replace'
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

/** An agent's addresses: the same place to ring is the same type and target; any other field is a change. */
export const addressList: ReplaceAllList<VoipbinAddress> = {
  same(a, b) {
    if (a.length !== b.length) return false
    const keys = (list: ReadonlyArray<VoipbinAddress>) => list.map(fullKey).sort().join('\n')
    return keys(a) === keys(b)
  },
  plan(current, desired) {
    const currentIds = new Set(current.map(addressIdentity))
    const desiredIds = new Set(desired.map(addressIdentity))
    return {
      added: desired.filter((address) => !currentIds.has(addressIdentity(address))),
      removed: current.filter((address) => !desiredIds.has(addressIdentity(address))),
    }
  },
}

/**
 * VoIPbin's PUT /agents/{id}/addresses replaces the agent's whole list: the guarded save
 * (`guardedReplace`) reads the agent afresh, refuses a list that moved since the editor opened,
 * asks before any address is removed, and sends the complete list.
 *
 * An empty list is a valid state (new agents have none) but the one write that wipes everything,
 * so it is sent only when the user confirmed removing every address AND VoIPbin still holds
 * exactly the list the editor showed. "Overwrite" never empties a list the user has not seen:
 * they reload the current addresses and remove those.
 */
export async function saveAgentAddresses(client: VoipbinClient, request: AddressSaveInput): Promise<AddressSave> {
  const outcome = await guardedReplace(
    addressList,
    {
      read: () => client.getAgent(request.agentId),
      itemsOf: (agent) => agent.addresses.map(clean),
      refuse: ({ held, unmoved, desired }) => {
        if (desired.length > 0 || unmoved) return
        throw new OperationError('not_allowed', {
          code: 'problems:voipbin.addressesMoved',
          params: { username: held.username },
        })
      },
      write: (desired) => client.replaceAddresses(request.agentId, desired),
    },
    { ...request, desired: request.desired.map(clean) },
  )
  switch (outcome.outcome) {
    case 'changed_elsewhere':
    case 'confirm_removal':
      return outcome
    case 'unchanged':
      return { outcome: 'unchanged', agent: toAgentView(outcome.held) }
    case 'saved': {
      const { added, removed, answer, interrupted } = outcome
      // Some VoIPbin writes answer with nothing; the agent is then read once more.
      const saved =
        ('confirmed' in answer ? answer.confirmed : answer.written) ?? (await client.getAgent(request.agentId))
      return { outcome: 'saved', agent: toAgentView(saved), added, removed, ...(interrupted ? { interrupted } : {}) }
    }
  }
}
