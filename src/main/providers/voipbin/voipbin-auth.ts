import { ProviderError } from '../http/provider-error'

/** RFC 6265 cookie-octets: what a token must be made of to travel as `Cookie: token=<t>`. */
const COOKIE_VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/

/**
 * The headers that carry a VoIPbin token, on every REST request and on the push upgrade. The
 * agents document shows `Cookie: token=` (and `?token=`), the current public docs
 * `Authorization: Bearer`: both go, so a server that reads either accepts it. Never the URL:
 * URLs end up in logs and proxies.
 */
export function voipbinAuthHeaders(token: string): Readonly<Record<string, string>> {
  if (!COOKIE_VALUE.test(token)) {
    // The token itself is never repeated: it is a secret even when it is malformed.
    throw new ProviderError({
      provider: 'voipbin',
      kind: 'auth',
      problem: { code: 'problems:voipbin.badToken' },
    })
  }
  return { authorization: `Bearer ${token}`, cookie: `token=${token}` }
}
