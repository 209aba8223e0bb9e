import { z } from 'zod'

/** "1"/"0" as documented; a number or boolean is tolerated from a server that differs. */
const successFlag = z.union([z.string(), z.number(), z.boolean()])

/** The envelope every AloHub answer carries. */
export const alohubEnvelopeSchema = z.looseObject({
  success: successFlag,
  error_code: z.string().nullish(),
  error_message: z.string().nullish(),
})

/** One agent as AloHub sends it; agentId stays a string because of its leading zeros. */
export const alohubAgentWireSchema = z.looseObject({
  tenantId: z.union([z.number(), z.string()]).nullish(),
  tenantName: z.string().nullish(),
  agentId: z.string().min(1),
  status: z.number(),
  userName: z.string().nullish(),
  queueCallin: z.string().nullish(),
  queueCallout: z.number().nullish(),
  queueCalloutName: z.string().nullish(),
  queueCallinId: z.string().nullish(),
  isFollowMe: z.number().nullish(),
  priority: z.string().nullish(),
  systemStatus: z.string().nullish(),
  userStatus: z.string().nullish(),
})
export type AlohubAgentWire = z.infer<typeof alohubAgentWireSchema>

export const alohubAgentListSchema = alohubEnvelopeSchema.extend({
  totalRecord: z.number().int().nonnegative(),
  data: z.array(alohubAgentWireSchema),
})

/** PUT answers carry only the envelope. */
export const alohubWriteResultSchema = alohubEnvelopeSchema
