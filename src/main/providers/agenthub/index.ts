import { DEFAULT_INTERVALS_MS } from '../../monitor/intervals'
import type { ProviderModule } from '../provider-module'

import { createAgentHubClient, type AgentHubClient } from './agenthub-client'
import { agentHubExecutionsWatcher } from './monitor/agenthub-executions-watcher'
import { createAgentHubHandlers } from './screens/agenthub-handlers'

/** AgentHub: AI agents, overrides and executions; the monitor watches failed executions. */
export const agenthubProvider = {
  id: 'agenthub',
  createClient: (account, options) => createAgentHubClient({ ...options, baseUrl: account.baseUrl }),
  async probe(client, signal) {
    const user = await client.currentUser(signal)
    const name = user.fullname ?? user.email ?? user.userId
    return name
      ? { code: 'problems:connection.agenthubConnected', params: { user: name } }
      : { code: 'problems:connection.agenthubConnectedUnnamed' }
  },
  watchers: (client, { context, every }) => [
    agentHubExecutionsWatcher(client, context, every(DEFAULT_INTERVALS_MS.executions)),
  ],
  screens: ({ accounts, clients, clock }) => ({
    handlers: createAgentHubHandlers({ accounts, clients, now: () => clock.now().getTime() }),
  }),
} satisfies ProviderModule<'agenthub', AgentHubClient, ReturnType<typeof createAgentHubHandlers>>
