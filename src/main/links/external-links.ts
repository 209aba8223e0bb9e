/**
 * Hosts whose pages AgentDesk may open in the user's browser: the providers' own sites and
 * our documentation. Subdomains of a listed host are allowed.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlyArray<string> = ['alohub.vn', 'tel4vn.com', 'voipbin.net', 'github.com']

/** The verdict on a URL the app was asked to open. */
export type LinkVerdict =
  { readonly allowed: true; readonly url: string } | { readonly allowed: false; readonly reason: string }

/** Only https links to allow-listed hosts leave the app; everything else is refused with why. */
export function checkExternalLink(raw: string, allowedHosts: ReadonlyArray<string> = EXTERNAL_LINK_HOSTS): LinkVerdict {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { allowed: false, reason: 'That is not a valid web address.' }
  }
  if (url.protocol !== 'https:') {
    return { allowed: false, reason: `Only https links are opened (this one is ${url.protocol.replace(':', '')}).` }
  }
  if (url.username || url.password) {
    return { allowed: false, reason: 'Links carrying a user name or password are not opened.' }
  }
  const host = url.hostname.toLowerCase()
  const listed = allowedHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
  if (!listed) {
    return { allowed: false, reason: `${host} is not on AgentDesk's list of sites it opens.` }
  }
  return { allowed: true, url: url.toString() }
}
