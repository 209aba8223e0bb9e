import { act } from '@testing-library/react'

import {
  cancellableOperations,
  ipcEvents,
  ipcOperations,
  isOperationName,
  type EventName,
  type EventPayloadOf,
  type OperationName,
  type RequestOf,
  type ResponseOf,
  type ValidRequestOf,
} from '../../../shared/ipc/contract'
import { IpcCallError, ipcErrorSchema, type IpcError } from '../../../shared/ipc/result'
import type { AgentDeskClient, CallOptions } from '../ipc/client'

/**
 * The one pretend boundary of the component tests: the services behind the IPC client. Each
 * fake answer is checked against the same contract (src/shared/ipc/contract.ts) main's dispatch
 * checks with, and so is every request a component sends, so a fake cannot drift from the real
 * services unnoticed. The real path (preload, dispatch, the services, the sandbox) is covered by
 * the end-to-end suite; here only the renderer is real.
 */

/** What the services answer to one operation: a value, or a function of the (validated) request. */
export type FakeAnswer<N extends OperationName> =
  ResponseOf<N> | ((request: ValidRequestOf<N>) => ResponseOf<N> | Promise<ResponseOf<N>>)

export type FakeAnswers = { [N in OperationName]?: FakeAnswer<N> }

/** One call a component made, with the request exactly as it sent it. */
export interface RecordedCall {
  readonly operation: OperationName
  readonly request: unknown
}

export interface FakeClient extends AgentDeskClient {
  /** Every call so far, in order. */
  readonly calls: ReadonlyArray<RecordedCall>
  /**
   * The calls the component cancelled (their signal aborted) before they were answered, in order.
   * Like main, a cancelled read then fails as `cancelled`; a write still gets its answer.
   */
  readonly cancelled: ReadonlyArray<RecordedCall>
  /** The requests sent to one operation, in order. */
  requestsTo<N extends OperationName>(operation: N): RequestOf<N>[]
  /** Replaces the answer to one operation from now on. */
  answer<N extends OperationName>(operation: N, answer: FakeAnswer<N>): void
  /** Pushes an event as main would (checked against the contract), inside React's act(). */
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): Promise<void>
}

/** A failure as the services report it; throw it from a fake answer. */
export function ipcFailure(error: Omit<IpcError, 'message'> & { message?: string }): IpcCallError {
  return new IpcCallError({ message: 'The services refused this (a test failure).', ...error })
}

/** Requests or answers outside the contract, for the setup file to fail the test with. */
const violations: string[] = []

/** The contract violations since the last call, cleared. */
export function takeContractViolations(): string[] {
  return violations.splice(0)
}

/** Like main's dispatch: larger requests are refused before parsing. */
const MAX_REQUEST_BYTES = 64 * 1024

const issuesOf = (error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }) =>
  error.issues.map((issue) => `${issue.path.map(String).join('.') || '(request)'}: ${issue.message}`).join('; ')

