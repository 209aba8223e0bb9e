import {
  bucketPutSubjects,
  bucketStream,
  directGetSubject,
  extensionEventSubject,
  extensionKey,
  inboxPrefix,
  relayedProviders,
  statusKey,
  statusSubject,
  tenantSubjects,
} from './relay-names'

/**
 * What each NATS user may publish and subscribe to, built only from relay-names.ts so a
 * permission always names the subject it guards. Anything not listed is refused by the server:
 * desks publish nothing but the direct gets of the keys they may read, and only the relay puts
 * into a bucket or publishes an event.
 */
export interface NatsPermissions {
  readonly publish: readonly string[]
  readonly subscribe: readonly string[]
}

/** The NATS user of the relay itself; no desk user may take this name. */
export const RELAY_USER = 'agentdesk-relay'

/**
 * The nats client's default reply subjects. Desks answer on `_INBOX_<user>.`, whose first token
 * is not `_INBOX`, so the relay's grant here never reaches a desk's replies.
 */
const CLIENT_DEFAULT_INBOX = '_INBOX.>'

/** The JetStream API requests the relay's `views.kv()`, `put` and `get` send (traced on nats-server 2.9). */
const JETSTREAM_ACCOUNT_INFO = '$JS.API.INFO'

export function relayPermissions(tenants: readonly string[]): NatsPermissions {
  const publish = [JETSTREAM_ACCOUNT_INFO]
  for (const tenant of [...new Set(tenants)].sort()) {
    const stream = bucketStream(tenant)
    publish.push(
      // Opening the bucket: look it up, create it when missing.
      `$JS.API.STREAM.INFO.${stream}`,
      `$JS.API.STREAM.CREATE.${stream}`,
      // Reading its own snapshot back after a restart (direct get; message get where direct is off).
      directGetSubject(tenant, '>'),
      `$JS.API.STREAM.MSG.GET.${stream}`,
      bucketPutSubjects(tenant),
      tenantSubjects(tenant),
    )
  }
  return { publish, subscribe: [CLIENT_DEFAULT_INBOX] }
}

/** A supervisor sees every extension, status and figure of its tenant, and nothing of another. */
export function supervisorPermissions(tenant: string, user: string): NatsPermissions {
  return {
    publish: [directGetSubject(tenant, '>')],
    subscribe: [tenantSubjects(tenant), deskInbox(user)],
  }
}

/** An agent sees its own extension's calls and whether the relay reaches the provider. */
export function agentPermissions(tenant: string, extension: string, user: string): NatsPermissions {
  const publish: string[] = []
  const subscribe: string[] = []
  for (const provider of relayedProviders) {
    publish.push(
      directGetSubject(tenant, extensionKey(provider, extension)),
      directGetSubject(tenant, statusKey(provider)),
    )
    subscribe.push(extensionEventSubject(tenant, provider, extension), statusSubject(tenant, provider))
  }
  subscribe.push(deskInbox(user))
  return { publish, subscribe }
}

function deskInbox(user: string): string {
  return `${inboxPrefix(user)}.>`
}
