import { z } from 'zod'

import type { FigureGroupKind, QueueFigures } from '../../shared/domain/queue-figures'
import { figureGroupKindSchema } from '../../shared/domain/queue-figures'
import { MAX_TREND_GROUPS, TREND_MINUTES, type QueueTrend } from '../../shared/domain/queue-trends'

/** What the trends take from a group's figures. */
export type TrendFigures = Pick<QueueFigures, 'key' | 'kind' | 'label' | 'ringing' | 'onCalls'>

const MINUTE_MS = 60_000
const NO_SAMPLE = -1
// Typed arrays hold the samples: a count past these is kept at the ceiling (no floor rings 32,767 calls at once).
const MAX_FIGURE = 0x7fff
const MAX_MISSED = 0xffff

/**
 * One group's hour as a ring of 60 slots, one per minute: slot = minute mod 60, and `minutes`
 * says which minute a slot holds, so an old slot is simply out of date, never shifted or cleared.
 */
interface Series {
  kind: FigureGroupKind
  /** Null until figures name the group (a missed call may come first). */
  label: string | null
  readonly minutes: Int32Array
  /** -1: no poll counted the group in that minute. */
  readonly ringing: Int16Array
  readonly onCalls: Int16Array
  readonly missed: Uint16Array
  /** The latest minute with a sample: a group silent for an hour is dropped. */
  last: number
}

/** The samples as kept in a file: `[minute since the epoch, ringing, on calls, missed]`, -1 for none. */
export const storedTrendsSchema = z.object({
  version: z.literal(1),
  groups: z
    .array(
      z.object({
        key: z.string().max(500),
        kind: figureGroupKindSchema,
        label: z.string().max(500).nullable(),
        samples: z
          .array(
            z.tuple([
              z.number().int(),
              z.number().int().min(NO_SAMPLE).max(MAX_FIGURE),
              z.number().int().min(NO_SAMPLE).max(MAX_FIGURE),
              z.number().int().min(0).max(MAX_MISSED),
            ]),
          )
          .max(TREND_MINUTES),
      }),
    )
    .max(MAX_TREND_GROUPS),
})
export type StoredTrends = z.infer<typeof storedTrendsSchema>

/**
 * The last hour of each group's figures, one sample per minute (ringing and on calls: the most
 * seen in the minute's polls; missed: how many). Pure: every call says what time it is, so a test
 * drives it minute by minute. Memory is bounded: 60 slots per group, groups silent for an hour are
 * dropped, and at most MAX_TREND_GROUPS groups are followed.
 */
export interface QueueTrendRecorder {
  /** One poll's figures. */
  record(figures: ReadonlyArray<TrendFigures>, at: Date): void
  /** A missed call, counted once in each group it belonged to. */
  missed(groupKeys: ReadonlyArray<string>, at: Date): void
  /** Every named group's hour up to `at`'s minute, queues first, then domains, then accounts. */
  trends(at: Date): QueueTrend[]
  /** The samples of the last hour, for the file. */
  save(at: Date): StoredTrends
  /** Takes the samples of a file back, dropping those older than an hour. */
  restore(stored: StoredTrends, at: Date): void
  clear(): void
  /** How many groups are followed. */
  readonly size: number
}

const minuteOf = (at: Date) => Math.floor(at.getTime() / MINUTE_MS)
const slotOf = (minute: number) => ((minute % TREND_MINUTES) + TREND_MINUTES) % TREND_MINUTES
const kindOrder: Record<FigureGroupKind, number> = { queue: 0, domain: 1, account: 2 }

function newSeries(kind: FigureGroupKind, label: string | null): Series {
  return {
    kind,
    label,
    minutes: new Int32Array(TREND_MINUTES).fill(NO_SAMPLE),
    ringing: new Int16Array(TREND_MINUTES).fill(NO_SAMPLE),
    onCalls: new Int16Array(TREND_MINUTES).fill(NO_SAMPLE),
    missed: new Uint16Array(TREND_MINUTES),
    last: NO_SAMPLE,
  }
}

/** Points a series' slot at a minute, emptying it when it held an older one; answers the slot. */
function slotFor(series: Series, minute: number): number {
  const slot = slotOf(minute)
  if (series.minutes[slot] !== minute) {
    series.minutes[slot] = minute
    series.ringing[slot] = NO_SAMPLE
    series.onCalls[slot] = NO_SAMPLE
    series.missed[slot] = 0
  }
  if (minute > series.last) series.last = minute
  return slot
}

