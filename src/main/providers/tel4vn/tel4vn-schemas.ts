import { z } from 'zod'

/** POST /v1/auth/token → a short-lived token and its expiry in unix seconds. */
export const tel4vnTokenSchema = z.looseObject({
  token: z.string().min(1),
  expired: z.number(),
  user_id: z.string().nullish(),
})

/** The document's call_time: "YYYY-MM-DD HH:MM:SS" (the schema and the monitor's fast check share it). */
export const LOCAL_TIME_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/
const localTime = z.string().regex(LOCAL_TIME_PATTERN, 'expected "YYYY-MM-DD HH:MM:SS"')

/**
 * One row of GET /v1/monitor/agent. Optional fields may be missing on a real server; unknown
 * ones are accepted and dropped (not copied: thousands of rows arrive every two seconds).
 */
export const tel4vnMonitorRowSchema = z.object({
  call_id: z.string().min(1),
  call_state: z.string(),
  direction: z.string().nullish(),
  extension: z.string(),
  agent_name: z.string().nullish(),
  username: z.string().nullish(),
  user_id: z.string().nullish(),
  destination: z.string().nullish(),
  call_time: localTime.nullish(),
  domain_name: z.string().nullish(),
})
export type Tel4vnMonitorRow = z.infer<typeof tel4vnMonitorRowSchema>

/** GET /v1/monitor/agent. Checked row by row in tel4vn-monitor-answer.ts first (same rules, faster). */
export const tel4vnMonitorSchema = z.looseObject({
  data: z.array(tel4vnMonitorRowSchema),
  total: z.number().int().nonnegative().nullish(),
})
export type Tel4vnMonitorAnswer = z.infer<typeof tel4vnMonitorSchema>
