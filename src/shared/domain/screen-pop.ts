import type { KeysUnder } from '../i18n/catalog-keys'
import type { Problem, ProblemParams } from '../i18n/problem'

import type { ProviderId } from './providers'

/**
 * Screen pop: an address of the user's own system (a CRM record, a ticket search) opened in
 * their browser for a ringing call, built from a template with placeholders.
 *
 * Decisions, so no call value can ever change where the address leads:
 * - only `https:`, or `http:` to this computer (localhost, 127.0.0.1, [::1]); no user name or
 *   password in the address;
 * - placeholders sit in the path, the query or the fragment, never in the scheme or the host
 *   (a value in the host would choose the server the browser talks to);
 * - every value is percent-encoded (encodeURIComponent, plus ! ' ( ) *), so it cannot add a
 *   `/`, `?`, `#`, `@`, a quote or a line break; a value that would still make a `.` or `..`
 *   path segment is refused, and so is an address longer than browsers reliably open;
 * - there is no placeholder for a key or token, and main refuses a template that contains the
 *   account's key (keys never go in a URL, and the template is kept in the settings file).
 */

/** The placeholders a template may use. */
export const screenPopPlaceholders = ['number', 'extension', 'call_id', 'direction', 'agent'] as const
export type ScreenPopPlaceholder = (typeof screenPopPlaceholders)[number]

/**
 * A call's values as its provider names them; null when the provider does not give one (it
 * becomes empty in the address, never a guess).
 * - `number`: the other party's number;
 * - `extension`: the extension the call is on;
 * - `call_id`: the provider's id of the call;
 * - `direction`: `inbound` or `outbound`, as the provider says it;
 * - `agent`: the agent's user name at the provider.
 */
export type ScreenPopValues = Readonly<Record<ScreenPopPlaceholder, string | null>>

export const SCREEN_POP_TEMPLATE_MAX = 1000
/** Longer addresses are cut or refused by some browsers and by the OS's URL handlers. */
export const SCREEN_POP_URL_MAX = 2048

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
const PLACEHOLDER = /\{([^{}]*)\}/g
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i

type ScreenPopProblem = KeysUnder<'accounts:problems.screenPop'>
const problem = (key: ScreenPopProblem, params?: ProblemParams): Problem => ({
  code: `accounts:problems.screenPop.${key}`,
  ...(params ? { params } : {}),
})

/** A checked template: what the address is before any value goes in. */
interface CheckedTemplate {
  readonly template: string
  readonly reference: URL
}

/** Why a template cannot be used, or null when it can. */
export function screenPopTemplateProblem(template: string): Problem | null {
  const checked = checkTemplate(template)
  return 'problem' in checked ? checked.problem : null
}

