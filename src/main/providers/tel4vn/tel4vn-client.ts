import type { Tel4vnSignIn } from '../../../shared/domain/accounts'
import type { MonitoredCall } from '../../../shared/domain/calls'
import { httpSettings, type ProviderClientOptions } from '../http/provider-client-options'
import { ProviderError } from '../http/provider-error'
import { createProviderHttp, systemHttpClock, type ProviderHttp } from '../http/provider-http'

import { readTel4vnError, rememberingLocalTimeToIso, VIETNAM_UTC_OFFSET_MINUTES } from './tel4vn-mapping'
import { tel4vnMonitorCallsSchema } from './tel4vn-monitor-answer'
import { exchangedToken, pastedToken, type Tel4vnCredentials } from './tel4vn-sign-in'

export { TOKEN_RENEWAL_MARGIN_MS } from './tel4vn-sign-in'

/** The Tel4vn call-centre API: the live agent monitor. */
export interface Tel4vnClient {
  readonly http: ProviderHttp
  readonly signIn: Tel4vnSignIn
  /** Calls ringing or in progress on logged-in extensions (`GET /v1/monitor/agent`). */
  monitorCalls(signal?: AbortSignal): Promise<{ calls: ReadonlyArray<MonitoredCall>; total: number }>
}

/**
 * Creates the client for one Tel4vn account. With `signIn` 'token' (the default, and the only
 * way the document shows) the secret is the token and the monitor is the only call; with
 * 'key_exchange' the secret is an API key exchanged for tokens first.
 */
export function createTel4vnClient(
  options: ProviderClientOptions & { readonly utcOffsetMinutes?: number; readonly signIn?: Tel4vnSignIn },
): Tel4vnClient {
  const signIn = options.signIn ?? 'token'
  const offset = options.utcOffsetMinutes ?? VIETNAM_UTC_OFFSET_MINUTES
  const monitorCalls = tel4vnMonitorCallsSchema(offset, rememberingLocalTimeToIso(offset))
  const credentials: Tel4vnCredentials =
    signIn === 'token'
      ? pastedToken(options.secret)
      : exchangedToken(options.secret, options.clock ?? systemHttpClock, () => http)

  const http: ProviderHttp = createProviderHttp({
    provider: 'tel4vn',
    baseUrl: options.baseUrl,
    pools: options.pools,
    authenticate: () => credentials.authenticate(),
    ...(credentials.renew ? { renewCredentials: credentials.renew } : {}),
    secrets: () => credentials.secrets(),
    readError: (_status, body) => readTel4vnError(body),
    ...httpSettings(options),
  })

  return {
    http,
    signIn,
    async monitorCalls(signal) {
      try {
        return await http.request({
          method: 'GET',
          path: '/v1/monitor/agent',
          // As the document's request shows it, though a GET carries no body.
          headers: { 'content-type': 'application/json' },
          schema: monitorCalls,
          ...(signal ? { signal } : {}),
        })
      } catch (error) {
        // A pasted token cannot be renewed here: say plainly what happened and what to do (the
        // monitor's status line shows it).
        if (signIn === 'token' && error instanceof ProviderError && error.kind === 'auth') {
          throw new ProviderError({
            ...error.toData(),
            problem: { code: 'problems:tel4vn.tokenRefused', next: error.problem },
          })
        }
        throw error
      }
    },
  }
}
