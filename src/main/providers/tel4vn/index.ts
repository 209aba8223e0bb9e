import { notFoundHints, tel4vnNoKeyExchange } from '../../../shared/domain/connection-hints'
import { DEFAULT_INTERVALS_MS } from '../../monitor/intervals'
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
    const accepted = client.signIn === 'token' ? 'the token' : 'the API key'
    return `${accepted} was accepted, ${total} extension${total === 1 ? '' : 's'} monitored`
  },
  async explainFailure(error, { account }) {
    const signIn = account.tel4vnSignIn ?? 'token'
    if (error.kind === 'auth' && signIn === 'token') {
      return {
        ok: false,
        outcome: 'key_rejected',
        message:
          'Tel4vn refused the token, or it has expired. Paste a new one in the Token field: the token you send as Authorization: Bearer to GET /v1/monitor/agent.',
        detail: error.message,
      }
    }
    if (error.kind === 'not_found' && signIn === 'key_exchange') {
      return {
        ok: false,
        outcome: 'not_found',
        message: `${notFoundHints.tel4vn} ${tel4vnNoKeyExchange}`,
        detail: error.message,
      }
    }
    return null
  },
  watchers: (client, { context, every }) => [tel4vnCallsWatcher(client, context, every(DEFAULT_INTERVALS_MS.calls))],
} satisfies ProviderModule<'tel4vn', Tel4vnClient>