/** A client whose services are the given answers; see the file's comment for what it checks. */
export function createFakeClient(
  initial: FakeAnswers = {},
  transport: AgentDeskClient['transport'] = 'electron',
): FakeClient {
  const answers: Record<string, unknown> = { ...initial }
  const calls: RecordedCall[] = []
  const cancelled: RecordedCall[] = []
  const listeners = new Map<string, Set<(payload: unknown) => void>>()

  const refuse = (operation: string, problem: string, error: IpcError): Promise<never> => {
    violations.push(`${operation}: ${problem}`)
    return Promise.reject(new IpcCallError(error))
  }

  const invoke = async (operation: string, sent: unknown, signal: AbortSignal | undefined): Promise<unknown> => {
    if (!isOperationName(operation)) {
      return refuse(operation, 'not an operation of the contract', {
        kind: 'unknown_operation',
        problem: { code: 'problems:ipc.unknownOperation', params: { name: operation } },
        message: `There is no operation called ${operation}.`,
      })
    }
    const payload = sent ?? {}
    let json: string
    try {
      json = JSON.stringify(payload)
    } catch {
      return refuse(operation, 'the request is not plain data', {
        kind: 'invalid_request',
        operation,
        problem: { code: 'problems:ipc.notPlainData', params: { operation } },
        message: `The request for ${operation} is not plain data.`,
      })
    }
    const recorded: RecordedCall = { operation, request: JSON.parse(json) as unknown }
    calls.push(recorded)
    const { request, response } = ipcOperations[operation]
    const parsed = request.safeParse(payload)
    if (!parsed.success || json.length > MAX_REQUEST_BYTES) {
      const problem = parsed.success ? `the request is larger than ${MAX_REQUEST_BYTES} bytes` : issuesOf(parsed.error)
      return refuse(operation, `the component sent a request outside the contract: ${problem}`, {
        kind: 'invalid_request',
        operation,
        problem: { code: 'problems:ipc.invalid', params: { operation } },
        message: `The request for ${operation} is invalid: ${problem}.`,
      })
    }
    if (!Object.hasOwn(answers, operation)) {
      // Not a contract violation: the test simply did not expect this call. The component sees
      // what it would see if the services failed, and the test can assert on `calls`.
      throw new IpcCallError({
        kind: 'internal',
        operation,
        problem: { code: 'problems:ipc.internal', params: { operation } },
        message: `The test gave no answer to ${operation}.`,
      })
    }
    const answer = answers[operation]
    let value: unknown
    try {
      const produced = Promise.resolve(
        typeof answer === 'function' ? (answer as (request: unknown) => unknown)(parsed.data) : answer,
      )
      value = await (signal ? whileCancellable(recorded, produced, signal) : produced)
    } catch (error) {
      if (!(error instanceof IpcCallError)) {
        violations.push(`${operation}: the fake answer threw ${String(error)}`)
        throw error
      }
      const checked = ipcErrorSchema.safeParse({ operation, ...error.error })
      if (!checked.success) {
        return refuse(operation, `the fake failure is outside the contract: ${issuesOf(checked.error)}`, {
          kind: 'internal',
          operation,
          problem: { code: 'problems:ipc.internal', params: { operation } },
          message: 'Bad fake failure.',
        })
      }
      throw new IpcCallError(checked.data)
    }
    const checked = response.safeParse(value)
    if (!checked.success) {
      return refuse(operation, `the fake answer is outside the contract: ${issuesOf(checked.error)}`, {
        kind: 'internal',
        operation,
        problem: { code: 'problems:ipc.internal', params: { operation } },
        message: `AgentDesk could not complete ${operation} because of an internal error; the details are in the log.`,
      })
    }
    // What crosses the real boundary is data, not shared objects.
    return structuredClone(checked.data)
  }
  /**
   * Waits for the answer, recording a cancel that comes first. Like main, a read
   * (`cancellableOperations`) then fails as cancelled at once; a write waits for its answer.
   */
  const whileCancellable = (recorded: RecordedCall, produced: Promise<unknown>, signal: AbortSignal) =>
    new Promise<unknown>((resolve, reject) => {
      const onAbort = () => {
        cancelled.push(recorded)
        if (!cancellableOperations.has(recorded.operation)) return
        const { operation } = recorded
        reject(
          new IpcCallError({
            kind: 'cancelled',
            operation,
            problem: { code: 'problems:ipc.cancelled', params: { operation } },
            message: `AgentDesk stopped ${operation} as asked.`,
          }),
        )
      }
      if (signal.aborted) onAbort()
      else signal.addEventListener('abort', onAbort, { once: true })
      void produced.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
    })

  return {
    transport,
    calls,
    cancelled,
    call: ((operation: OperationName, request?: unknown, options?: CallOptions) =>
      invoke(operation, request, options?.signal)) as AgentDeskClient['call'],
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      const wrapped = listener as (payload: unknown) => void
      set.add(wrapped)
      return () => void set.delete(wrapped)
    },
    requestsTo<N extends OperationName>(operation: N) {
      return calls.filter((call) => call.operation === operation).map((call) => call.request as RequestOf<N>)
    },
    answer(operation, answer) {
      answers[operation] = answer
    },
    async emit(event, payload) {
      // Like the bridge, which drops an event outside the contract; here that is a test mistake.
      const checked = ipcEvents[event].parse(payload)
      await act(async () => {
        for (const listener of listeners.get(event) ?? []) listener(structuredClone(checked))
      })
    },
  }
}
