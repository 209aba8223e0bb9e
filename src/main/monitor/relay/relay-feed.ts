import type { Logger } from '../../core/logger'
import {
  extensionEntrySchema,
  extensionEventSchema,
  indexEntrySchema,
  relayStatusSchema,
  relaySilenceMs,
  type RelayStatus,
} from '../../relay-protocol/relay-entries'
import {
  extensionEventSubject,
  extensionKey,
  extensionSubjectPrefix,
  indexKey,
  statusKey,
  statusSubject,
  tenantSubjects,
  type RelayedProvider,
} from '../../relay-protocol/relay-names'
import { decodeToken } from '../../relay-protocol/subject-token'

import { RelayNotAllowedError, type RelayLink } from './relay-link'
import { relayReads } from './relay-reads'
import { createRelayedEntries, type RelayedEntries } from './relayed-entries'

/** Whose calls a desk follows: an agent's own extension, or (null) every extension of the tenant. */
export interface RelayFeedOptions {
  readonly link: RelayLink
  readonly tenant: string
  readonly provider: RelayedProvider
  readonly extension: string | null
  readonly logger: Logger
  /** The desk's own time (ms): when a status was heard is judged on it, never on the relay's clock. */
  readonly now: () => number
  /** Something was applied (an event, a re-read): the watcher looks now. */
  readonly onChange: () => void
  /** The relay's status as last read or heard. */
  readonly onStatus: (status: RelayStatus) => void
}

export interface RelayFeed {
  readonly entries: RelayedEntries
  /** Whether the present state was read since the link last (re)connected. */
  synced(): boolean
  /**
   * The relay's server refused this desk's user a subject or key the account asks for (an agent's
   * user set up for another extension, or for another tenant): nothing of it will arrive.
   */
  notAllowed(): boolean
  status(): RelayStatus | null
  /** The desk's time when a status was last read or heard; null before the first. */
  statusHeardAt(): number | null
  /**
   * The relay has said nothing for longer than its heartbeat allows (relaySilenceMs): it has
   * stopped, though nats-server may still be up. Since when it is silent (the last status heard), or null.
   */
  silentSince(): number | null
  close(): void
}

/**
 * A desk's share of the relay: it subscribes first, then reads the present state (the status,
 * then its extension's entry, or the index and every listed entry), so nothing published in
 * between is lost. An event whose revision follows the one held is applied; an older one is
 * ignored; a gap re-reads that extension; a new epoch re-reads everything. Every (re)connection
 * re-reads, since what was published while the link was down is gone.
 */
