import { z } from 'zod'

import type { CallGroups } from './trend-groups'

/** How many missed calls a day's log holds; past it the oldest go, and the export says how many. */
export const MAX_MISSED_CALLS_PER_DAY = 20_000

/** A missed call as a watcher reports it, with where the board places it. */
export interface MissedCallReport extends CallGroups {
  /** The call's (Tel4vn) or ring's (VoIPbin) id: the missed alert's is `missed:<id>`. */
  readonly callId: string
  readonly accountLabel: string
  /** Tel4vn's extension; VoIPbin's agent username. */
  readonly extension: string
  /** The agent's name as the provider gives it; null when it gives none. */
  readonly agentName: string | null
  /** The number that received the call (Tel4vn's `destination`); null when the provider does not say. */
  readonly calledNumber: string | null
  /** Whether the user hears about it: the same calls the Missed alerts come from. */
  readonly concerned: boolean
}

const queueSchema = z.object({ id: z.number().int(), label: z.string().max(500).nullable() })

/** One line of the day's log: names, numbers and ids as the providers gave them, never a secret. */
export const missedCallEntrySchema = z.object({
  callId: z.string().max(500),
  at: z.iso.datetime(),
  accountId: z.string().max(500),
  accountLabel: z.string().max(500),
  extension: z.string().max(500),
  agentName: z.string().max(500).nullable(),
  calledNumber: z.string().max(100).nullable(),
  queues: z.array(queueSchema).max(500),
})
export type MissedCallEntry = z.infer<typeof missedCallEntrySchema>

/** The log as kept in its file. */
export const storedMissedCallsSchema = z.object({
  version: z.literal(1),
  /** The local day the entries belong to ("2026-12-03"). */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Earlier calls of the day that the bound pushed out. */
  dropped: z.number().int().nonnegative(),
  entries: z.array(missedCallEntrySchema).max(MAX_MISSED_CALLS_PER_DAY),
})
export type StoredMissedCalls = z.infer<typeof storedMissedCallsSchema>

/** The day's missed calls, oldest first, and how many earlier ones the bound pushed out. */
export interface MissedCallDay {
  readonly day: string
  readonly entries: ReadonlyArray<MissedCallEntry>
  readonly dropped: number
  /** The bound the log keeps (said in the export when calls were dropped). */
  readonly limit: number
}

/**
 * The missed calls of the current local day (midnight to now). Pure: every call says what time it
 * is, so a test drives it across midnight. Bounded: past `limit` the oldest entries go and are counted.
 */
export interface MissedCallLog {
  /** Records the calls (an id already logged today is not logged twice: a push and a poll may both report it). */
  add(entries: ReadonlyArray<MissedCallEntry>, at: Date): void
  day(at: Date): MissedCallDay
  save(at: Date): StoredMissedCalls
  /** Takes a file's entries back when they are of `at`'s day; yesterday's are dropped. */
  restore(stored: StoredMissedCalls, at: Date): void
}

/** "2026-12-03" for a time in the zone given (the computer's own by default). */
export function localDayOf(timeZone: string | undefined): (at: Date) => string {
  // Swedish writes dates as ISO does; only the format is borrowed.
  const format = new Intl.DateTimeFormat('sv-SE', {
    ...(timeZone ? { timeZone } : {}),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  return (at) => format.format(at)
}

/** Creates an empty log. */
export function createMissedCallLog(
  options: { readonly timeZone?: string; readonly limit?: number } = {},
): MissedCallLog {
  const limit = options.limit ?? MAX_MISSED_CALLS_PER_DAY
  const dayOf = localDayOf(options.timeZone)
  let day = ''
  let entries: MissedCallEntry[] = []
  let ids = new Set<string>()
  let dropped = 0

  // A new day begins with an empty log.
  const turnTo = (at: Date) => {
    const today = dayOf(at)
    if (today === day) return
    day = today
    entries = []
    ids = new Set()
    dropped = 0
  }

  const add = (fresh: ReadonlyArray<MissedCallEntry>, at: Date) => {
    turnTo(at)
    for (const entry of fresh) {
      if (ids.has(entry.callId)) continue
      ids.add(entry.callId)
      entries.push(entry)
    }
    if (entries.length > limit) {
      const over = entries.length - limit
      for (const gone of entries.splice(0, over)) ids.delete(gone.callId)
      dropped += over
    }
  }

  return {
    add,
    day(at) {
      turnTo(at)
      return { day, entries, dropped, limit }
    },
    save(at) {
      turnTo(at)
      return { version: 1, day, dropped, entries: [...entries] }
    },
    restore(stored, at) {
      turnTo(at)
      if (stored.day !== day) return
      const known = entries
      entries = []
      ids = new Set()
      dropped += stored.dropped
      add([...stored.entries, ...known], at)
    },
  }
}
