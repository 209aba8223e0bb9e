import { z } from 'zod'

import { providerIdSchema } from '../domain/providers'
import { uncertainWriteOutcomeSchema } from '../domain/write-check'
import { problemSchema } from '../i18n/problem'

/** Why an IPC call failed, as the renderer sees it. */
export const ipcErrorKindSchema = z.enum([
  'invalid_request',
  'unknown_operation',
  'untrusted_sender',
  'not_allowed',
  /** The provider refused or failed; the code says how. */
  'provider',
  'internal',
  /** The renderer cancelled the call (a read it stopped waiting for); main aborted its requests. */
  'cancelled',
])
export type IpcErrorKind = z.infer<typeof ipcErrorKindSchema>

/**
 * One problem found in a request, with the path of the field it concerns, as a code of the
 * catalog and its parameters (a shared schema's own code, or `problems:invalidField`).
 */
export const ipcIssueSchema = z.object({
  path: z.string(),
  problem: problemSchema,
})
export type IpcIssue = z.infer<typeof ipcIssueSchema>

/**
 * A failed call: a kind to branch on, and what happened as a problem (code, parameters and what
 * follows) that only the renderer puts into words (`problem-text.ts`). `message` is the same in
 * English for logs and developers; no screen shows it.
 */
export const ipcErrorSchema = z.object({
  kind: ipcErrorKindSchema,
  problem: problemSchema,
  message: z.string(),
  operation: z.string().optional(),
  /** For 'provider': what kind of failure (auth, forbidden, invalid_input, conflict, ...). */
  reason: z.string().optional(),
  /** For 'provider': which provider, and the label of the account, so the screen can name them. */
  provider: providerIdSchema.optional(),
  account: z.string().optional(),
  /** For 'provider': how long the provider asked us to wait (429), so the screen can count down. */
  retryAfterMs: z.number().nonnegative().optional(),
  /** For 'provider': a write whose answer was lost, as reading again showed it. */
  writeOutcome: uncertainWriteOutcomeSchema.optional(),
  issues: z.array(ipcIssueSchema).readonly().optional(),
})
export type IpcError = z.infer<typeof ipcErrorSchema>

/**
 * What travels back over every transport. Handlers never throw across the boundary:
 * Electron would flatten a thrown error into a string and lose its kind.
 */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError }

/** The envelope's shape, for transports that receive it as untyped JSON. */
export const ipcResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ipcErrorSchema }),
])

export { IpcCallError } from './call-error'
