import type { BulkJob } from '../../../shared/domain/alohub-views'
import { DEFAULT_INTERVALS_MS } from '../../monitor/intervals'
import type { ProviderModule } from '../provider-module'

import { createAlohubClient, type AlohubClient } from './alohub-client'
import { alohubPresenceWatcher } from './monitor/alohub-presence-watcher'
import { alohubRelayWatcher } from './monitor/alohub-relay-watcher'
import { createAlohubHandlers } from './screens/alohub-handlers'
import { createBulkJobs } from './screens/bulk-jobs'
import { createRecordingMarks } from './screens/recording-marks'

/** AloHub: agents, their queues and recording; the monitor watches presence. */
export const alohubProvider = {
  id: 'alohub',
  createClient: (account, options) =>
    createAlohubClient({
      ...options,
      baseUrl: account.baseUrl,
      ...(account.tenantId ? { tenantId: account.tenantId } : {}),
    }),
  async probe(client, signal) {
    const page = await client.listAgents({}, 0, 1, signal)
    return { code: 'problems:connection.alohubConnected', params: { count: page.total } }
  },
  // A 403 is tried once more without the tenant id, to tell a tenant mismatch from a key that
  // lacks the agent scope.
  async explainFailure(error, { account, probeWith }) {
    if (error.kind !== 'forbidden' || !account.tenantId) return null
    if (!(await probeWith({ ...account, tenantId: null }))) return null
    return {
      ok: false,
      outcome: 'tenant_mismatch',
      problem: { code: 'problems:connection.tenantMismatch', params: { tenant: account.tenantId } },
      detail: error.problem,
    }
  },
  watchers: (client, { context, every }) => [
    alohubPresenceWatcher(client, context, every(DEFAULT_INTERVALS_MS.presence)),
  ],
  // Supervisors only (account-relay.ts): the same presence watcher on the agents the team relay
  // publishes; the account's own client only for the fallback the relay may allow.
  relayedWatchers: (client, { context, every, relay }, settings) => [
    alohubRelayWatcher({
      context,
      relay: settings,
      setup: relay,
      direct: client,
      intervalMs: every(DEFAULT_INTERVALS_MS.presence),
    }),
  ],
  screens({ clientFor, settings, events, clock }) {
    const marks = createRecordingMarks(settings)
    const onChange = (job: BulkJob) => events.emit('alohub.bulkChanged', job)
    const bulk = createBulkJobs({ clientFor, marks, clock, onChange })
    return { handlers: createAlohubHandlers({ clientFor, marks, bulk, clock }), dispose: () => bulk.dispose() }
  },
} satisfies ProviderModule<'alohub', AlohubClient, ReturnType<typeof createAlohubHandlers>>
