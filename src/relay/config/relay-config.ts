import { readFile } from 'node:fs/promises'

import { z } from 'zod'

import { englishText } from '../../main/i18n/catalog'
import { ProviderError } from '../../main/providers/http/provider-error'
import { parseBaseUrl } from '../../main/providers/http/secure-url'
import { TENANT_ID_PATTERN } from '../../main/relay-protocol/relay-names'
import type { ProviderId } from '../../shared/domain/providers'

import { RelayUserError } from './relay-error'

/** A provider's base URL, refused as the app refuses it: plain http only to loopback, no credentials in it. */
const baseUrl = (provider: ProviderId) =>
  z.string().superRefine((raw, context) => {
    try {
      parseBaseUrl(provider, raw)
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error
      context.addIssue({ code: 'custom', message: englishText(error.problem) })
    }
  })

const intervalSeconds = z
  .number()
  .int('must be a whole number of seconds')
  .min(1, 'must be at least 1 second')
  .max(300, 'must be at most 300 seconds')

const tenantSchema = z
  .object({
    id: z
      .string()
      .regex(TENANT_ID_PATTERN, 'must be lower-case letters, digits, "_" or "-", starting with a letter or digit'),
    /** Whether desks may poll the provider themselves while the relay cannot be reached. */
    deskFallback: z.boolean(),
    tel4vn: z
      .object({
        baseUrl: baseUrl('tel4vn'),
        signIn: z.enum(['token', 'key_exchange']),
        intervalSeconds: intervalSeconds.optional(),
      })
      .strict(),
    /** The AloHub account that says who sits in which callin queue (per-queue figures). */
    alohub: z
      .object({
        baseUrl: baseUrl('alohub'),
        tenantId: z.string().min(1).optional(),
        intervalSeconds: intervalSeconds.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()

const natsSchema = z
  .object({
    /** nats://host:port or tls://host:port; several servers of a cluster separated by commas. */
    url: z
      .string()
      .regex(/^(nats|tls):\/\/[^\s,]+(,(nats|tls):\/\/[^\s,]+)*$/, 'must be nats://host:port or tls://host:port')
      // A password in the URL would be logged with it: the relay's is in the credential store.
      .refine((url) => !url.includes('@'), 'must not hold a user or password: set nats.user and `credentials set-nats`')
      .optional(),
    /** The relay's own NATS user; its password is in the credential store (`credentials set-nats`). */
    user: z.string().min(1).optional(),
    /** A CA certificate (PEM) to trust for tls:// when the server's is not signed by a public CA. */
    caFile: z.string().min(1).optional(),
  })
  .strict()

export const relayConfigSchema = z
  .object({
    tenants: z
      .array(tenantSchema)
      .min(1, 'must list at least one tenant')
      .superRefine((tenants, context) => {
        const seen = new Set<string>()
        tenants.forEach((tenant, index) => {
          if (seen.has(tenant.id)) {
            context.addIssue({ code: 'custom', path: [index, 'id'], message: `"${tenant.id}" is listed twice` })
          }
          seen.add(tenant.id)
        })
      }),
    nats: natsSchema.default({}),
  })
  .strict()

export type RelayConfig = z.infer<typeof relayConfigSchema>
export type TenantConfig = RelayConfig['tenants'][number]

/** A relay.json to start from, shown when there is none. */
export const EXAMPLE_CONFIG = `{
  "tenants": [
    {
      "id": "acme",
      "deskFallback": true,
      "tel4vn": { "baseUrl": "https://tel4vn.example.com", "signIn": "token", "intervalSeconds": 2 }
    }
  ],
  "nats": { "url": "nats://127.0.0.1:4222" }
}`

/** Reads and checks relay.json; every mistake is named by its field. */
export async function loadRelayConfig(path: string): Promise<RelayConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new RelayUserError(`${path} does not exist. Write it first, for example:\n${EXAMPLE_CONFIG}`)
    }
    throw new RelayUserError(`${path} cannot be read: ${(error as Error).message}`)
  }
  return parseRelayConfig(text, path)
}

export function parseRelayConfig(text: string, path = 'relay.json'): RelayConfig {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new RelayUserError(`${path} is not valid JSON: ${(error as Error).message}`)
  }
  const parsed = relayConfigSchema.safeParse(json)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((issue) => `  ${fieldName(issue.path)}: ${issueText(issue, json)}`)
  throw new RelayUserError(`${path} has ${lines.length === 1 ? 'a mistake' : 'mistakes'}:\n${lines.join('\n')}`)
}

/** `tenants[0].tel4vn.baseUrl`, as a person would look for it in the file. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(the file)'
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('')
}

function issueText(issue: z.core.$ZodIssue, json: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`
  if (issue.code === 'invalid_type') {
    if (valueAt(json, issue.path) === undefined) return 'is missing'
    return issue.expected === 'int' ? 'must be a whole number' : `must be ${article(issue.expected)}`
  }
  if (issue.code === 'invalid_value')
    return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
  return issue.message
}

function valueAt(json: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = json
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[part]
  }
  return value
}

const article = (expected: string) => (/^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`)