function checkTemplate(template: string): CheckedTemplate | { readonly problem: Problem } {
  if (template.length > SCREEN_POP_TEMPLATE_MAX)
    return { problem: problem('tooLong', { max: SCREEN_POP_TEMPLATE_MAX }) }
  // The URL parser drops tabs and line breaks silently ("java\nscript:" is "javascript:") and reads
  // a backslash as a slash: refuse them rather than check something else than what is opened.
  if (/[\s\\]/.test(template) || [...template].some(isControl)) return { problem: problem('characters') }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(template)?.[1]?.toLowerCase()
  if (scheme === undefined) return { problem: problem('fullUrl') }
  if (scheme !== 'https' && scheme !== 'http') return { problem: problem('scheme', { scheme }) }
  if (!template.slice(scheme.length + 1).startsWith('//')) return { problem: problem('fullUrl') }
  const authority = /^[^/?#]*/.exec(template.slice(scheme.length + 3))?.[0] ?? ''
  // "https:///{number}" would take its host from the first path segment: a host is required here.
  if (authority === '') return { problem: problem('fullUrl') }
  if (/[{}]/.test(authority)) return { problem: problem('placeholderInHost') }
  for (const [, name = ''] of template.matchAll(PLACEHOLDER)) {
    if (!(screenPopPlaceholders as ReadonlyArray<string>).includes(name)) {
      return { problem: problem('unknownPlaceholder', { name: `{${name}}` }) }
    }
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return { problem: problem('braces') }
  let reference: URL
  try {
    reference = new URL(template.replace(PLACEHOLDER, 'x'))
  } catch {
    return { problem: problem('fullUrl') }
  }
  if (reference.hostname === '') return { problem: problem('fullUrl') }
  if (reference.protocol === 'http:' && !LOOPBACK_HOSTS.has(reference.hostname)) {
    return { problem: problem('httpLoopbackOnly', { host: reference.hostname }) }
  }
  if (reference.username || reference.password) return { problem: problem('credentials') }
  if (hasDotSegment(template.replace(PLACEHOLDER, 'x'), scheme)) return { problem: problem('dotSegments') }
  return { template, reference }
}

/** The result of building an address for a call. */
export type ScreenPopBuild =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly problem: Problem }

/**
 * The address for one call. The template is checked again (a settings file may have been edited
 * by hand), each value is encoded, and the result must lead to the same scheme, host and port as
 * the template, with no dot segment a value could have made.
 */
export function buildScreenPopUrl(template: string, values: ScreenPopValues): ScreenPopBuild {
  const checked = checkTemplate(template)
  if ('problem' in checked) return { ok: false, problem: checked.problem }
  const built = template.replace(PLACEHOLDER, (_whole, name: ScreenPopPlaceholder) => encodeValue(values[name] ?? ''))
  if (built.length > SCREEN_POP_URL_MAX) {
    return { ok: false, problem: problem('urlTooLong', { max: SCREEN_POP_URL_MAX }) }
  }
  const scheme = checked.reference.protocol.slice(0, -1)
  if (hasDotSegment(built, scheme)) return { ok: false, problem: problem('unsafeValue') }
  let url: URL
  try {
    url = new URL(built)
  } catch {
    return { ok: false, problem: problem('unsafeValue') }
  }
  const { reference } = checked
  const sameTarget =
    url.protocol === reference.protocol &&
    url.host === reference.host &&
    url.username === '' &&
    url.password === '' &&
    url.pathname.split('/').length === reference.pathname.split('/').length
  if (!sameTarget) return { ok: false, problem: problem('unsafeValue') }
  if (url.href.length > SCREEN_POP_URL_MAX) {
    return { ok: false, problem: problem('urlTooLong', { max: SCREEN_POP_URL_MAX }) }
  }
  return { ok: true, url: url.href }
}

/** encodeURIComponent leaves ! ' ( ) * alone and throws on a lone surrogate; neither is wanted here. */
function encodeValue(value: string): string {
  const wellFormed = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  return encodeURIComponent(wellFormed).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

function isControl(character: string): boolean {
  const code = character.charCodeAt(0)
  return code < 0x20 || code === 0x7f
}

/** Whether the path of an address (before its query and fragment) holds a `.` or `..` segment. */
function hasDotSegment(address: string, scheme: string): boolean {
  const afterAuthority = address.slice(scheme.length + 3).replace(/^[^/?#]*/, '')
  const path = /^[^?#]*/.exec(afterAuthority)?.[0] ?? ''
  return path.split('/').some((segment) => DOT_SEGMENT.test(segment))
}

/**
 * Whether an address may be opened as a screen pop: the platform asks this again right before
 * handing it to the OS, so no other path can open something the builder would not build.
 */
export function isScreenPopAddress(address: string): boolean {
  if (address.length > SCREEN_POP_URL_MAX || !URL.canParse(address)) return false
  const url = new URL(address)
  if (url.username || url.password) return false
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
}

/**
 * Values for the form's preview, from the example in each provider's document: Tel4vn's
 * monitor sample (an outbound call, so its destination is the other party); VoIPbin names only
 * the agent whose phone rings.
 */
export function screenPopSample(provider: ProviderId): ScreenPopValues {
  if (provider === 'voipbin') {
    return { number: null, extension: null, call_id: null, direction: null, agent: 'test2' }
  }
  return {
    number: '0899123456',
    extension: '101',
    call_id: '6a65480c-8bc7-4d4a-9aae-4488d67bf711',
    direction: 'outbound',
    agent: 'test01',
  }
}

/** The providers whose monitor hears rings, so a screen pop can follow one. */
export const screenPopProviders: ReadonlyArray<ProviderId> = ['tel4vn', 'voipbin']
