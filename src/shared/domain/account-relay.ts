import { z } from 'zod'

import type { KeysUnder } from '../i18n/catalog-keys'
import { problemMessage } from '../i18n/problem'

const problem = (key: KeysUnder<'accounts:problems.relay'>, params?: Record<string, string | number>) =>
  problemMessage(`accounts:problems.relay.${key}`, params)

/**
 * A tenant id names the relay's bucket and a subject token: lower-case letters, digits, `_`, `-`.
 * The relay's protocol (main/relay-protocol/relay-names.ts) reads the same pattern from here.
 */
export const TENANT_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/

/** The schemes a desk may reach a relay's nats-server by: plain NATS, or NATS over TLS. */
export const relayUrlSchemes = ['nats:', 'tls:'] as const

/** The relay's NATS address; `ws:` and the rest are refused by name, so the user knows what to change. */
export const relayUrlSchema = z
  .string()
  .trim()
  .min(1, problem('enterUrl'))
  .max(500, problem('atMost', { max: 500 }))
  .superRefine((value, context) => {
    if (!URL.canParse(value)) {
      context.addIssue({ code: 'custom', message: problem('fullUrl') })
      return
    }
    const url = new URL(value)
    if (!(relayUrlSchemes as ReadonlyArray<string>).includes(url.protocol)) {
      context.addIssue({ code: 'custom', message: problem('scheme', { scheme: url.protocol.replace(/:$/, '') }) })
    } else if (!url.hostname) context.addIssue({ code: 'custom', message: problem('fullUrl') })
    // A password in the address would end up in the settings file; it belongs in the keychain.
    else if (url.username || url.password) context.addIssue({ code: 'custom', message: problem('credentials') })
  })

/**
 * "Connect through the team relay" (Tel4vn accounts, AloHub supervisors): where the relay's nats-server is, which
 * tenant, and the desk's own NATS user. The user's NATS password is in the keychain, never here.
 */
export const accountRelaySchema = z
  .object({
    url: relayUrlSchema,
    tenant: z.string().trim().min(1, problem('enterTenant')).regex(TENANT_ID_PATTERN, problem('tenantCharacters')),
    user: z
      .string()
      .trim()
      .min(1, problem('enterUser'))
      .max(64, problem('atMost', { max: 64 }))
      .regex(/^[\w.@+-]+$/, problem('userCharacters')),
  })
  .strict()
export type AccountRelay = z.infer<typeof accountRelaySchema>

/**
 * The providers whose accounts may connect through the relay: Tel4vn (the N² poll), and AloHub
 * for supervisors (every desk polled the tenant's agents against one rate limit). VoIPbin pushes
 * to each desk already.
 */
export const relayedProviderIds = ['tel4vn', 'alohub'] as const

/**
 * Why an account may not connect through the relay with this role, as a catalog code; null when it
 * may. AloHub's relayed entry is the tenant's whole presence, and an agent's NATS user may read
 * its own extension alone, so an AloHub agent account could never be served.
 */
export function relayRoleProblem(provider: string, roleKind: 'agent' | 'supervisor') {
  return provider === 'alohub' && roleKind === 'agent' ? ('accounts:problems.relay.alohubAgent' as const) : null
}

/** Whether the account form offers the relay: its provider is relayed and its role may use it. */
export function relayOffered(provider: string, roleKind: 'agent' | 'supervisor'): boolean {
  return (relayedProviderIds as ReadonlyArray<string>).includes(provider) && !relayRoleProblem(provider, roleKind)
}
