import { secretMemory } from '../http/provider-client-options'
import type { HttpClock, ProviderHttp } from '../http/provider-http'

import { tel4vnTokenSchema } from './tel4vn-schemas'

/** A token is renewed this long before it expires, so a poll never carries a dying one. */
export const TOKEN_RENEWAL_MARGIN_MS = 60_000

/** How a Tel4vn client puts its credentials on a request. */
export interface Tel4vnCredentials {
  /** The headers of one request. */
  authenticate(): Promise<Readonly<Record<string, string>>>
  /** On a 401: whether fresh credentials were obtained and the request may be sent again. */
  readonly renew?: () => Promise<boolean>
  /** Every secret used so far, so that none reaches an error message. */
  secrets(): Iterable<string | undefined>
}

/**
 * The document's one way in: the secret is the token, sent as it is as
 * `Authorization: Bearer {{TOKEN}}`. Nothing renews it: a 401 is for the user to act on.
 */
export function pastedToken(secret: () => Promise<string>): Tel4vnCredentials {
  const seen = secretMemory()
  return {
    authenticate: async () => ({ authorization: `Bearer ${seen.remember(await secret())}` }),
    secrets: seen.all,
  }
}

/**
 * The way in of Tel4vn's public docs, chosen explicitly: the secret is an API key, exchanged
 * through `POST /v1/auth/token` for a short-lived token that lives only in memory, renewed
 * before it expires and once more on a 401.
 */
export function exchangedToken(
  secret: () => Promise<string>,
  clock: HttpClock,
  http: () => ProviderHttp,
): Tel4vnCredentials {
  const seen = secretMemory()
  let token: { value: string; expiresAt: number } | undefined
  let pending: Promise<NonNullable<typeof token>> | undefined

  // One exchange at a time: a burst of polls after a wake-up must not fetch five tokens.
  const current = () => {
    if (token && token.expiresAt - TOKEN_RENEWAL_MARGIN_MS > clock.now()) return Promise.resolve(token)
    pending ??= exchange().finally(() => {
      pending = undefined
    })
    return pending
  }

  const exchange = async () => {
    const apiKey = seen.remember(await secret())
    const answer = await http().request({
      method: 'POST',
      path: '/v1/auth/token',
      body: { api_key: apiKey },
      schema: tel4vnTokenSchema,
      anonymous: true,
    })
    token = { value: answer.token, expiresAt: answer.expired * 1000 }
    return token
  }

  return {
    authenticate: async () => ({ authorization: `Bearer ${(await current()).value}` }),
    renew: async () => {
      token = undefined
      await current()
      return true
    },
    secrets: () => [...seen.all(), token?.value],
  }
}
