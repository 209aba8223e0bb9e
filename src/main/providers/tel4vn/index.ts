import { DEFAULT_INTERVALS_MS } from '../../monitor/intervals'
import { relayWatcher } from '../../monitor/relay/relay-watcher'
import type { ProviderModule } from '../provider-module'

import { tel4vnCallsWatcher } from './monitor/tel4vn-calls-watcher'
import { createTel4vnClient, type Tel4vnClient } from './tel4vn-client'

/** Tel4vn: the monitor watches calls; no screens of its own. */
export const tel4vnProvider = {
  id: 'tel4vn',
  // Absent means the token, as the document shows; the key exchange only when chosen.
  createClient: (account, options) =>
    createTel4vnClient({ ...options, baseUrl: account.baseUrl, signIn: account.tel4vnSignIn ?? 'token' }),
  async probe(client, signal) {
    // The monitor call alone: with a pasted token it is the only call the document shows, and
    // with the key exchange it obtains a token first (this client is new, it has none).
    const { total } = await client.monitorCalls(signal)
    return {
      code:
        client.signIn === 'token'
          ? 'problems:connection.tel4vnTokenConnected'
          : 'problems:connection.tel4vnKeyConnected',
      params: { count: total },
    }
  },
  async explainFailure(error, { account }) {
    const signIn = account.tel4vnSignIn ?? 'token'
    if (error.kind === 'auth' && signIn === 'token') {
      return {
        ok: false,
        outcome: 'key_rejected',
        problem: { code: 'problems:connection.tel4vnTokenRejected' },
        detail: error.problem,
      }
    }
    if (error.kind === 'not_found' && signIn === 'key_exchange') {
      return {
        ok: false,
        outcome: 'not_found',
        problem: {
          code: 'accounts:test.notFound.tel4vn',
          next: { code: 'accounts:test.notFound.tel4vnNoKeyExchange' },
        },
        detail: error.problem,
      }
    }
    return null
  },
  watchers: (client, { context, every }) => [tel4vnCallsWatcher(client, context, every(DEFAULT_INTERVALS_MS.calls))],
  // The same calls watcher, on the calls the team relay tells this desk; the account's own client
  // only for the fallback the relay may allow.
  relayedWatchers: (client, { context, every, relay }, settings) => [
    relayWatcher({
      context,
      relay: settings,
      provider: 'tel4vn',
      link: () => relay.link(),
      inner: (source) => tel4vnCallsWatcher(source, context, every(DEFAULT_INTERVALS_MS.calls)),
      direct: client,
      intervalMs: every(DEFAULT_INTERVALS_MS.calls),
      fallbackAllowed: () => relay.fallbackAllowed(),
      rememberFallback: (allowed) => relay.rememberFallback(allowed),
      logger: relay.logger,
    }),
  ],
} satisfies ProviderModule<'tel4vn', Tel4vnClient>
