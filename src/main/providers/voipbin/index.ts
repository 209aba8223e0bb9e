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
      // "ringing" is a call ringing: without push, poll as often as for calls. With push up, every
      // change arrives as it happens and a poll only reconciles what a dropped message missed, so
      // the account's own (often 1-2 s) interval would spend the customer's rate limit (~16.7 req/s,
      // shared by every desktop) on nothing new: 15 s, which the health line states as the interval.
      intervals: {
        withoutPushMs: every(DEFAULT_INTERVALS_MS.calls),
        // ...unless the user set a slower interval: that means fewer requests, and push never adds any.
        withPushMs: Math.max(every(DEFAULT_INTERVALS_MS.calls), DEFAULT_INTERVALS_MS.presence),
      },
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
