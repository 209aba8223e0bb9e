import type { IncomingHttpHeaders } from 'node:http'

import type { CredentialPlace, DocumentedCall } from './documented-calls'

/** What a provider received: the sandbox's record of one request. */
export interface SentRequest {
  readonly method: string
  readonly path: string
  /** The query string with its "?", or empty. */
  readonly query: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
  readonly outcome: number | 'reset' | 'hang' | 'upgrade'
}

/** Headers every HTTP client or WebSocket upgrade sends, which no document lists. */
const TRANSPORT_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'accept',
  'accept-encoding',
  'user-agent',
  'upgrade',
  'sec-websocket-key',
  'sec-websocket-version',
  'sec-websocket-extensions',
  'sec-websocket-protocol',
])

/** Why a request does not fit a row; empty when it does. */
export function mismatches(row: DocumentedCall, request: SentRequest): string[] {
  const problems: string[] = []
  const query = new URLSearchParams(request.query)
  for (const name of new Set(query.keys())) {
    if (!row.query.includes(name)) problems.push(`query "${name}" is not documented`)
    const allowed = row.queryValues?.[name]
    if (allowed && !query.getAll(name).every((value) => allowed.includes(value))) {
      problems.push(`query ${name}=${query.get(name) ?? ''} is not one of ${allowed.join(', ')}`)
    }
  }
  for (const name of Object.keys(request.headers)) {
    if (!TRANSPORT_HEADERS.has(name) && !row.headers.includes(name)) problems.push(`header "${name}" is not documented`)
  }
  const carried = row.credential.filter((place) => carries(place, request.headers))
  if (row.credential.length > 0 && carried.length === 0) {
    problems.push(`no credential where the document puts it (${row.credential.map(describePlace).join(' or ')})`)
  } else if (row.credentialIn === 'all' && carried.length < row.credential.length) {
    const missing = row.credential.filter((place) => !carried.includes(place))
    problems.push(`the credential is missing from ${missing.map(describePlace).join(' and ')}`)
  }
  if (Boolean(row.upgrade) !== (request.outcome === 'upgrade')) {
    problems.push(row.upgrade ? 'expected a WebSocket upgrade' : 'a WebSocket upgrade where a request is documented')
  }
  problems.push(...bodyProblems(row, request.body))
  return problems
}

function bodyProblems(row: DocumentedCall, raw: string): string[] {
  if (row.body === null) return raw.length > 0 ? ['a body where the document shows none'] : []
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return ['the body is not JSON']
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['the body is not a JSON object']
  const keys = Object.keys(body)
  return [
    ...keys.filter((key) => !row.body?.includes(key)).map((key) => `body key "${key}" is not documented`),
    ...(row.requiredBody ?? []).filter((key) => !keys.includes(key)).map((key) => `body key "${key}" is missing`),
  ]
}

function carries(place: CredentialPlace, headers: IncomingHttpHeaders): boolean {
  switch (place.in) {
    case 'bearer':
      return /^Bearer \S+$/.test(String(headers.authorization ?? ''))
    case 'header':
      return String(headers[place.name] ?? '') !== ''
    case 'cookie':
      return String(headers.cookie ?? '')
        .split(';')
        .some((pair) => {
          const [name, ...value] = pair.trim().split('=')
          return name === place.name && value.join('=') !== ''
        })
  }
}

function describePlace(place: CredentialPlace): string {
  return place.in === 'bearer' ? 'Authorization: Bearer' : `${place.in} ${place.name}`
}

/** Whether a request's method and path are the row's (`{name}` is one segment). */
export function sameRoute(row: DocumentedCall, request: Pick<SentRequest, 'method' | 'path'>): boolean {
  if (row.method !== request.method) return false
  const pattern = row.path
    .split('/')
    .map((segment) => (/^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${pattern}$`).test(request.path)
}

/** The verdict on one request: the row it fits, or why it fits none. */
export type Verdict =
  | { readonly ok: true; readonly row: DocumentedCall }
  | { readonly ok: false; readonly request: string; readonly problems: ReadonlyArray<string> }

/**
 * Checks a request against the rows of its provider. A request whose route no row documents,
 * or that a row marks as never sent, fails; so does one that differs from its row.
 */
export function checkRequest(rows: ReadonlyArray<DocumentedCall>, request: SentRequest): Verdict {
  const label = `${request.method} ${request.path}${request.query}`
  const candidates = rows.filter((row) => sameRoute(row, request))
  if (candidates.length === 0) return { ok: false, request: label, problems: ['no document shows this call'] }
  const problems: string[] = []
  for (const row of candidates) {
    if (row.neverSent) {
      problems.push(`${row.id}: AgentDesk must not send it (${row.neverSent})`)
      continue
    }
    const found = mismatches(row, request)
    if (found.length === 0) return { ok: true, row }
    problems.push(...found.map((problem) => `${row.id}: ${problem}`))
  }
  return { ok: false, request: label, problems }
}

/** Whether a secret shows anywhere in a request's URL. */
export function secretInUrl(request: SentRequest, secrets: ReadonlyArray<string>): boolean {
  const url = `${request.path}${request.query}`
  return secrets.some((secret) => secret !== '' && (url.includes(secret) || url.includes(encodeURIComponent(secret))))
}
