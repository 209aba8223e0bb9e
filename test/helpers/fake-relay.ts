import { connect, StringCodec, type KV, type NatsConnection } from 'nats'

import type {
  ExtensionEntry,
  ExtensionEvent,
  RelayedCall,
  RelayStatus,
} from '../../src/main/relay-protocol/relay-entries'
import {
  bucketName,
  extensionEventSubject,
  extensionKey,
  indexKey,
  statusKey,
  statusSubject,
} from '../../src/main/relay-protocol/relay-names'

const codec = StringCodec()

/**
 * Publishes what a relay would, with the protocol module, for the desk's tests: entries in the
 * tenant's key-value bucket and events on their subjects. `quiet` changes the bucket without
 * publishing the event: a desk that was cut off meanwhile. `auth`: the relay's NATS user, on a
 * server with an authorization config.
 */
export async function fakeRelay(url: string, tenant: string, auth: { user: string; pass: string } | null = null) {
  const as = auth ? { user: auth.user, pass: auth.pass } : {}
  let nc: NatsConnection = await connect({ servers: url, maxReconnectAttempts: -1, reconnectTimeWait: 200, ...as })
  let kv: KV = await nc.jetstream().views.kv(bucketName(tenant), { history: 1, allow_direct: true })
  let epoch = 'epoch-1'
  const entries = new Map<string, ExtensionEntry>()

  const put = async (key: string, value: unknown) => {
    await kv.put(key, codec.encode(JSON.stringify(value)))
  }
  const putIndex = () =>
    put(indexKey('tel4vn'), {
      v: 1,
      epoch,
      extensions: Object.fromEntries([...entries].map(([extension, entry]) => [extension, entry.revision])),
    })
  const entryOf = (extension: string): ExtensionEntry =>
    entries.get(extension) ?? { v: 1, epoch, revision: 0, calls: [], missed: [] }

  return {
    /** One change to an extension: its entry in the bucket, then (unless quiet) the event. */
    async change(
      extension: string,
      kind: ExtensionEvent['changes'][number]['kind'],
      call: RelayedCall,
      options: { quiet?: boolean; skipRevisions?: number; at?: Date } = {},
    ): Promise<ExtensionEvent> {
      const before = entryOf(extension)
      // `at`: the relay's clock, when it is not the desk's.
      const at = (options.at ?? new Date()).toISOString()
      const calls = before.calls.filter((known) => known.callId !== call.callId)
      const entry: ExtensionEntry = {
        ...before,
        epoch,
        revision: before.revision + 1 + (options.skipRevisions ?? 0),
        calls: kind === 'ringing' || kind === 'answered' ? [...calls, call] : calls,
        missed: kind === 'missed' ? [{ at, call }, ...before.missed] : before.missed,
      }
      entries.set(extension, entry)
      await put(extensionKey('tel4vn', extension), entry)
      await putIndex()
      const event: ExtensionEvent = { v: 1, epoch, revision: entry.revision, at, changes: [{ kind, call }] }
      if (!options.quiet) nc.publish(extensionEventSubject(tenant, 'tel4vn', extension), JSON.stringify(event))
      await nc.flush()
      return event
    },
    async status(state: RelayStatus['state'], deskFallback: boolean, problem: RelayStatus['problem'] = null) {
      const status: RelayStatus = {
        v: 1,
        epoch,
        state,
        since: new Date().toISOString(),
        lastPollAt: new Date().toISOString(),
        problem,
        intervalMs: 1000,
        deskFallback,
      }
      await put(statusKey('tel4vn'), status)
      nc.publish(statusSubject(tenant, 'tel4vn'), JSON.stringify(status))
      await nc.flush()
    },
    /** A relay that found its bucket empty: a new epoch, its entries counted from nothing. */
    async newEpoch(next: string) {
      epoch = next
      entries.clear()
      await kv.destroy()
      kv = await nc.jetstream().views.kv(bucketName(tenant), { history: 1, allow_direct: true })
    },
    /** Connects again (after the server was stopped and started). */
    async reconnect() {
      await nc.close().catch(() => undefined)
      nc = await connect({ servers: url, ...as })
      kv = await nc.jetstream().views.kv(bucketName(tenant), { history: 1, allow_direct: true })
    },
    close: () => nc.close(),
  }
}

/** A call as the relay carries it (Tel4vn's monitor fields). */
export function relayedCall(callId: string, extension: string, state: RelayedCall['state']): RelayedCall {
  return {
    callId,
    state,
    direction: 'inbound',
    extension,
    agentName: `Agent ${extension}`,
    username: null,
    userId: null,
    destination: '02873001234',
    startedAt: '2026-03-10T09:00:00.000Z',
    domainName: 'sales.example.vn',
  }
}
