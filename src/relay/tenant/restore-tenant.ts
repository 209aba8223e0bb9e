import type { Logger } from '../../main/core/logger'
import {
  alohubAgentsEntrySchema,
  extensionEntrySchema,
  indexEntrySchema,
  type AlohubAgentsEntry,
  type ExtensionEntry,
} from '../../main/relay-protocol/relay-entries'
import { ALOHUB_AGENTS_KEY, extensionKey, indexKey } from '../../main/relay-protocol/relay-names'

import type { RestoredCalls } from './tenant-calls'

/** What restoring needs of a bucket: the latest value of a key, or null. */
export interface BucketReader {
  get(key: string): Promise<Uint8Array | null>
}

/**
 * What the desks hold, read back from the tenant's bucket (RELAY.md, "Epoch"): the index, then
 * every extension it lists. An empty bucket, or an index that does not read as one, starts a new
 * epoch (null); an entry that does not read, or belongs to another epoch, restarts with no calls
 * at the index's revision.
 */
export async function restoreTenant(
  bucket: BucketReader,
  logger: Logger,
  tenant: string,
): Promise<RestoredCalls | null> {
  const index = indexEntrySchema.safeParse(decode(await bucket.get(indexKey('tel4vn'))))
  if (!index.success) return null
  const { epoch, extensions } = index.data
  const entries = new Map<string, ExtensionEntry>()
  await Promise.all(
    Object.entries(extensions).map(async ([extension, revision]) => {
      const entry = extensionEntrySchema.safeParse(decode(await bucket.get(extensionKey('tel4vn', extension))))
      if (entry.success && entry.data.epoch === epoch) {
        // The higher of the two: an entry written after the index it is listed in is the newer.
        entries.set(extension, { ...entry.data, revision: Math.max(entry.data.revision, revision) })
      } else {
        logger.warn('relay: an extension entry did not read back; it restarts empty', { tenant, extension })
        // Counting on from the index keeps desks that hold it from ignoring the next event.
        entries.set(extension, { v: 1, epoch, revision, calls: [], missed: [] })
      }
    }),
  )
  return { epoch, entries }
}

/**
 * The AloHub agents the desks hold, when of the tenant's epoch: their revision goes on counting
 * and an unchanged list is not written again. Another epoch's (or an unreadable) entry: null.
 */
export async function restoreAlohubAgents(bucket: BucketReader, epoch: string): Promise<AlohubAgentsEntry | null> {
  const entry = alohubAgentsEntrySchema.safeParse(decode(await bucket.get(ALOHUB_AGENTS_KEY)))
  return entry.success && entry.data.epoch === epoch ? entry.data : null
}

function decode(data: Uint8Array | null): unknown {
  if (!data || data.length === 0) return undefined
  try {
    return JSON.parse(new TextDecoder().decode(data))
  } catch {
    return undefined
  }
}
