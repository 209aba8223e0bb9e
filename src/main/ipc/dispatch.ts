import type { z } from 'zod'

import { readProblem, type Problem } from '../../shared/i18n/problem'
import {
  cancellableOperations,
  ipcOperations,
  isOperationName,
  type OperationName,
  type ResponseOf,
  type ValidRequestOf,
} from '../../shared/ipc/contract'
import type { IpcError, IpcIssue, IpcResult } from '../../shared/ipc/result'
import type { Logger } from '../core/logger'
import { englishText } from '../i18n/catalog'
import { ProviderError } from '../providers/http/provider-error'
import { withRequestScope } from '../providers/http/request-scope'

import { OperationError } from './operation-error'

/** One async function per operation; each receives a request already validated. */
export type OperationHandlers = {
  readonly [N in OperationName]: (request: ValidRequestOf<N>) => Promise<ResponseOf<N>>
}

/** Larger requests are refused before parsing: no operation needs more. */
export const MAX_REQUEST_BYTES = 64 * 1024

/**
 * Validates an untrusted request against the contract, runs its handler and validates the
 * answer. Never throws: every failure becomes an error envelope with a kind.
 *
 * `signal` is the renderer's cancel of this call (ipc-calls.ts). For a read of
 * `cancellableOperations` it aborts every provider request the handler makes (through the request
 * scope) and the call answers `cancelled` at once, whatever the handler still does. Any other
 * operation ignores it: a write runs to its end.
 */
export async function dispatch(
  handlers: OperationHandlers,
  operation: unknown,
  payload: unknown,
  logger: Logger,
  signal?: AbortSignal,
): Promise<IpcResult<unknown>> {
  if (!isOperationName(operation)) {
    return failure({
      kind: 'unknown_operation',
      problem: { code: 'problems:ipc.unknownOperation', params: { name: describe(operation) } },
    })
  }
  const size = measure(payload)
  if (size === undefined || size > MAX_REQUEST_BYTES) {
    return failure({
      kind: 'invalid_request',
      operation,
      problem:
        size === undefined
          ? { code: 'problems:ipc.notPlainData', params: { operation } }
          : { code: 'problems:ipc.tooLarge', params: { operation, size, max: MAX_REQUEST_BYTES } },
    })
  }
  const { request, response } = ipcOperations[operation]
  const parsed = request.safeParse(payload ?? {})
  if (!parsed.success) {
    const issues = toIssues(parsed.error)
    return failure(
      { kind: 'invalid_request', operation, issues, problem: { code: 'problems:ipc.invalid', params: { operation } } },
      // The log's English names each field's problem too.
      `: ${parsed.error.issues.map(formatIssue).join('; ')}.`,
    )
  }
  const cancel = cancellableOperations.has(operation) ? signal : undefined
  // Cancelled before it ran (the renderer gave up while the request crossed): nothing is sent.
  if (cancel?.aborted) return failure({ kind: 'cancelled', operation, problem: cancelledProblem(operation) })
  try {
    const handler = handlers[operation] as (request: unknown) => Promise<unknown>
    const answer = response.safeParse(
      cancel
        ? await untilCancelled(
            withRequestScope({ signal: cancel }, () => handler(parsed.data)),
            cancel,
          )
        : await handler(parsed.data),
    )
    if (!answer.success) {
      logger.error(`ipc: ${operation} produced an answer outside the contract`, {
        issues: answer.error.issues.map(formatIssue),
      })
      return failure({ kind: 'internal', operation, problem: internalProblem(operation) })
    }
    return { ok: true, value: answer.data }
  } catch (error) {
    // Whatever a cancelled read failed with (an AbortError, a socket closed under it), it was cancelled.
    if (cancel?.aborted) return failure({ kind: 'cancelled', operation, problem: cancelledProblem(operation) })
    if (error instanceof OperationError) {
      return failure({ kind: error.kind, operation, problem: error.problem })
    }
    // A provider's problem is already scrubbed of secrets, its own words included.
    if (error instanceof ProviderError) {
      const { provider, account, retryAfterMs, writeOutcome } = error
      return failure({
        kind: 'provider',
        operation,
        problem: error.problem,
        reason: error.kind,
        provider,
        ...(account === undefined ? {} : { account }),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        ...(writeOutcome === undefined ? {} : { writeOutcome }),
      })
    }
    logger.error(`ipc: ${operation} failed`, { error })
    return failure({ kind: 'internal', operation, problem: internalProblem(operation) })
  }
}

/** The envelope of a failure; its `message` is the problem in English, for logs and developers. */
export function failure(error: Omit<IpcError, 'message'>, more = ''): IpcResult<never> {
  const words = englishText(error.problem)
  return { ok: false, error: { ...error, message: more ? `${words.replace(/\.$/, '')}${more}` : words } }
}

function cancelledProblem(operation: string): Problem {
  return { code: 'problems:ipc.cancelled', params: { operation } }
}

/**
 * The handler's answer, or a rejection as soon as `signal` aborts: the renderer hears "cancelled"
 * at once even if the handler is still inside something the signal does not reach (the keychain).
 */
function untilCancelled<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('cancelled'))
    signal.addEventListener('abort', onAbort, { once: true })
    void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

function internalProblem(operation: string): Problem {
  return { code: 'problems:ipc.internal', params: { operation } }
}

/**
 * Each refused field as a problem: a shared schema's own (written with problemMessage), or, for
 * zod's own words, which the screen could not put in the user's language, "not valid" with the path.
 */
function toIssues(error: z.ZodError): ReadonlyArray<IpcIssue> {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    return {
      path,
      problem:
        readProblem(issue.message) ??
        (path ? { code: 'problems:invalidField', params: { path } } : { code: 'problems:invalidValue' }),
    }
  })
}

/** An issue for the log and developers: the path, and zod's words or the problem's English. */
function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.')
  const problem = readProblem(issue.message)
  const words = problem ? englishText(problem) : issue.message
  return path ? `${path}: ${words}` : words
}

/** Serialised size in bytes, or undefined when the value is not JSON-like data. */
function measure(payload: unknown): number | undefined {
  if (payload === undefined) return 0
  try {
    // undefined for a function or a symbol, whatever the declared type says.
    const text = JSON.stringify(payload) as string | undefined
    return Buffer.byteLength(text ?? '')
  } catch {
    return undefined
  }
}

function describe(value: unknown): string {
  if (typeof value !== 'string') return `of type ${value === null ? 'null' : typeof value}`
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
}
