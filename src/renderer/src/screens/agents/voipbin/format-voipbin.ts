import { settableVoipbinStatuses, type SettableVoipbinStatus } from '../../../../../shared/domain/voipbin'
import {
  addressTypeLabels,
  ringMethodLabels,
  voipbinAddressTypes,
  type VoipbinAddressType,
} from '../../../../../shared/domain/voipbin-forms'
import type { VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'

/** The agent in a few words: the name and the username, or the username alone. */
export function agentLabel(agent: Pick<VoipbinAgentView, 'name' | 'username'>): string {
  return agent.name.trim() && agent.name !== agent.username ? `${agent.name} (${agent.username})` : agent.username
}

/** The types the address editor can save; VoIPbin may hold others. */
export const isEditableType = (type: string): type is VoipbinAddressType =>
  (voipbinAddressTypes as ReadonlyArray<string>).includes(type)

/** "Phone number", or the type as VoIPbin named it when AgentDesk does not know it. */
export const typeLabel = (type: string): string => (isEditableType(type) ? addressTypeLabels[type] : `"${type}"`)

/** One address in words: "Phone number +84912345678". */
export const describeAddress = (address: { readonly type: string; readonly target: string }): string =>
  `${typeLabel(address.type)} ${address.target}`

export const isSettableStatus = (status: string): status is SettableVoipbinStatus =>
  (settableVoipbinStatuses as ReadonlyArray<string>).includes(status)

/** The ring method in words, or as VoIPbin named it. */
export const ringMethodWords = (method: string): string =>
  method in ringMethodLabels ? ringMethodLabels[method as keyof typeof ringMethodLabels] : method || 'not set'

/**
 * The SIP URI a direct hash answers on. The same rule as main's directSipUri: current answers
 * carry the "direct." prefix in the hash itself, older ones did not.
 */
export function directSipUriOf(directHash: string): string {
  const local = directHash.startsWith('direct.') ? directHash : `direct.${directHash}`
  return `sip:${local}@sip.voipbin.net`
}
