import type { z } from 'zod'

import {
  ipcOperations,
  isOperationName,
  type OperationName,
  type ResponseOf,
  type ValidRequestOf,
} from '../../shared/ipc/contract'
import type { IpcError, IpcIssue, IpcResult } from '../../shared/ipc/result'
import type { Logger } from '../core/logger'
import { ProviderError } from '../providers/http/provider-error'

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
 */
export async function dispatch(
  handlers: OperationHandlers,
  operation: unknown,
  payload: unknown,
  logger: Logger,
): Promise<IpcResult<unknown>> {
  if (!isOperationName(operation)) {
    return failure({
      kind: 'unknown_operation',
      message: `There is no operation called ${describe(operation)}.`,
    })
  }
  const size = measure(payload)
  if (size === undefined || size > MAX_REQUEST_BYTES) {
    return failure({
      kind: 'invalid_request',
      operation,
      message:
        size === undefined
          ? `The request for ${operation} is not plain data.`
          : `The request for ${operation} is too large (${size} bytes; at most ${MAX_REQUEST_BYTES}).`,
    })
  }
  const { request, response } = ipcOperations[operation]
  const parsed = request.safeParse(payload ?? {})
  if (!parsed.success) {
    const issues = toIssues(parsed.error)
    return failure({
      kind: 'invalid_request',
      operation,
      issues,
      message: `The request for ${operation} is invalid: ${issues.map(formatIssue).join('; ')}.`,
    })
  }
  try {
    const handler = handlers[operation] as (request: unknown) => Promise<unknown>
    const answer = response.safeParse(await handler(parsed.data))
    if (!answer.success) {
      logger.error(`ipc: ${operation} produced an answer outside the contract`, {
        issues: toIssues(answer.error),
      })
      return failure({ kind: 'internal', operation, message: internalMessage(operation) })
    }
    return { ok: true, value: answer.data }
  } catch (error) {
    if (error instanceof OperationError) {
      return failure({ kind: error.kind, operation, message: error.message })
    }
    // Provider messages are written for people and already scrubbed of secrets.
    if (error instanceof ProviderError) {
      const { provider, account, retryAfterMs, writeOutcome } = error
      return failure({
        kind: 'provider',
        operation,
        message: error.message,
        reason: error.kind,
        provider,
        ...(account === undefined ? {} : { account }),
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        ...(writeOutcome === undefined ? {} : { writeOutcome }),
      })
    }
    logger.error(`ipc: ${operation} failed`, { error })
    return failure({ kind: 'internal', operation, message: internalMessage(operation) })
  }
}

function failure(error: IpcError): IpcResult<never> {
  return { ok: false, error }
}

function internalMessage(operation: string): string {
  return `AgentDesk could not complete ${operation} because of an internal error; the details are in the log.`
}

function toIssues(error: z.ZodError): ReadonlyArray<IpcIssue> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

function formatIssue(issue: IpcIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message
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
