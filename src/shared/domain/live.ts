import { z } from 'zod'

import { problemSchema } from '../i18n/problem'

import { liveFilterSchema } from './live-filter'
import { providerIdSchema } from './providers'
import { queueFiguresSchema } from './queue-figures'

/** A call on the live board: what the monitor saw, and on which account. */
export const liveCallSchema = z.object({
  callId: z.string(),
  state: z.enum(['ringing', 'on_call']),
  /** Null when the provider does not say (a VoIPbin agent's ring): never guessed. */
  direction: z.enum(['inbound', 'outbound']).nullable(),
  extension: z.string(),
  agentName: z.string().nullable(),
  username: z.string().nullable(),
  userId: z.string().nullable(),
  /** The number that receives the call, as the provider names it; null when it does not say. */
  destination: z.string().nullable(),
  startedAt: z.string().nullable(),
  domainName: z.string().nullable(),
  accountId: z.string(),
  accountLabel: z.string(),
  /** The callin queues of the extension, from a monitored AloHub account; null: unknown. */
  queueIds: z.array(z.number().int()).nullable(),
  /** Whether this user hears about it: their own extension, or through the supervisor's filter. */
  concerned: z.boolean(),
  /** When this desktop first saw the call in its current state (ISO), for durations. */
  seenAt: z.string(),
})
export type LiveCall = z.infer<typeof liveCallSchema>

/**
 * Why a push channel is not connected, as a code the renderer puts into words: the token names
 * no customer (an access key) and the account has no customer id; the token could not be read;
 * the server refused the token for push (401/403); it has no push here (another HTTP status);
 * it could not be reached; the connection dropped; or the proxy refused its credentials.
 */
export const pushReasonSchema = z.enum([
  'no_customer_id',
  'no_token',
  'refused',
  'unavailable',
  'unreachable',
  'dropped',
  'proxy_refused',
  // The team relay (monitor/relay/): cut off; cut off and the desk polls the provider itself; the relay cannot poll;
  // the desk's NATS user may not see what the account asks for.
  'relay_unreachable',
  'relay_fallback',
  'relay_failing',
  'relay_not_allowed',
])
export type PushReason = z.infer<typeof pushReasonSchema>

/** What the board says of one account: which one, by id and by the label the user gave it. */
const ofAccountSchema = z.object({
  accountId: z.string(),
  accountLabel: z.string(),
})

/** How one monitored account is doing. */
export const monitorStatusSchema = ofAccountSchema.extend({
  provider: providerIdSchema,
  state: z.enum(['starting', 'ok', 'error', 'paused']),
  /** Why it is paused or failing, as a problem the renderer words; null when all is well. */
  problem: problemSchema.nullable(),
  lastSuccessAt: z.string().nullable(),
  /** The push channel, where the provider has one (VoIPbin); null when the account is polled only. */
  push: z.enum(['connecting', 'connected', 'down']).nullable(),
  /** `relay`: that channel is the team relay (monitor/relay/), not the provider's own push; absent: the provider's. */
  channel: z.literal('relay').optional(),
  /** When the current run of failed polls began (ISO); absent while polls succeed or the monitor is paused. */
  failingSince: z.iso.datetime().optional(),
  /** A watcher of rings has failed for more than two intervals: calls may be missed since then (ISO). */
  blindSince: z.iso.datetime().nullable(),
  /** Why push is down; null while it connects or is connected, and for accounts polled only. */
  pushReason: pushReasonSchema.nullable(),
  /** Seconds between polls as things stand (shorter while push is down); null before the first. */
  pollSeconds: z.number().positive().nullable(),
})
export type MonitorStatus = z.infer<typeof monitorStatusSchema>

/** A person's presence as it changed (AloHub, VoIPbin). */
export const presenceChangeSchema = ofAccountSchema.extend({
  agentId: z.string(),
  name: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  at: z.iso.datetime(),
})
export type PresenceChange = z.infer<typeof presenceChangeSchema>

/** How many of an account's agents are reachable. */
export const agentCountSchema = ofAccountSchema.extend({
  online: z.number().int(),
  total: z.number().int(),
})
export type AgentCount = z.infer<typeof agentCountSchema>

/** One entry of the alert history. */
export const alertSchema = ofAccountSchema.extend({
  id: z.string(),
  /**
   * `away_set` / `away_failed`: VoIPbin, the agent set to away after a missed call, as the user chose.
   * `queue_alert` / `queue_normal`: a queue or team crossed into its alert level, or back to normal
   * (subject: its label; detail: its figures then).
   */
  kind: z.enum([
    'ringing',
    'missed',
    'agent_ringing',
    'ai_failed',
    'away_set',
    'away_failed',
    'queue_alert',
    'queue_normal',
  ]),
  /** Who or what: "111 (Liam Wilson)", "Trần Thị Lan", "bookingAgent". */
  subject: z.string(),
  /** What else there is to say: the error, for instance. */
  detail: z.string().nullable(),
  /** The number that received the call (Tel4vn's destination), shown as "to …"; absent when not a call. */
  calledNumber: z.string().nullable().optional(),
  at: z.iso.datetime(),
  /** False when notifications were paused or the event was not for this user. */
  notified: z.boolean(),
  /** A missed call: false until the user opens the alert history (the tray counts these). */
  seen: z.boolean().optional(),
})
export type Alert = z.infer<typeof alertSchema>

/** A queue the filter can offer: its id and, where AloHub names it, its label. */
export const knownQueueSchema = z.object({ id: z.number().int(), label: z.string().nullable() })
export type KnownQueue = z.infer<typeof knownQueueSchema>

/** Everything the Live screen shows. */
export const liveStateSchema = z.object({
  filter: liveFilterSchema,
  /** Queues known from monitored AloHub accounts; empty when there is none. */
  queues: z.array(knownQueueSchema),
  calls: z.array(liveCallSchema),
  monitors: z.array(monitorStatusSchema),
  presence: z.array(presenceChangeSchema),
  agentCounts: z.array(agentCountSchema),
  /** The supervisor board's figures per AloHub callin queue, Tel4vn domain and VoIPbin account. */
  figures: z.array(queueFiguresSchema),
})
export type LiveState = z.infer<typeof liveStateSchema>
