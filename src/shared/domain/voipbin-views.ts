import { z } from 'zod'

import { problemMessage } from '../i18n/problem'

import { replaceAllConsentShape, replaceAllSaveSchema } from './replace-all'
import type { VoipbinAgent } from './voipbin'
import { addressesSchema, agentStatusSchema, MAX_ADDRESSES, newAgentSchema } from './voipbin-forms'

/**
 * What the VoIPbin agents screen asks of main and receives, checked at the IPC boundary. An
 * agent's view has no password field at all: VoIPbin never returns it, and should a future
 * answer carry one, parsing drops it before it can reach the renderer.
 */
const accountId = z.uuid()
// The same rule the client applies before putting the id in a path.
const agentId = z.string().regex(/^[\w-]{1,100}$/, problemMessage('voipbin:problems.agentId'))

/** An address as VoIPbin holds it; types beyond the ones AgentDesk edits are shown as they are. */
export const voipbinAddressViewSchema = z.object({
  type: z.string(),
  target: z.string(),
  targetName: z.string().optional(),
  name: z.string().optional(),
  detail: z.string().optional(),
})
export type VoipbinAddressView = z.infer<typeof voipbinAddressViewSchema>

export const voipbinAgentViewSchema = z.object({
  id: z.string(),
  customerId: z.string().nullable(),
  username: z.string(),
  name: z.string(),
  detail: z.string(),
  ringMethod: z.string(),
  status: z.string(),
  permission: z.number(),
  tagIds: z.array(z.string()).readonly(),
  addresses: z.array(voipbinAddressViewSchema).readonly(),
  directHash: z.string().nullable(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
})
export type VoipbinAgentView = z.infer<typeof voipbinAgentViewSchema>

/** The agent as the renderer may see it: the fields named here and nothing else. */
export function toAgentView(agent: VoipbinAgent): VoipbinAgentView {
  return {
    id: agent.id,
    customerId: agent.customerId,
    username: agent.username,
    name: agent.name,
    detail: agent.detail,
    ringMethod: agent.ringMethod,
    status: agent.status,
    permission: agent.permission,
    tagIds: [...agent.tagIds],
    addresses: agent.addresses.map(({ type, target, targetName, name, detail }) => ({
      type,
      target,
      ...(targetName ? { targetName } : {}),
      ...(name ? { name } : {}),
      ...(detail ? { detail } : {}),
    })),
    directHash: agent.directHash,
    createdAt: agent.createdAt,
    updatedAt: agent.updatedAt,
  }
}

/** One page of GET /agents; a null token means the last page. */
export const voipbinAgentPageSchema = z.object({
  agents: z.array(voipbinAgentViewSchema).readonly(),
  nextPageToken: z.string().nullable(),
})
export type VoipbinAgentPage = z.infer<typeof voipbinAgentPageSchema>

/** Saving an agent's addresses: the list as opened, the list wanted, and what the user agreed to. */
export const addressSaveRequestSchema = z
  .object({
    accountId,
    agentId,
    /** As VoIPbin held them when the editor opened: compared, never sent, so not re-checked. */
    base: z.array(voipbinAddressViewSchema).max(MAX_ADDRESSES * 4),
    desired: addressesSchema,
    ...replaceAllConsentShape,
  })
  .strict()
export type AddressSaveRequest = z.infer<typeof addressSaveRequestSchema>

/** What came of it: saved, nothing to do, a removal to confirm, or a change made elsewhere to see. */
export const addressSaveSchema = replaceAllSaveSchema(
  z.array(voipbinAddressViewSchema).readonly(),
  { agent: voipbinAgentViewSchema },
  { agent: voipbinAgentViewSchema },
)
export type AddressSave = z.infer<typeof addressSaveSchema>

/** The new hash and the SIP URI that now reaches the agent directly (the old one no longer does). */
export const regeneratedHashSchema = z.object({ agent: voipbinAgentViewSchema, sipUri: z.string() })
export type RegeneratedHash = z.infer<typeof regeneratedHashSchema>

/** The VoIPbin operations of the IPC contract; every one names the account it acts on. */
export const voipbinRequests = {
  listAgents: z
    .object({
      accountId,
      pageToken: z.string().min(1).max(1000).optional(),
      pageSize: z
        .number()
        .int()
        .min(1, problemMessage('voipbin:problems.pageSize'))
        .max(100, problemMessage('voipbin:problems.pageSize')),
      status: z.enum(['available', 'away', 'busy', 'offline', 'ringing']).optional(),
    })
    .strict(),
  createAgent: z.object({ accountId, agent: newAgentSchema }).strict(),
  setStatus: z.object({ accountId, agentId, status: agentStatusSchema }).strict(),
  saveAddresses: addressSaveRequestSchema,
  regenerateHash: z.object({ accountId, agentId }).strict(),
}
