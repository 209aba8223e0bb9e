import { DEFAULT_INTERVALS_MS } from '../../monitor/intervals'
import type { ProviderModule } from '../provider-module'

import { voipbinStatusWatcher } from './monitor/voipbin-status-watcher'
import { createVoipbinHandlers } from './screens/voipbin-handlers'
import { createVoipbinClient, type VoipbinClient } from './voipbin-client'
import { openVoipbinPush } from './voipbin-push'

/** VoIPbin: agents and their addresses; the monitor watches agent status, with push when it can. */
export const voipbinProvider = {
  id: 'voipbin',
  createClient: (account, options) => createVoipbinClient({ ...options, baseUrl: account.baseUrl }),
  async probe(client, signal) {
    const { agents } = await client.listAgents({}, 1, undefined, signal)
    return { code: agents.length > 0 ? 'problems:connection.voipbinAgents' : 'problems:connection.voipbinNoAgents' }
  },
  watchers: (client, { context, every, secret, clock, random, webSocketRoute }) => [
    voipbinStatusWatcher(client, context, {
      // "ringing" is a call ringing: without push, poll as often as for calls.
      intervals: { withoutPushMs: every(DEFAULT_INTERVALS_MS.calls), withPushMs: DEFAULT_INTERVALS_MS.presence },
      secret,
      openPush: (customerId, handlers) =>
        openVoipbinPush({
          baseUrl: context.account.baseUrl,
          secret,
          customerId,
          clock,
          ...(random ? { random } : {}),
          ...(webSocketRoute ? { route: webSocketRoute } : {}),
          ...handlers,
        }),
    }),
  ],
  screens: ({ clientFor }) => ({ handlers: createVoipbinHandlers({ clientFor }) }),
} satisfies ProviderModule<'voipbin', VoipbinClient, ReturnType<typeof createVoipbinHandlers>>
