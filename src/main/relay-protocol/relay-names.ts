import { TENANT_ID_PATTERN } from '../../shared/domain/account-relay'

import { encodeToken } from './subject-token'

/**
 * Where the team relay puts things, one place for the relay, the desks and the authorization
 * config, so a permission can never drift from the subject it guards.
 *
 * One JetStream key-value bucket per tenant (`agentdesk_<tenant>`): a bucket is a stream, and a
 * permission on one tenant's stream cannot reach another's. Desks read it only by direct get on
 * a key (`$JS.API.DIRECT.GET.<stream>.<subject>`), a subject per key, so an agent's permission
 * names its own extension's key and nothing else. Events go on plain subjects under
 * `agentdesk.<tenant>.`; only the relay may publish anywhere.
 */
export const RELAY_PROTOCOL_VERSION = 1

/** The providers the relay polls for desks (the ring sources): calls per extension, agents and supervisors. */
export const relayedProviders = ['tel4vn'] as const
export type RelayedProvider = (typeof relayedProviders)[number]

/**
 * The providers whose tenant-wide lists the relay publishes for supervisors only (AloHub's agents:
 * presence and queue memberships). An agent's user may see only its own extension, so no agent
 * permission names them. VoIPbin is not relayed: it pushes to each desk already.
 */
export const supervisorProviders = ['alohub'] as const
export type SupervisorProvider = (typeof supervisorProviders)[number]

/** Every provider the relay writes a status for. */
export type RelayStatusProvider = RelayedProvider | SupervisorProvider

/** A tenant id names a bucket and a subject token: lower-case letters, digits, `_`, `-`. */
// Shared with the account form, which checks a tenant id as the user types it.
export { TENANT_ID_PATTERN }

export function bucketName(tenant: string): string {
  return `agentdesk_${checkedTenant(tenant)}`
}

/** The JetStream stream behind a tenant's bucket (what the JetStream API subjects name). */
export function bucketStream(tenant: string): string {
  return `KV_${bucketName(tenant)}`
}

/** The subjects a put into the tenant's bucket publishes on; only the relay may. */
export function bucketPutSubjects(tenant: string): string {
  return `$KV.${bucketName(tenant)}.>`
}

/** The KV key of one extension's calls. */
export function extensionKey(provider: RelayedProvider, extension: string): string {
  return `${provider}.ext.${encodeToken(extension)}`
}

/** The KV key listing the extensions with calls (a supervisor reads it, then each extension). */
export function indexKey(provider: RelayedProvider): string {
  return `${provider}.index`
}

/** The KV key saying whether the relay reaches the provider. */
export function statusKey(provider: RelayStatusProvider): string {
  return `${provider}.status`
}

/** The KV key of the tenant's queue figures. */
export const FIGURES_KEY = 'figures'

/** The KV key of the tenant's AloHub agents, as the AloHub client mapped them (supervisors only). */
export const ALOHUB_AGENTS_KEY = 'alohub.agents'

/** Changes to one extension's calls: ring, answer, end, missed. */
export function extensionEventSubject(tenant: string, provider: RelayedProvider, extension: string): string {
  return `${extensionSubjectPrefix(tenant, provider)}${encodeToken(extension)}`
}

/** What every extension's event subject starts with; the rest is the extension's token. */
export function extensionSubjectPrefix(tenant: string, provider: RelayedProvider): string {
  return `agentdesk.${checkedTenant(tenant)}.${provider}.ext.`
}

export function statusSubject(tenant: string, provider: RelayStatusProvider): string {
  return `agentdesk.${checkedTenant(tenant)}.${provider}.status`
}

export function figuresSubject(tenant: string): string {
  return `agentdesk.${checkedTenant(tenant)}.figures`
}

/** The tenant's AloHub agents changed: the new entry (it changes seldom, so it travels whole). */
export function alohubAgentsSubject(tenant: string): string {
  return `agentdesk.${checkedTenant(tenant)}.${ALOHUB_AGENTS_KEY}`
}

/** Everything of one tenant, for a supervisor's subscription. */
export function tenantSubjects(tenant: string): string {
  return `agentdesk.${checkedTenant(tenant)}.>`
}

/** The request subject that reads one key's latest value (JetStream direct get, nats-server ≥ 2.9). */
export function directGetSubject(tenant: string, key: string): string {
  return `$JS.API.DIRECT.GET.${bucketStream(tenant)}.$KV.${bucketName(tenant)}.${key}`
}

/** Each desk user's own reply subjects, so no desk can listen to another's answers. */
export function inboxPrefix(user: string): string {
  return `_INBOX_${encodeToken(user)}`
}

function checkedTenant(tenant: string): string {
  if (!TENANT_ID_PATTERN.test(tenant)) throw new Error(`Not a tenant id: ${JSON.stringify(tenant)}`)
  return tenant
}
