import { z } from 'zod'

import type { KeysUnder } from '../i18n/catalog-keys'
import { problemMessage, problemSchema } from '../i18n/problem'

import { accountRelaySchema } from './account-relay'
import { providerIdSchema, type ProviderId } from './providers'
import { screenPopTemplateProblem } from './screen-pop'

/** Messages are problem codes (`accounts:problems.*`), put into words by the screen. */
const problem = (key: KeysUnder<'accounts:problems'>, params?: Record<string, string | number>) =>
  problemMessage(`accounts:problems.${key}`, params)

/** An agent watches their own extension; a supervisor watches queues and agents. */
export const accountRoleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('agent'),
    extension: z
      .string()
      .trim()
      .min(1, problem('enterExtension'))
      .max(64)
      .regex(/^[\w.@+-]+$/, problem('extensionCharacters')),
  }),
  z.object({ kind: z.literal('supervisor') }),
])
export type AccountRole = z.infer<typeof accountRoleSchema>

/** How often the live monitor asks this account; null means the provider's default. */
export const pollingSchema = z.object({
  enabled: z.boolean(),
  intervalSeconds: z.number().int().min(1, problem('intervalMin')).max(3600, problem('intervalMax')).nullable(),
})
export type Polling = z.infer<typeof pollingSchema>

const baseUrlSchema = z
  .string()
  .trim()
  .min(1, problem('enterBaseUrl'))
  .max(500)
  .refine((value) => URL.canParse(value), problem('fullUrl'))

/**
 * How AgentDesk signs in to Tel4vn. `token`: the token the user pasted is sent as it is, as the
 * document shows (the default). `key_exchange`: the user's API key is exchanged for short-lived
 * tokens through `POST /v1/auth/token`, a call only Tel4vn's public docs show (opt-in).
 */
export const tel4vnSignInSchema = z.enum(['token', 'key_exchange'])
export type Tel4vnSignIn = z.infer<typeof tel4vnSignInSchema>

/** A VoIPbin customer id, as the user may type it when the token does not name one. */
export const voipbinCustomerIdSchema = z
  .string()
  .trim()
  .max(100, problem('atMost', { max: 100 }))
  .regex(/^[\w-]*$/, problem('idCharacters'))

/**
 * The account's screen pop: an address template of the user's own system, opened for a ringing
 * call when its alert is clicked, or as soon as it rings (rules in ./screen-pop.ts).
 */
export const screenPopSchema = z
  .object({
    template: z
      .string()
      .trim()
      .superRefine((template, context) => {
        const found = screenPopTemplateProblem(template)
        if (found) context.addIssue({ code: 'custom', message: problemMessage(found.code, found.params) })
      }),
    openOn: z.enum(['click', 'ring']),
  })
  .strict()
export type ScreenPop = z.infer<typeof screenPopSchema>

/** What the user fills in for an account (no id, no secret). */
export const accountDraftSchema = z
  .object({
    provider: providerIdSchema,
    label: z
      .string()
      .trim()
      .min(1, problem('enterName'))
      .max(80, problem('atMost', { max: 80 })),
    baseUrl: baseUrlSchema,
    tenantId: z
      .string()
      .trim()
      .max(64)
      .regex(/^[\w-]*$/, problem('idCharacters'))
      .nullable(),
    role: accountRoleSchema,
    polling: pollingSchema,
    /** Tel4vn only; absent means `token`. */
    tel4vnSignIn: tel4vnSignInSchema.optional(),
    /** VoIPbin only: the customer id for push, when neither the token nor the agents name it. */
    voipbinCustomerId: voipbinCustomerIdSchema.nullable().optional(),
    /** Tel4vn and VoIPbin (the providers that ring); absent or null: no screen pop. */
    screenPop: screenPopSchema.nullable().optional(),
    /** VoIPbin agents only: set the agent's status to away after a missed call. Absent: off. */
    voipbinAwayAfterMissed: z.boolean().optional(),
    /**
     * Tel4vn, and AloHub supervisors: the monitor listens to the team relay instead of polling the
     * provider (the NATS password is in the keychain). Null: no relay; absent: from a file written
     * before relays.
     */
    relay: accountRelaySchema.nullable().optional(),
  })
  .strict()
export type AccountDraft = z.infer<typeof accountDraftSchema>

/** An account as stored in the settings file. Never holds a secret. */
export const accountSchema = accountDraftSchema.extend({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
})
export type Account = z.infer<typeof accountSchema>

/** What the renderer sees of an account: whether a key is in the keychain, never the key. */
export const accountViewSchema = accountSchema.extend({
  hasSecret: z.boolean(),
  demo: z.boolean(),
  /** Whether the relay's NATS password is in the keychain (never the password); absent: no relay. */
  hasRelayPassword: z.boolean().optional(),
})
export type AccountView = z.infer<typeof accountViewSchema>

/** A secret as the user types it once; it goes to the keychain and never comes back. */
export const secretInputSchema = z
  .string()
  .min(1, problem('enterKey'))
  .max(4096, problem('keyTooLong'))
  .refine((value) => value.trim() === value, problem('keySpaces'))

/** Documented production base URLs; empty where the provider gives each customer its own. */
export const defaultBaseUrls: Readonly<Record<ProviderId, string>> = {
  alohub: 'https://xapi.alohub.vn',
  tel4vn: '',
  voipbin: 'https://api.voipbin.net/v1.0',
  avatar: '',
  agenthub: '',
}

/** Other documented base URLs the user may pick from. */
export const alternativeBaseUrls: Readonly<Partial<Record<ProviderId, ReadonlyArray<{ label: string; url: string }>>>> =
  {
    alohub: [
      { label: 'Production', url: 'https://xapi.alohub.vn' },
      { label: 'Development', url: 'https://xapi-dev.alohub.vn' },
    ],
  }

/** The outcome of "Test connection", as a code the renderer words so a person can act on it. */
export const connectionTestResultSchema = z.object({
  ok: z.boolean(),
  /** What happened, e.g. key_rejected, missing_scope, tenant_mismatch, unreachable, tls, timeout. */
  outcome: z.enum([
    'connected',
    'key_rejected',
    'missing_scope',
    'tenant_mismatch',
    'unreachable',
    'tls',
    'timeout',
    'unexpected_response',
    'insecure_url',
    'rate_limited',
    'server_error',
    'not_found',
    'keychain_unavailable',
    'no_key',
  ]),
  problem: problemSchema,
  /** What the failure was exactly (the provider's answer, as main reported it). */
  detail: problemSchema.optional(),
})
export type ConnectionTestResult = z.infer<typeof connectionTestResultSchema>

/**
 * The export file: accounts without secrets. Version 2 added the Tel4vn sign-in way; a
 * version 1 file comes from a build that knew only the key exchange.
 */
export const accountsExportSchema = z.object({
  format: z.literal('agentdesk-accounts'),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.iso.datetime(),
  accounts: z.array(accountDraftSchema).max(500),
})
export type AccountsExport = z.infer<typeof accountsExportSchema>
