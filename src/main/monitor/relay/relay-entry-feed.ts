import type { z } from 'zod'

import type { Logger } from '../../core/logger'
import { relaySilenceMs, relayStatusSchema, type RelayStatus } from '../../relay-protocol/relay-entries'
import { statusKey, statusSubject, type RelayStatusProvider } from '../../relay-protocol/relay-names'

import { RelayNotAllowedError, type RelayLink } from './relay-link'
import { relayReads } from './relay-reads'
import type { RelayedFeed, RelayedFeedEvents } from './relay-watcher-core'

/** An entry the relay writes whole and publishes whole on each change (`alohub.agents`). */
export interface WholeEntry {
  readonly epoch: string
  readonly revision: number
}

export interface RelayEntryFeedOptions<T extends WholeEntry> {
  readonly link: RelayLink
  readonly tenant: string
  /** Whose status goes with the entry. */
  readonly provider: RelayStatusProvider
  readonly key: string
  /** Where the relay publishes each new entry. */
  readonly subject: string
  readonly schema: z.ZodType<T>
  readonly logger: Logger
  readonly events: RelayedFeedEvents
}

export interface RelayEntryFeed<T> extends RelayedFeed {
  /** The entry held: the newest heard or read; null before the relay wrote one. */
  entry(): T | null
}

/**
 * A desk's copy of one relayed key that the relay publishes whole: subscribe first (the entry's
 * subject and the provider's status), then read both, so nothing published in between is lost. An
 * entry of the held epoch replaces the held one only with a higher revision (a late read never
 * undoes a newer event); another epoch's replaces it outright. Every (re)connection and a status
 * naming a new epoch read again, since what was published meanwhile is gone.
 */
export function openRelayEntryFeed<T extends WholeEntry>(options: RelayEntryFeedOptions<T>): RelayEntryFeed<T> {
  const { link, tenant, logger, events } = options
  const ownStatusSubject = statusSubject(tenant, options.provider)
  let entry: T | null = null
  let status: RelayStatus | null = null
  let statusHeardAt: number | null = null
  let synced = false
  let closed = false
  let subscriptionRefused = false
  let readRefused = false
  let reading = false
  let readAgain = false
  // Read after each await: another event may have asked meanwhile.
  const askedAgain = () => readAgain
  const isClosed = () => closed

  const { parse, get } = relayReads(link, tenant, logger)
  const take = (next: T | null): boolean => {
    if (!next) return false
    if (entry && entry.epoch === next.epoch && next.revision <= entry.revision) return false
    entry = next
    return true
  }
  const silentSince = () =>
    status && statusHeardAt !== null && events.now() - statusHeardAt > relaySilenceMs(status) ? statusHeardAt : null
  const setStatus = (next: RelayStatus) => {
    status = next
    statusHeardAt = events.now()
    events.onStatus(next)
  }

  const readOnce = async () => {
    try {
      const nextStatus = await get(relayStatusSchema, statusKey(options.provider))
      if (nextStatus) setStatus(nextStatus)
      const next = await get(options.schema, options.key)
      // Another epoch's entry (a relay that lost its bucket) is no older: take it whatever its revision.
      if (next && entry && next.epoch !== entry.epoch) entry = null
      take(next)
      if (isClosed()) return
      synced = true
      readRefused = false
      events.onChange()
    } catch (error) {
      if (error instanceof RelayNotAllowedError) {
        if (!readRefused) logger.warn('relay: this NATS user may not read', { subject: error.subject })
        readRefused = true
        events.onChange()
      } else logger.warn('relay: present state not read', { key: options.key, error: (error as Error).message })
    }
  }
  // One read at a time; asked again meanwhile (a reconnect, a new epoch), it reads once more after.
  const read = () => {
    if (reading) {
      readAgain = true
      return
    }
    reading = true
    void (async () => {
      do {
        readAgain = false
        await readOnce()
      } while (askedAgain() && !isClosed() && link.state() === 'connected')
      reading = false
    })()
  }

  const onMessage = (data: Uint8Array, subject: string) => {
    if (closed) return
    if (subject === ownStatusSubject) {
      const next = parse(relayStatusSchema, data, 'status')
      if (!next) return
      const newEpoch = entry !== null && next.epoch !== entry.epoch
      const wasSilent = silentSince() !== null
      setStatus(next)
      // Not read yet: the relay had not made its bucket when this desk connected (it is made now).
      // Back from silence: it was stopped, and read its bucket back; read what it holds now.
      if (newEpoch || !synced || wasSilent) read()
      events.onChange()
      return
    }
    const next = parse(options.schema, data, options.key)
    if (next && entry && next.epoch !== entry.epoch) entry = null
    if (take(next)) events.onChange()
  }

  const onRefused = () => {
    if (!subscriptionRefused) logger.warn('relay: this NATS user may not subscribe', { tenant })
    subscriptionRefused = true
    events.onChange()
  }
  const unsubscribe = [
    link.subscribe(options.subject, onMessage, onRefused),
    link.subscribe(ownStatusSubject, onMessage, onRefused),
  ]
  const stopWatching = link.onChange((state) => {
    if (state === 'connected') read()
    else synced = false
    events.onChange()
  })
  if (link.state() === 'connected') read()

  return {
    entry: () => entry,
    synced: () => synced,
    notAllowed: () => subscriptionRefused || readRefused,
    status: () => status,
    statusHeardAt: () => statusHeardAt,
    silentSince,
    close() {
      closed = true
      stopWatching()
      for (const stop of unsubscribe) stop()
    },
  }
}
