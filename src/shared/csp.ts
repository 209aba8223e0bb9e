/**
 * The renderer's Content-Security-Policy, defined once. Main sends it as a header on every
 * response, the browser harness sends the same header, and the build writes it into index.html
 * as a meta tag: the packaged app loads the page from a file, which has no headers to carry it.
 */
const directives: ReadonlyArray<readonly [name: string, value: string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  // Ringtones: main hands them over as data: URLs (a built-in tone or the user's own file).
  ['media-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
]

/** Directives a browser ignores, with a console warning, when they come in a meta tag. */
const headerOnly = new Set(['frame-ancestors'])

const serialise = (list: typeof directives) => list.map(([name, value]) => `${name} ${value}`).join('; ')

/** The policy as a response header. */
export const CONTENT_SECURITY_POLICY = serialise(directives)

/** The same policy for index.html's meta tag, without what only a header can say. */
export const CONTENT_SECURITY_POLICY_META = serialise(directives.filter(([name]) => !headerOnly.has(name)))
