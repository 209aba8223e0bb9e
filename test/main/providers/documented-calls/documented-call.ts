import type { ProviderId } from '../../../../src/shared/domain/providers'

/**
 * Where a request may carry its credential. `bearer` is `Authorization: Bearer <value>`; a
 * query place is never listed: a credential in a URL ends up in logs and proxies.
 */
export type CredentialPlace =
  | { readonly in: 'bearer' }
  | { readonly in: 'header'; readonly name: string }
  | { readonly in: 'cookie'; readonly name: string }

/** Where a row comes from: a file of `../shared`, the line, and words the test finds on it. */
export interface Source {
  readonly file: string
  readonly line: number
  readonly quote: string
}

/**
 * One call as a document shows it. Paths are as the document writes them after the host;
 * `{name}` stands for one path segment. Headers other than transport headers must be listed.
 */
export interface DocumentedCall {
  readonly id: string
  readonly provider: ProviderId
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  readonly path: string
  /** Query names a request may carry (other than none). */
  readonly query: ReadonlyArray<string>
  /** Values a query name must take, where the document fixes them. */
  readonly queryValues?: Readonly<Record<string, ReadonlyArray<string>>>
  /** The request carries its credential in at least one of these (none: a public call). */
  readonly credential: ReadonlyArray<CredentialPlace>
  /** Headers a request may carry besides transport ones (lower case). */
  readonly headers: ReadonlyArray<string>
  /** Top-level JSON body keys a request may carry; null: no body at all. */
  readonly body: ReadonlyArray<string> | null
  readonly requiredBody?: ReadonlyArray<string>
  /** A WebSocket upgrade rather than a plain request. */
  readonly upgrade?: true
  /** The document shows it, public docs add it; the rows below name both sources. */
  readonly sources: ReadonlyArray<Source>
  /**
   * Why the app makes a call that only public docs (recorded in PROVIDERS.md) show, not the
   * provider's document; required of every row whose route comes from PROVIDERS.md alone.
   */
  readonly publicDocs?: string
  /** `all`: the request carries the credential in every listed place (VoIPbin: a server may read either). */
  readonly credentialIn?: 'any' | 'all'
  /** Sent only in a mode the user chooses; the test runs that mode separately. */
  readonly optIn?: 'tel4vn-key-exchange'
  /** The document mentions the call but the app never makes it, and why. */
  readonly neverSent?: string
}

/** The documents, as files of `../shared`. */
export const ALOHUB = 'specs/alohub-agents-api.txt'
export const TEL4VN = 'specs/tel4vn-monitor-api.md'
export const VOIPBIN = 'specs/voipbin-agents-api.rst'
export const AVATAR = 'specs/avatar-agents-api.txt'
export const AGENTHUB = 'specs/agenthub-rest-api.txt'
export const FACTS = 'PROVIDERS.md'
