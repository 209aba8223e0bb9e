import type { TFunction } from 'i18next'

import { settableVoipbinStatuses, type SettableVoipbinStatus } from '../../../../../shared/domain/voipbin'
import { ringMethods, voipbinAddressTypes, type VoipbinAddressType } from '../../../../../shared/domain/voipbin-forms'
import type { VoipbinAgentView } from '../../../../../shared/domain/voipbin-views'

/** The agent in a few words: the name and the username, or the username alone. */
export function agentLabel(agent: Pick<VoipbinAgentView, 'name' | 'username'>): string {
  return agent.name.trim() && agent.name !== agent.username ? `${agent.name} (${agent.username})` : agent.username
}

/** The types the address editor can save; VoIPbin may hold others. */
export const isEditableType = (type: string): type is VoipbinAddressType =>
  (voipbinAddressTypes as ReadonlyArray<string>).includes(type)

/** "Phone number", or the type as VoIPbin named it when AgentDesk does not know it. */
export const typeLabel = (type: string, t: TFunction<'voipbin'>): string =>
  isEditableType(type) ? t(`addressType.${type}`) : t('rows.unknownType', { type })

/** One address in words: "Phone number +84912345678". */
export const describeAddress = (
  address: { readonly type: string; readonly target: string },
  t: TFunction<'voipbin'>,
): string => t('rows.describe', { type: typeLabel(address.type, t), target: address.target })

/** Several addresses in words, one after the other. */
export const listAddresses = (
  addresses: ReadonlyArray<{ readonly type: string; readonly target: string }>,
  t: TFunction<'voipbin'>,
): string => addresses.map((address) => describeAddress(address, t)).join(t('editor.listSeparator'))

export const isSettableStatus = (status: string): status is SettableVoipbinStatus =>
  (settableVoipbinStatuses as ReadonlyArray<string>).includes(status)

/** The ring method in words, or as VoIPbin named it. */
export const ringMethodWords = (method: string, t: TFunction<'voipbin'>): string =>
  (ringMethods as ReadonlyArray<string>).includes(method)
    ? t(`ringMethod.${method as (typeof ringMethods)[number]}`)
    : method || t('ringMethod.notSet')

/**
 * The SIP URI a direct hash answers on. The same rule as main's directSipUri: current answers
 * carry the "direct." prefix in the hash itself, older ones did not.
 */
export function directSipUriOf(directHash: string): string {
  const local = directHash.startsWith('direct.') ? directHash : `direct.${directHash}`
  return `sip:${local}@sip.voipbin.net`
}
