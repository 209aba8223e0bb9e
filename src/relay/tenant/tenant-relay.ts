import { randomUUID } from 'node:crypto'

import type { Clock } from '../../main/core/clock'
import type { Logger } from '../../main/core/logger'
import { RING_WATCH_MAX_BACKOFF_MS } from '../../main/monitor/monitor-status'
import { createPoller, type PollerStatus } from '../../main/monitor/poller'
import type { QueueMembership } from '../../main/monitor/watchers/watcher'
import type { Tel4vnClient } from '../../main/providers/tel4vn/tel4vn-client'
import {
  extensionEventSubject,
  extensionKey,
  FIGURES_KEY,
  figuresSubject,
  indexKey,
  statusKey,
  statusSubject,
} from '../../main/relay-protocol/relay-names'
import type { MonitoredCall } from '../../shared/domain/calls'
import type { TenantConfig } from '../config/relay-config'

import type { BucketWriter } from './bucket-writer'
import { createProviderStatus, STATUS_HEARTBEAT_MS } from './provider-status'
import { createTenantCalls, type RestoredCalls } from './tenant-calls'
import { createTenantFigures } from './tenant-figures'

/** The Tel4vn interval when relay.json sets none: the app's own default for calls. */
export const DEFAULT_TEL4VN_INTERVAL_MS = 2_000

export interface TenantRelayDeps {
  readonly tenant: TenantConfig
  readonly client: Tel4vnClient
  readonly writer: BucketWriter
  /** What the bucket held at start; null: a new epoch. */
  readonly restored: RestoredCalls | null
  readonly clock: Clock
  readonly logger: Logger
  readonly random?: () => number
}

/**
 * One tenant's relay: one Tel4vn poll per interval (the app's poller: backoff, Retry-After, the
 * poll's deadline), diffed per extension, each change written to the bucket and published, the
 * status on every change and every 30 s, the figures when they change. Nothing here waits for
 * NATS: the writer takes every value at once and stores it when it can.
 */
export function startTenantRelay(deps: TenantRelayDeps) {
  const { tenant, writer, clock, logger } = deps
  const epoch = deps.restored?.epoch ?? randomUUID()
  const calls = createTenantCalls(epoch, deps.restored ?? undefined)
  const figures = createTenantFigures(tenant.id, epoch)
  const intervalMs = (tenant.tel4vn.intervalSeconds ?? DEFAULT_TEL4VN_INTERVAL_MS / 1000) * 1000
  logger.info(deps.restored ? 'relay: restored from the bucket' : 'relay: new epoch', {
    tenant: tenant.id,
    extensions: deps.restored?.entries.size ?? 0,
  })

  const status = createProviderStatus({ epoch, intervalMs, deskFallback: tenant.deskFallback, clock })
  const writeStatus = () => {
    const value = status.current()
    writer.write(statusKey('tel4vn'), value, [{ subject: statusSubject(tenant.id, 'tel4vn'), value }])
  }

  const writeFigures = () => {
    const entry = figures.update(calls.calls(), clock.now())
    if (entry) writer.write(FIGURES_KEY, entry, [{ subject: figuresSubject(tenant.id), value: entry }])
  }

  let warnedNoExtension = false
  const onCalls = ({ calls: answered }: { calls: ReadonlyArray<MonitoredCall> }) => {
    const now = clock.now()
    // A row without an extension can be no desk's (it names no subject); the document does not
    // promise one, so such a row is passed over rather than stopping the tenant's every poll.
    const current = answered.filter((call) => call.extension !== '')
    if (current.length < answered.length && !warnedNoExtension) {
      warnedNoExtension = true
      logger.warn('relay: Tel4vn rows without an extension are not relayed', {
        tenant: tenant.id,
        rows: answered.length - current.length,
      })
    }
    const applied = calls.apply(current, now)
    const eventOf = new Map(applied.events.map(({ extension, event }) => [extension, event]))
    // The index first: a relay that dies after an extension's first event must find that
    // extension listed when it starts again, or it would count its revisions from 0 anew.
    if (applied.changedExtensions.length > 0) writer.write(indexKey('tel4vn'), calls.index())
    for (const extension of applied.changedExtensions) {
      const event = eventOf.get(extension)
      writer.write(
        extensionKey('tel4vn', extension),
        calls.entry(extension, now),
        event ? [{ subject: extensionEventSubject(tenant.id, 'tel4vn', extension), value: event }] : [],
      )
    }
    writeFigures()
    // Keys a NATS outage left behind go out with the next poll.
    writer.flush()
  }

  const onPollerStatus = (poller: PollerStatus) => {
    if (status.update(poller)) {
      const { state, problem } = status.current()
      logger[state === 'failing' ? 'warn' : 'info']('relay: provider status', {
        tenant: tenant.id,
        state,
        problem: problem?.code ?? null,
        ...(poller.lastError?.code === 'problems:tel4vn.tokenRefused'
          ? { fix: `npm run relay -- credentials set ${tenant.id} tel4vn, then restart the relay` }
          : {}),
      })
      writeStatus()
    }
  }

  const poller = createPoller({
    fetch: (signal) => deps.client.monitorCalls(signal),
    onResult: onCalls,
    onStatus: onPollerStatus,
    intervalMs,
    // One relay for the whole tenant: no desks to keep out of step, so it polls on the interval.
    jitter: 0,
    maxBackoffMs: RING_WATCH_MAX_BACKOFF_MS,
    clock,
    ...(deps.random ? { random: deps.random } : {}),
  })

  let heartbeat: unknown
  const beat = () => {
    heartbeat = clock.setTimeout(() => {
      writeStatus()
      writer.flush()
      beat()
    }, STATUS_HEARTBEAT_MS)
  }

  writeStatus()
  // The index names the epoch from the start: a relay restarted before any call keeps it.
  writer.write(indexKey('tel4vn'), calls.index())
  poller.start()
  beat()

  return {
    epoch,
    status: () => status.current(),
    /** AloHub's queue memberships changed (tenant-alohub.ts). */
    memberships(next: ReadonlyArray<QueueMembership>): void {
      figures.memberships(next)
      writeFigures()
    },
    stop(): void {
      poller.stop()
      clock.clearTimeout(heartbeat)
    },
  }
}

export type TenantRelay = ReturnType<typeof startTenantRelay>
