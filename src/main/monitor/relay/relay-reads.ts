import type { z } from 'zod'

import type { Logger } from '../../core/logger'
import { directGetSubject } from '../../relay-protocol/relay-names'

import type { RelayLink } from './relay-link'

const decoder = new TextDecoder()

/**
 * How a desk reads what the relay sent: checked against the protocol's schema, and a message it
 * cannot read is logged (what it was, the first issue) and passed over, never thrown at the feed.
 */
export function relayReads(link: RelayLink, tenant: string, logger: Logger) {
  const parse = <T>(schema: z.ZodType<T>, data: Uint8Array, what: string): T | null => {
    try {
      const parsed = schema.safeParse(JSON.parse(decoder.decode(data)))
      if (parsed.success) return parsed.data
      logger.warn('relay: unreadable message', { what, issue: parsed.error.issues[0]?.message })
    } catch {
      logger.warn('relay: unreadable message', { what })
    }
    return null
  }
  /** A key's latest value by direct get; null when the relay has not written it. */
  const get = async <T>(schema: z.ZodType<T>, key: string): Promise<T | null> => {
    const data = await link.directGet(directGetSubject(tenant, key))
    return data ? parse(schema, data, key) : null
  }
  return { parse, get }
}
