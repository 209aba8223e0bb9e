import type { MonitoredCall } from '../../../shared/domain/calls'
import { httpSettings, secretMemory, type ProviderClientOptions } from '../http/provider-client-options'
import { ProviderError } from '../http/provider-error'
import { createProviderHttp, systemHttpClock, type ProviderHttp } from '../http/provider-http'
import { redactSecrets } from '../http/redaction'

import {
  readTel4vnError,
  rememberingLocalTimeToIso,
  toMonitoredCall,
  VIETNAM_UTC_OFFSET_MINUTES,
} from './tel4vn-mapping'
import { tel4vnApiKeySchema, tel4vnMonitorSchema, tel4vnTokenSchema } from './tel4vn-schemas'

/** A token is renewed this long before it expires, so a poll never carries a dying one. */
export const TOKEN_RENEWAL_MARGIN_MS = 60_000

/** The Tel4vn call-centre API: token handling and the live agent monitor. */
export interface Tel4vnClient {
  readonly http: ProviderHttp
  /** Calls ringing or in progress on logged-in extensions. */
  monitorCalls(signal?: AbortSignal): Promise<{ calls: ReadonlyArray<MonitoredCall>; total: number }>
  /** Obtains a token now (also a cheap check that the API key works). */
  refreshToken(signal?: AbortSignal): Promise<{ expiresAt: number; userId: string | null }>
}

/**
 * Creates the client for one Tel4vn account. The secret is the API key; the short-lived token
 * lives only in memory, is renewed before it expires, and once more on a 401.
 */
export function createTel4vnClient(
  options: ProviderClientOptions & { readonly utcOffsetMinutes?: number },
): Tel4vnClient {
  const secrets = secretMemory()
  const clock = options.clock ?? systemHttpClock
  const offset = options.utcOffsetMinutes ?? VIETNAM_UTC_OFFSET_MINUTES
  const startTimeOf = rememberingLocalTimeToIso(offset)
  let token: { value: string; expiresAt: number; userId: string | null } | undefined
  let pending: Promise<NonNullable<typeof token>> | undefined

  const http: ProviderHttp = createProviderHttp({
    provider: 'tel4vn',
    baseUrl: options.baseUrl,
    pools: options.pools,
    authenticate: async () => ({ authorization: `Bearer ${(await currentToken()).value}` }),
    renewCredentials: async () => {
      token = undefined
      await currentToken()
      return true
    },
    secrets: () => [...secrets.all(), token?.value],
    readError: (_status, body) => readTel4vnError(body),
    ...httpSettings(options),
  })

  // One exchange at a time: a burst of polls after a wake-up must not fetch five tokens.
  function currentToken(signal?: AbortSignal) {
    if (token && token.expiresAt - TOKEN_RENEWAL_MARGIN_MS > clock.now()) return Promise.resolve(token)
    pending ??= exchange(signal).finally(() => {
      pending = undefined
    })
    return pending
  }

  async function exchange(signal?: AbortSignal) {
    const apiKey = secrets.remember(await options.secret())
    const answer = await http.request({
      method: 'POST',
      path: '/v1/auth/token',
      body: { api_key: apiKey },
      schema: tel4vnTokenSchema,
      anonymous: true,
      ...(signal ? { signal } : {}),
    })
    token = { value: answer.token, expiresAt: answer.expired * 1000, userId: answer.user_id ?? null }
    return token
  }

  return {
    http,
    async monitorCalls(signal) {
      const answer = await http.request({
        method: 'GET',
        path: '/v1/monitor/agent',
        schema: tel4vnMonitorSchema,
        ...(signal ? { signal } : {}),
      })
      const calls = answer.data.flatMap((row) => toMonitoredCall(row, offset, startTimeOf) ?? [])
      return { calls, total: answer.total ?? answer.data.length }
    },
    async refreshToken(signal) {
      token = undefined
      const fresh = await currentToken(signal)
      return { expiresAt: fresh.expiresAt, userId: fresh.userId }
    },
  }
}

/**
 * Exchanges a Tel4vn user name and password for the API key that AgentDesk keeps in the
 * keychain; the password itself is never stored.
 */
export async function obtainTel4vnApiKey(
  http: ProviderHttp,
  username: string,
  password: string,
  signal?: AbortSignal,
): Promise<string> {
  try {
    const answer = await http.request({
      method: 'POST',
      path: '/v1/auth',
      body: { username, password },
      schema: tel4vnApiKeySchema,
      anonymous: true,
      ...(signal ? { signal } : {}),
    })
    return answer.api_key
  } catch (error) {
    // The client does not know this password; a server echoing it must not put it in a message.
    if (error instanceof ProviderError) {
      throw new ProviderError({ ...error.toData(), message: redactSecrets(error.message, [password]) })
    }
    throw error
  }
}
