import type { NatsConnection } from 'nats'

import { MissingKeyError } from '../main/accounts/account-clients'
import { systemClock, type Clock } from '../main/core/clock'
import type { Logger } from '../main/core/logger'
import { createPoolRegistry, type PoolRegistry } from '../main/providers/http/pool-registry'
import type { ProviderClientOptions } from '../main/providers/http/provider-client-options'
import { createProviderClient } from '../main/providers/registry'
import { bucketName } from '../main/relay-protocol/relay-names'

import type { RelayConfig, TenantConfig } from './config/relay-config'
import { RelayUserError } from './config/relay-error'
import { providerSecretName, type CredentialProvider, type RelayCredentials } from './credentials/relay-credentials'
import { connectRelayNats } from './nats/relay-connection'
import { createBucketWriter, type BucketWriter } from './tenant/bucket-writer'
import { restoreAlohubAgents, restoreTenant, type BucketReader } from './tenant/restore-tenant'
import { startTenantAlohub, type TenantAlohub } from './tenant/tenant-alohub'
import { startTenantRelay, type TenantRelay } from './tenant/tenant-relay'

export interface RelayServiceOptions {
  readonly config: RelayConfig
  readonly nats: { readonly url: string; readonly user?: string; readonly password?: string; readonly caFile?: string }
  readonly credentials: RelayCredentials
  readonly logger: Logger
  readonly clock?: Clock
  readonly random?: () => number
  /** The HTTP pools; a relay of its own by default (the app's settings: one monitor connection per origin). */
  readonly pools?: PoolRegistry
  /** Test settings for the provider clients (virtual HTTP clock, quick retries). */
  readonly clientOptions?: Partial<Pick<ProviderClientOptions, 'clock' | 'retry' | 'headersTimeoutMs'>>
}

export interface RelayService {
  readonly nc: NatsConnection
  readonly tenants: ReadonlyMap<string, TenantRelay>
  /** The tenants with an AloHub account: their agents, published for supervisors. */
  readonly alohub: ReadonlyMap<string, TenantAlohub>
  /** Stops polling, stores what is still waiting (a few seconds at most), closes NATS and HTTP. */
  stop(): Promise<void>
}

/**
 * The relay: every tenant of relay.json on one NATS connection, each with its own bucket, writer,
 * Tel4vn client (and AloHub client for queue figures) on one pool registry. It refuses to start
 * without the tenants' keys, naming the command that sets them.
 */
