import { z } from 'zod'

export const voipbinAddressWireSchema = z.looseObject({
  type: z.string(),
  target: z.string(),
  target_name: z.string().nullish(),
  name: z.string().nullish(),
  detail: z.string().nullish(),
})

export const voipbinAgentWireSchema = z.looseObject({
  id: z.string().min(1),
  customer_id: z.string().nullish(),
  username: z.string(),
  name: z.string().nullish(),
  detail: z.string().nullish(),
  ring_method: z.string().nullish(),
  status: z.string().nullish(),
  permission: z.number().nullish(),
  tag_ids: z.array(z.string()).nullish(),
  addresses: z.array(voipbinAddressWireSchema).nullish(),
  direct_hash: z.string().nullish(),
  tm_create: z.string().nullish(),
  tm_update: z.string().nullish(),
  tm_delete: z.string().nullish(),
})
export type VoipbinAgentWire = z.infer<typeof voipbinAgentWireSchema>

export const voipbinAgentListSchema = z.looseObject({
  result: z.array(voipbinAgentWireSchema).nullish(),
  next_page_token: z.string().nullish(),
})