export function openRelayFeed(options: RelayFeedOptions): RelayFeed {
  const { link, tenant, provider, logger } = options
  const entries = createRelayedEntries()
  const extPrefix = extensionSubjectPrefix(tenant, provider)
  const ownStatusSubject = statusSubject(tenant, provider)
  let status: RelayStatus | null = null
  let statusHeardAt: number | null = null
  let synced = false
  let closed = false
  // A refused subscription stays refused until the link connects again (the relay's admin may
  // have fixed the permissions meanwhile); a refused read until one succeeds.
  let subscriptionRefused = false
  let readRefused = false
  const refused = (error: unknown) => {
    if (!(error instanceof RelayNotAllowedError)) return false
    if (!readRefused) logger.warn('relay: this NATS user may not read', { subject: error.subject })
    readRefused = true
    options.onChange()
    return true
  }
  // Read after each await: close() may have run meanwhile.
  const isClosed = () => closed
  let reading: Promise<void> | null = null
  let readAgain = false
  const askedAgain = () => readAgain
  /** Events heard while a full read runs, applied after it. */
  let held: Array<{ extension: string; data: Uint8Array }> | null = null
  /** Extensions being read again after a gap, with their events heard meanwhile (applied after the read). */
  const rereading = new Map<string, Uint8Array[]>()

  const { parse, get } = relayReads(link, tenant, logger)
  const silentSince = () =>
    status && statusHeardAt !== null && options.now() - statusHeardAt > relaySilenceMs(status) ? statusHeardAt : null
  const setStatus = (next: RelayStatus) => {
    status = next
    statusHeardAt = options.now()
    options.onStatus(next)
  }

  const readExtension = async (extension: string) => {
    if (rereading.has(extension)) return
    const heard: Uint8Array[] = []
    rereading.set(extension, heard)
    try {
      const entry = await get(extensionEntrySchema, extensionKey(provider, extension))
      if (entry && entries.epoch() !== null && entry.epoch !== entries.epoch()) return void readAll()
      entries.replace([{ extension, entry }])
      options.onChange()
    } catch (error) {
      if (!refused(error)) logger.warn('relay: extension not read', { error: (error as Error).message })
    } finally {
      rereading.delete(extension)
    }
    // Events that came during the read: those newer than the entry apply now, older ones are stale.
    if (!isClosed()) for (const data of heard) onEvent(extension, data)
  }

  const readEverything = async () => {
    held = []
    try {
      const nextStatus = await get(relayStatusSchema, statusKey(provider))
      if (nextStatus) setStatus(nextStatus)
      if (options.extension !== null) {
        const entry = await get(extensionEntrySchema, extensionKey(provider, options.extension))
        const epoch = entry?.epoch ?? nextStatus?.epoch
        if (epoch) entries.startEpoch(epoch)
        entries.replace([{ extension: options.extension, entry }])
      } else {
        const index = await get(indexEntrySchema, indexKey(provider))
        const epoch = index?.epoch ?? nextStatus?.epoch
        if (epoch) entries.startEpoch(epoch)
        const listed = Object.keys(index?.extensions ?? {})
        const read = await Promise.all(
          listed.map(async (extension) => ({
            extension,
            entry: await get(extensionEntrySchema, extensionKey(provider, extension)),
          })),
        )
        // One snapshot for the whole read: the watcher never sees some extensions new and others old.
        entries.replace(read, { complete: true })
      }
      synced = true
      readRefused = false
      const heard = held
      held = null
      for (const { extension, data } of heard) onEvent(extension, data)
      options.onChange()
    } finally {
      held = null
    }
  }

  const readAll = (): Promise<void> => {
    if (reading) {
      readAgain = true
      return reading
    }
    reading = (async () => {
      do {
        readAgain = false
        try {
          await readEverything()
        } catch (error) {
          // The link dropped mid-read: its return reads again.
          if (!refused(error)) logger.warn('relay: present state not read', { error: (error as Error).message })
        }
      } while (askedAgain() && !isClosed() && link.state() === 'connected')
    })().finally(() => {
      reading = null
    })
    return reading
  }

  function onEvent(extension: string, data: Uint8Array) {
    if (held) {
      held.push({ extension, data })
      return
    }
    const waiting = rereading.get(extension)
    if (waiting) {
      waiting.push(data)
      return
    }
    const event = parse(extensionEventSchema, data, 'event')
    if (!event) return
    const outcome = entries.apply(extension, event)
    if (outcome === 'applied') options.onChange()
    else if (outcome === 'gap') void readExtension(extension)
    else if (outcome === 'epoch') void readAll()
  }

  const onMessage = (data: Uint8Array, subject: string) => {
    if (closed) return
    if (subject === ownStatusSubject) {
      const next = parse(relayStatusSchema, data, 'status')
      if (!next) return
      const newEpoch = entries.epoch() !== null && next.epoch !== entries.epoch()
      const wasSilent = silentSince() !== null
      setStatus(next)
      // Not read yet: the relay had not made its bucket when this desk connected (it is made now).
      // Back from silence: it was stopped, and read its bucket back; read what it holds now.
      if (newEpoch || !synced || wasSilent) void readAll()
      options.onChange()
      return
    }
    if (!subject.startsWith(extPrefix)) return
    let extension: string
    try {
      extension = decodeToken(subject.slice(extPrefix.length))
    } catch {
      return
    }
    if (options.extension !== null && extension !== options.extension) return
    onEvent(extension, data)
  }

  const onRefused = () => {
    if (!subscriptionRefused) logger.warn('relay: this NATS user may not subscribe', { tenant })
    subscriptionRefused = true
    options.onChange()
  }
  const unsubscribe =
    options.extension !== null
      ? [
          link.subscribe(extensionEventSubject(tenant, provider, options.extension), onMessage, onRefused),
          link.subscribe(ownStatusSubject, onMessage, onRefused),
        ]
      : [link.subscribe(tenantSubjects(tenant), onMessage, onRefused)]
  const stopWatching = link.onChange((state) => {
    if (state === 'connected') {
      // The link subscribes again on a new connection: a refusal is the server's to repeat.
      subscriptionRefused = false
      void readAll()
    } else synced = false
    options.onChange()
  })
  if (link.state() === 'connected') void readAll()

  return {
    entries,
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