export async function startRelayService(options: RelayServiceOptions): Promise<RelayService> {
  const clock = options.clock ?? systemClock
  const { logger, credentials, config } = options
  await requireKeys(config, credentials)
  const pools = options.pools ?? createPoolRegistry()
  const ownsPools = !options.pools
  const writers: BucketWriter[] = []
  const nc = await connectRelayNats({
    ...options.nats,
    logger,
    onReconnect: () => writers.forEach((writer) => writer.flush()),
  })
  const tenants = new Map<string, TenantRelay>()
  const alohubs = new Map<string, TenantAlohub>()
  try {
    const js = nc.jetstream()
    for (const tenant of config.tenants) {
      const kv = await js.views
        .kv(bucketName(tenant.id), { history: 1, allow_direct: true })
        .catch((error: unknown) => {
          if (!/permissions violation/i.test(String((error as Error).message))) throw error
          throw new RelayUserError(
            `The relay's NATS user may not use tenant ${tenant.id}'s bucket: its permissions were written before ` +
              'relay.json listed it. Run `npm run relay -- users sync` and have nats-server read its configuration again.',
          )
        })
      const bucket: BucketReader = { get: async (key) => (await kv.get(key))?.value ?? null }
      const restored = await restoreTenant(bucket, logger, tenant.id)
      const writer = createBucketWriter(
        { put: (key, data) => kv.put(key, data), publish: (subject, data) => nc.publish(subject, data) },
        logger,
        tenant.id,
      )
      writers.push(writer)
      const clientOptions = (provider: CredentialProvider, label: string) => ({
        ...options.clientOptions,
        account: label,
        pools,
        secret: cachedSecret(credentials, tenant.id, provider, label),
      })
      const relay = startTenantRelay({
        tenant,
        client: createProviderClient(
          { provider: 'tel4vn', baseUrl: tenant.tel4vn.baseUrl, tenantId: null, tel4vnSignIn: tenant.tel4vn.signIn },
          clientOptions('tel4vn', `${tenant.id} (Tel4vn)`),
        ),
        writer,
        restored,
        clock,
        logger,
        ...(options.random ? { random: options.random } : {}),
      })
      tenants.set(tenant.id, relay)
      if (tenant.alohub) {
        const agents = await restoreAlohubAgents(bucket, relay.epoch)
        alohubs.set(tenant.id, startAlohub(tenant, relay, writer, agents))
      }
    }
  } catch (error) {
    for (const relay of tenants.values()) relay.stop()
    for (const alohub of alohubs.values()) alohub.stop()
    await nc.close()
    if (ownsPools) await pools.close()
    throw error
  }

  function startAlohub(
    tenant: TenantConfig,
    relay: TenantRelay,
    writer: BucketWriter,
    restored: Awaited<ReturnType<typeof restoreAlohubAgents>>,
  ): TenantAlohub {
    const alohub = tenant.alohub
    if (!alohub) throw new Error('no AloHub account')
    return startTenantAlohub({
      client: createProviderClient(
        { provider: 'alohub', baseUrl: alohub.baseUrl, tenantId: alohub.tenantId ?? null },
        {
          ...options.clientOptions,
          account: `${tenant.id} (AloHub)`,
          pools,
          secret: cachedSecret(credentials, tenant.id, 'alohub', `${tenant.id} (AloHub)`),
        },
      ),
      ...(alohub.intervalSeconds ? { intervalMs: alohub.intervalSeconds * 1000 } : {}),
      writer,
      epoch: relay.epoch,
      restored,
      deskFallback: tenant.deskFallback,
      clock,
      logger,
      tenant: tenant.id,
      onMemberships: (members) => relay.memberships(members),
    })
  }

  return {
    nc,
    tenants,
    alohub: alohubs,
    async stop() {
      for (const relay of tenants.values()) relay.stop()
      for (const alohub of alohubs.values()) alohub.stop()
      const stored = await Promise.all(writers.map((writer) => writer.drained(3_000)))
      if (stored.includes(false)) logger.warn('relay: stopped with writes not yet stored; the next start resumes them')
      // Drain delivers what the client still buffers; a server already gone (Ctrl+C reaches the
      // trial's nats-server too) would leave it waiting forever, so it gets two seconds.
      const drained = nc.drain().then(
        () => true,
        () => false,
      )
      if (!(await Promise.race([drained, delay(2_000).then(() => false)]))) await nc.close()
      if (ownsPools) await pools.close()
    },
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Every key relay.json asks for must be set before the relay starts: the admin hears it at once. */
async function requireKeys(config: RelayConfig, credentials: RelayCredentials): Promise<void> {
  const missing: string[] = []
  for (const tenant of config.tenants) {
    const providers: CredentialProvider[] = tenant.alohub ? ['tel4vn', 'alohub'] : ['tel4vn']
    for (const provider of providers) {
      if (!(await credentials.get(providerSecretName(tenant.id, provider)))) {
        missing.push(`  npm run relay -- credentials set ${tenant.id} ${provider}`)
      }
    }
  }
  if (missing.length > 0) {
    throw new RelayUserError(
      `These keys are not in ${credentials.where} yet; set each (the key is read from stdin):\n${missing.join('\n')}`,
    )
  }
}

/** Read once, then kept in memory; a failed read is not kept, so the next poll reads again. */
function cachedSecret(credentials: RelayCredentials, tenant: string, provider: CredentialProvider, label: string) {
  let secret: Promise<string> | undefined
  return () => {
    if (!secret) {
      const read = credentials.get(providerSecretName(tenant, provider)).then((value) => {
        if (!value) throw new MissingKeyError(label)
        return value
      })
      read.catch(() => {
        if (secret === read) secret = undefined
      })
      secret = read
    }
    return secret
  }
}
