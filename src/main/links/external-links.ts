import type { Problem } from '../../shared/i18n/problem'

/**
 * Hosts whose pages AgentDesk may open in the user's browser: the providers' own sites and
 * our documentation. Subdomains of a listed host are allowed.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlyArray<string> = ['alohub.vn', 'tel4vn.com', 'voipbin.net', 'github.com']

/** The verdict on a URL the app was asked to open; a refusal says why, as a code. */
export type LinkVerdict =
  { readonly allowed: true; readonly url: string } | { readonly allowed: false; readonly reason: Problem }

/** Only https links to allow-listed hosts leave the app; everything else is refused with why. */
export function checkExternalLink(raw: string, allowedHosts: ReadonlyArray<string> = EXTERNAL_LINK_HOSTS): LinkVerdict {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { allowed: false, reason: { code: 'problems:links.invalid' } }
  }
  if (url.protocol !== 'https:') {
    return {
      allowed: false,
      reason: { code: 'problems:links.httpsOnly', params: { scheme: url.protocol.replace(':', '') } },
    }
  }
  if (url.username || url.password) {
    return { allowed: false, reason: { code: 'problems:links.credentials' } }
  }
  const host = url.hostname.toLowerCase()
  const listed = allowedHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
  if (!listed) {
    return { allowed: false, reason: { code: 'problems:links.notListed', params: { host } } }
  }
  return { allowed: true, url: url.toString() }
}