/** Creates an empty recorder. */
export function createQueueTrendRecorder(): QueueTrendRecorder {
  const groups = new Map<string, Series>()
  let prunedAt = NO_SAMPLE

  // At most once a minute: groups with nothing in the last hour go.
  const prune = (minute: number) => {
    if (minute === prunedAt) return
    prunedAt = minute
    for (const [key, series] of groups) if (series.last <= minute - TREND_MINUTES) groups.delete(key)
  }
  const seriesOf = (key: string, kind: FigureGroupKind, label: string | null): Series | undefined => {
    const known = groups.get(key)
    if (known) return known
    if (groups.size >= MAX_TREND_GROUPS) return undefined
    const series = newSeries(kind, label)
    groups.set(key, series)
    return series
  }

  return {
    record(figures, at) {
      const minute = minuteOf(at)
      prune(minute)
      for (const group of figures) {
        const series = seriesOf(group.key, group.kind, group.label)
        if (!series) continue
        series.kind = group.kind
        series.label = group.label
        const slot = slotFor(series, minute)
        series.ringing[slot] = Math.max(series.ringing[slot] ?? NO_SAMPLE, Math.min(group.ringing, MAX_FIGURE))
        series.onCalls[slot] = Math.max(series.onCalls[slot] ?? NO_SAMPLE, Math.min(group.onCalls, MAX_FIGURE))
      }
    },
    missed(groupKeys, at) {
      const minute = minuteOf(at)
      prune(minute)
      // A key figures have not named yet is followed as a queue until they do (they set its kind and label).
      for (const key of new Set(groupKeys)) {
        const series = seriesOf(key, 'queue', null)
        if (!series) continue
        const slot = slotFor(series, minute)
        series.missed[slot] = Math.min((series.missed[slot] ?? 0) + 1, MAX_MISSED)
      }
    },
    trends(at) {
      const now = minuteOf(at)
      const named: Array<[string, Series & { label: string }]> = []
      for (const [key, series] of groups) {
        if (series.label !== null && series.last > now - TREND_MINUTES)
          named.push([key, { ...series, label: series.label }])
      }
      named.sort(
        ([, a], [, b]) =>
          kindOrder[a.kind] - kindOrder[b.kind] || a.label.localeCompare(b.label, undefined, { numeric: true }),
      )
      return named.map(([key, series]) => {
        const ringing: Array<number | null> = []
        const onCalls: Array<number | null> = []
        const missed: number[] = []
        for (let minute = now - TREND_MINUTES + 1; minute <= now; minute += 1) {
          const slot = slotOf(minute)
          const current = series.minutes[slot] === minute
          const ring = current ? (series.ringing[slot] ?? NO_SAMPLE) : NO_SAMPLE
          const busy = current ? (series.onCalls[slot] ?? NO_SAMPLE) : NO_SAMPLE
          ringing.push(ring === NO_SAMPLE ? null : ring)
          onCalls.push(busy === NO_SAMPLE ? null : busy)
          missed.push(current ? (series.missed[slot] ?? 0) : 0)
        }
        return { key, kind: series.kind, label: series.label, ringing, onCalls, missed }
      })
    },
    save(at) {
      const now = minuteOf(at)
      return {
        version: 1,
        groups: [...groups].flatMap(([key, series]) => {
          const samples: StoredTrends['groups'][number]['samples'] = []
          for (let slot = 0; slot < TREND_MINUTES; slot += 1) {
            const minute = series.minutes[slot] ?? NO_SAMPLE
            if (minute <= now - TREND_MINUTES || minute > now) continue
            samples.push([
              minute,
              series.ringing[slot] ?? NO_SAMPLE,
              series.onCalls[slot] ?? NO_SAMPLE,
              series.missed[slot] ?? 0,
            ])
          }
          samples.sort((a, b) => a[0] - b[0])
          return samples.length > 0 ? [{ key, kind: series.kind, label: series.label, samples }] : []
        }),
      }
    },
    restore(stored, at) {
      const now = minuteOf(at)
      for (const group of stored.groups) {
        // A sample from more than an hour ago, or from a clock that ran ahead, is not this hour's.
        const recent = group.samples.filter(([minute]) => minute > now - TREND_MINUTES && minute <= now)
        if (recent.length === 0) continue
        const series = seriesOf(group.key, group.kind, group.label)
        if (!series) continue
        for (const [minute, ringing, onCalls, missed] of recent) {
          const slot = slotFor(series, minute)
          series.ringing[slot] = Math.max(series.ringing[slot] ?? NO_SAMPLE, ringing)
          series.onCalls[slot] = Math.max(series.onCalls[slot] ?? NO_SAMPLE, onCalls)
          series.missed[slot] = Math.min((series.missed[slot] ?? 0) + missed, MAX_MISSED)
        }
      }
    },
    clear() {
      groups.clear()
    },
    get size() {
      return groups.size
    },
  }
}
