import { z } from 'zod'

import type { AlohubAgent } from '../../shared/domain/alohub'
import { alohubAgentViewSchema } from '../../shared/domain/alohub-views'
import { liveCallSchema } from '../../shared/domain/live'
import { queueFiguresSchema } from '../../shared/domain/queue-figures'
import { problemSchema } from '../../shared/i18n/problem'

/**
 * What the relay writes and desks read (RELAY_PROTOCOL_VERSION 1). Fields a newer relay adds are
 * dropped, not refused, so desks keep working while a relay is upgraded; a change desks must
 * understand is a new `v`. Every message names the relay's `epoch`: the history its revisions
 * count in. A relay that restarts on its own bucket keeps the epoch and goes on counting; one that
 * finds the bucket empty starts a new epoch, and a desk that sees a new epoch reads everything
 * again instead of trusting its revisions.
 */
const version = z.literal(1)
const isoTime = z.iso.datetime({ offset: true })

/** A call as the provider's monitor reported it, nothing of the desk's own (MonitoredCall). */
export const relayedCallSchema = liveCallSchema.pick({
  callId: true,
  state: true,
  direction: true,
  extension: true,
  agentName: true,
  username: true,
  userId: true,
  destination: true,
  startedAt: true,
  domainName: true,
})

export type RelayedCall = z.infer<typeof relayedCallSchema>

/** How many missed calls an extension's entry remembers, and for how long. */
export const MISSED_KEPT = 50
export const MISSED_KEPT_MS = 60 * 60 * 1000

/** One extension's present state: KV key `<provider>.ext.<extension>`. */
export const extensionEntrySchema = z.object({
  v: version,
  epoch: z.string().min(1),
  /** Counts this extension's changes; an event carries the revision it produces. */
  revision: z.number().int().nonnegative(),
  calls: z.array(relayedCallSchema),
  /** Calls of this extension the relay saw ring and end unanswered, newest first (at most 50, one hour). */
  missed: z.array(z.object({ at: isoTime, call: relayedCallSchema })),
})

export type ExtensionEntry = z.infer<typeof extensionEntrySchema>

export const callChangeKindSchema = z.enum(['ringing', 'answered', 'ended', 'missed'])

/** What changed on one extension in one poll: subject `agentdesk.<tenant>.<provider>.ext.<extension>`. */
export const extensionEventSchema = z.object({
  v: version,
  epoch: z.string().min(1),
  /** The entry's revision after these changes: a desk that holds revision - 1 applies them, else reads the entry. */
  revision: z.number().int().positive(),
  at: isoTime,
  changes: z.array(z.object({ kind: callChangeKindSchema, call: relayedCallSchema })).min(1),
})

export type ExtensionEvent = z.infer<typeof extensionEventSchema>

/** The extensions that have an entry, with its revision: KV key `<provider>.index`. */
export const indexEntrySchema = z.object({
  v: version,
  epoch: z.string().min(1),
  /** Keyed by the extension as the provider gives it (not its subject token). */
  extensions: z.record(z.string(), z.number().int().nonnegative()),
})

export type IndexEntry = z.infer<typeof indexEntrySchema>

/** Whether the relay reaches the provider: KV key `<provider>.status`, subject `agentdesk.<tenant>.<provider>.status`. */
export const relayStatusSchema = z.object({
  v: version,
  epoch: z.string().min(1),
  state: z.enum(['starting', 'ok', 'failing']),
  /** Since when the state holds. */
  since: isoTime,
  lastPollAt: isoTime.nullable(),
  /** Why polls fail, as a catalog code (secrets scrubbed by the HTTP layer); null when they don't. */
  problem: problemSchema.nullable(),
  intervalMs: z.number().int().positive(),
  /** The admin lets desks poll the provider themselves while the relay cannot be reached. */
  deskFallback: z.boolean(),
})

export type RelayStatus = z.infer<typeof relayStatusSchema>

/** How often the relay writes its status while nothing changes, so desks can tell a relay that stopped. */
export const STATUS_HEARTBEAT_MS = 30_000

/**
 * How long a desk waits, from hearing a status, before it takes the relay for stopped: two missed
 * heartbeats and one poll. nats-server may stay up while the relay is gone, so the link alone cannot tell.
 */
export function relaySilenceMs(status: RelayStatus): number {
  return 2 * STATUS_HEARTBEAT_MS + status.intervalMs
}

/** The tenant's queue figures: KV key `figures`, subject `agentdesk.<tenant>.figures` (supervisors only). */
export const figuresEntrySchema = z.object({
  v: version,
  epoch: z.string().min(1),
  at: isoTime,
  figures: z.array(queueFiguresSchema),
})

export type FiguresEntry = z.infer<typeof figuresEntrySchema>

/**
 * One AloHub agent exactly as the app's AloHub client maps it (shared/domain/alohub.ts), AloHub's
 * own fields. Not strict: fields a newer relay adds are dropped by desks, not refused.
 */
export const relayedAlohubAgentSchema = alohubAgentViewSchema satisfies z.ZodType<AlohubAgent>

/**
 * The tenant's AloHub agents, every page flattened: KV key `alohub.agents`, and the whole entry
 * again on subject `agentdesk.<tenant>.alohub.agents` when the list changes (supervisors only).
 */
export const alohubAgentsEntrySchema = z.object({
  v: version,
  epoch: z.string().min(1),
  /** Counts the list's changes: a desk keeps the entry with the highest revision of its epoch. */
  revision: z.number().int().nonnegative(),
  agents: z.array(relayedAlohubAgentSchema),
})
export type AlohubAgentsEntry = z.infer<typeof alohubAgentsEntrySchema>
