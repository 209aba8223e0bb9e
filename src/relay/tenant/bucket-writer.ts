import type { Logger } from '../../main/core/logger'

/** A message to send once the entry it describes is in the bucket. */
export interface FollowUp {
  readonly subject: string
  readonly value: unknown
}

/** Where a tenant's writes go: its KV bucket and plain publishes (the nats client buffers those). */
export interface BucketSink {
  put(key: string, data: Uint8Array): Promise<unknown>
  publish(subject: string, data: Uint8Array): void
}

/**
 * The messages still to send for a key: only the newest per subject. An event tells desks the
 * change to the revision before it; a desk that missed the older ones sees the gap and reads the
 * entry, which holds everything they said. Sending them late would only tell desks what is over:
 * after a NATS outage, a ring for a call that has long stopped ringing.
 */
function newestPerSubject(followUps: ReadonlyArray<FollowUp>): FollowUp[] {
  const newest = new Map<string, FollowUp>()
  for (const followUp of followUps) {
    newest.delete(followUp.subject)
    newest.set(followUp.subject, followUp)
  }
  return [...newest.values()]
}

/**
 * How soon a failed put is tried again. Real time, not the relay's clock: it waits on NATS, whose
 * own timeouts are real time, and a put lost in a server restart times out after the reconnect.
 */
const RETRY_MS = 1_000

/**
 * Writes a tenant's entries without ever holding up a poll: `write` only notes the key's newest
 * value; puts go out in the background, one per key at a time (so an older value never lands
 * after a newer one), and a key whose put failed (NATS down) stays dirty and is tried again a
 * second later, on reconnect and after every poll. Each entry's events are published only once the
 * entry is stored: a desk that subscribes, then reads the entry, can then miss no change. Of the
 * events of values not stored yet, only the newest goes out (a gap the desks fill from the entry).
 */
export function createBucketWriter(sink: BucketSink, logger: Logger, tenant: string) {
  const dirty = new Map<string, { value: unknown; followUps: FollowUp[] }>()
  const inFlight = new Set<string>()
  let failing = false
  let retry: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const retryLater = () => {
    if (retry || stopped) return
    retry = setTimeout(() => {
      retry = undefined
      flush()
    }, RETRY_MS)
    retry.unref()
  }

  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

  const publish = (followUp: FollowUp) => {
    try {
      sink.publish(followUp.subject, encode(followUp.value))
    } catch (error) {
      // Only a closed connection refuses a publish (a stopping relay): desks read the entry on their return.
      logger.warn('relay: an event was not published', { tenant, subject: followUp.subject, error })
    }
  }

  const putOne = (key: string) => {
    const item = dirty.get(key)
    if (!item || inFlight.has(key)) return
    dirty.delete(key)
    inFlight.add(key)
    sink.put(key, encode(item.value)).then(
      () => {
        inFlight.delete(key)
        if (failing) logger.info('relay: the bucket takes writes again', { tenant })
        failing = false
        for (const followUp of item.followUps) publish(followUp)
        putOne(key)
      },
      (error: unknown) => {
        inFlight.delete(key)
        if (!failing) logger.warn('relay: cannot write the bucket; kept until NATS answers', { tenant, error })
        failing = true
        // A newer value written meanwhile wins, and its events those of the value that failed.
        const newer = dirty.get(key)
        const followUps = newestPerSubject([...item.followUps, ...(newer?.followUps ?? [])])
        dirty.set(key, { value: newer ? newer.value : item.value, followUps })
        retryLater()
      },
    )
  }

  const flush = () => {
    for (const key of [...dirty.keys()]) putOne(key)
  }

  return {
    /** Notes the key's newest value, and messages to send once it is stored. */
    write(key: string, value: unknown, followUps: ReadonlyArray<FollowUp> = []): void {
      const pending = dirty.get(key)
      dirty.set(key, { value, followUps: newestPerSubject([...(pending?.followUps ?? []), ...followUps]) })
      putOne(key)
    },
    /** Tries every dirty key again. */
    flush,
    /** Keys not yet stored (in flight or waiting). */
    pending: () => dirty.size + inFlight.size,
    /** Resolves once nothing is waiting or in flight, or after `timeoutMs` (a stopping relay). */
    async drained(timeoutMs: number): Promise<boolean> {
      stopped = true
      clearTimeout(retry)
      const until = Date.now() + timeoutMs
      while (dirty.size + inFlight.size > 0 && Date.now() < until) {
        if (inFlight.size === 0) for (const key of [...dirty.keys()]) putOne(key)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return dirty.size + inFlight.size === 0
    },
  }
}

export type BucketWriter = ReturnType<typeof createBucketWriter>
