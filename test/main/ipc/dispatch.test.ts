import { describe, expect, it } from 'vitest'

import { dispatch, MAX_REQUEST_BYTES, type OperationHandlers } from '../../../src/main/ipc/dispatch'
import { OperationError } from '../../../src/main/ipc/operation-error'
import { ProviderError } from '../../../src/main/providers/http/provider-error'
import { currentRequestScope } from '../../../src/main/providers/http/request-scope'
import { isCatalogKey, type Problem } from '../../../src/shared/i18n/problem'
import { ipcResultSchema, type IpcResult } from '../../../src/shared/ipc/result'
import { recordingLogger } from '../../helpers/recording-logger'

const fine = async () => ({ message: 'hi', receivedAt: '2026-11-24T09:00:00.000Z' })

function handlersWith(overrides: Partial<OperationHandlers>): OperationHandlers {
  const unused = async () => {
    throw new Error('not used in this test')
  }
  return new Proxy(overrides as OperationHandlers, {
    get: (target, name: string) => (target as Record<string, unknown>)[name] ?? unused,
  })
}

describe('dispatch', () => {
  it('runs a valid request and returns the validated answer', async () => {
    const result = await dispatch(handlersWith({ 'app.ping': fine }), 'app.ping', { message: 'hi' }, recordingLogger())
    expect(result).toEqual({ ok: true, value: { message: 'hi', receivedAt: '2026-11-24T09:00:00.000Z' } })
  })

  it('refuses an unknown operation by name', async () => {
    const result = await dispatch(handlersWith({}), 'app.format-disk', {}, recordingLogger())
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'unknown_operation',
        problem: { code: 'problems:ipc.unknownOperation', params: { name: '"app.format-disk"' } },
        message: 'There is no operation called "app.format-disk".',
      },
    })
  })

  it('refuses an operation name that is not a string, or an inherited property', async () => {
    for (const name of [42, null, 'toString', '__proto__']) {
      const result = await dispatch(handlersWith({}), name, {}, recordingLogger())
      expect(result.ok ? undefined : result.error.kind).toBe('unknown_operation')
    }
  })

  it('names every invalid field of a request and never calls the handler', async () => {
    let called = false
    const handlers = handlersWith({
      'app.ping': async () => {
        called = true
        return fine()
      },
    })
    const result = await dispatch(handlers, 'app.ping', { message: '', extra: true }, recordingLogger())
    expect(called).toBe(false)
    if (result.ok) throw new Error('expected a failure')
    expect(result.error.kind).toBe('invalid_request')
    expect(result.error.operation).toBe('app.ping')
    expect(result.error.issues?.map((issue) => issue.path).sort()).toEqual(['', 'message'])
    expect(result.error.message).toMatch(/^The request for app\.ping is invalid: .*message: /)
    expect(result.error.message).toMatch(/extra/)
    // What the screen gets: codes with the field's path, never zod's English.
    expect(result.error.problem).toEqual({ code: 'problems:ipc.invalid', params: { operation: 'app.ping' } })
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'message', problem: { code: 'problems:invalidField', params: { path: 'message' } } },
        { path: '', problem: { code: 'problems:invalidValue' } },
      ]),
    )
  })

  it('refuses a request that is too large before parsing it', async () => {
    const result = await dispatch(
      handlersWith({ 'app.ping': fine }),
      'app.ping',
      { message: 'x'.repeat(MAX_REQUEST_BYTES) },
      recordingLogger(),
    )
    if (result.ok) throw new Error('expected a failure')
    expect(result.error.kind).toBe('invalid_request')
    expect(result.error.message).toMatch(/too large/)
  })

  it('refuses a request that is not plain data', async () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    const result = await dispatch(handlersWith({ 'app.ping': fine }), 'app.ping', cyclic, recordingLogger())
    expect(result.ok ? undefined : result.error.message).toBe('The request for app.ping is not plain data.')
  })

  it('passes an OperationError through with its kind and words', async () => {
    const handlers = handlersWith({
      'links.openExternal': async () => {
        throw new OperationError('not_allowed', { code: 'problems:links.notListed', params: { host: 'example.com' } })
      },
    })
    const result = await dispatch(handlers, 'links.openExternal', { url: 'https://example.com' }, recordingLogger())
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'not_allowed',
        operation: 'links.openExternal',
        problem: { code: 'problems:links.notListed', params: { host: 'example.com' } },
        message: "example.com is not on AgentDesk's list of sites it opens.",
      },
    })
  })

  it('hides an unexpected failure behind an internal error and logs it', async () => {
    const logger = recordingLogger()
    const handlers = handlersWith({
      'app.ping': async () => {
        throw new TypeError('boom at line 3')
      },
    })
    const result = await dispatch(handlers, 'app.ping', { message: 'hi' }, logger)
    if (result.ok) throw new Error('expected a failure')
    expect(result.error.kind).toBe('internal')
    expect(result.error.message).not.toMatch(/boom/)
    expect(logger.lines.join('\n')).toMatch(/app\.ping failed.*boom at line 3/)
  })

  it('sends a provider failure as a code with the provider, the account and its own words as values', async () => {
    const handlers = handlersWith({
      'app.ping': async () => {
        throw new ProviderError({
          provider: 'voipbin',
          account: 'Support desk',
          kind: 'invalid_input',
          status: 400,
          problem: { code: 'problems:http.invalid_input', params: { http: 'HTTP 400', said: 'username taken' } },
        })
      },
    })
    const result = await dispatch(handlers, 'app.ping', { message: 'hi' }, recordingLogger())
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'provider',
        reason: 'invalid_input',
        provider: 'voipbin',
        account: 'Support desk',
        problem: {
          code: 'problems:http.invalid_input',
          params: { providerId: 'voipbin', account: 'Support desk', http: 'HTTP 400', said: 'username taken' },
        },
      },
    })
  })

  it('gives every failure a code of the catalog, checked as the renderer checks it on arrival', async () => {
    const failing = (error: unknown) =>
      handlersWith({
        'app.ping': async () => {
          throw error
        },
      })
    const results: IpcResult<unknown>[] = [
      await dispatch(handlersWith({}), 'app.nothing', {}, recordingLogger()),
      await dispatch(handlersWith({}), 'app.ping', { message: 'x'.repeat(MAX_REQUEST_BYTES) }, recordingLogger()),
      await dispatch(handlersWith({}), 'app.ping', { nope: 1 }, recordingLogger()),
      await dispatch(
        failing(new Error('a sentence nobody translates')),
        'app.ping',
        { message: 'hi' },
        recordingLogger(),
      ),
      await dispatch(
        failing(new OperationError('not_allowed', { code: 'problems:account.gone' })),
        'app.ping',
        { message: 'hi' },
        recordingLogger(),
      ),
    ]
    const codes = (problem: Problem | undefined): string[] => (problem ? [problem.code, ...codes(problem.next)] : [])
    for (const result of results) {
      expect(ipcResultSchema.safeParse(result).success).toBe(true)
      if (result.ok) throw new Error('expected a failure')
      const all = [result.error.problem, ...(result.error.issues ?? []).map((issue) => issue.problem)].flatMap(codes)
      expect(all.every(isCatalogKey), all.join()).toBe(true)
      expect(JSON.stringify(result.error.problem)).not.toMatch(/nobody translates/)
    }
  })

  it('treats an answer outside the contract as an internal error', async () => {
    const logger = recordingLogger()
    const handlers = handlersWith({ 'app.ping': async () => ({ message: 'hi' }) as never })
    const result = await dispatch(handlers, 'app.ping', { message: 'hi' }, logger)
    expect(result.ok ? undefined : result.error.kind).toBe('internal')
    expect(logger.lines.join('\n')).toMatch(/outside the contract.*receivedAt/)
  })

  it('accepts a missing request for operations without fields', async () => {
    const info = { productName: 'AgentDesk', version: '1.0.0', platform: 'linux', transport: 'electron' as const }
    const result = await dispatch(
      handlersWith({ 'app.getInfo': async () => info }),
      'app.getInfo',
      undefined,
      recordingLogger(),
    )
    expect(result).toEqual({ ok: true, value: info })
  })

  describe('with a cancel signal', () => {
    const accountId = '6f1c2b8e-8a51-4a8e-9b0c-0d7c1f5e2a11'

    it('gives a read’s requests the signal and answers cancelled once it aborts, even if the handler goes on', async () => {
      const controller = new AbortController()
      const seen: Array<AbortSignal | undefined> = []
      const handlers = handlersWith({
        'avatar.listAgents': () => {
          seen.push(currentRequestScope().signal)
          return new Promise<never>(() => undefined)
        },
      })
      const result = dispatch(handlers, 'avatar.listAgents', { accountId }, recordingLogger(), controller.signal)
      await Promise.resolve()
      expect(seen).toEqual([controller.signal])
      controller.abort()
      expect(await result).toMatchObject({
        ok: false,
        error: {
          kind: 'cancelled',
          problem: { code: 'problems:ipc.cancelled', params: { operation: 'avatar.listAgents' } },
        },
      })
    })

    it('answers a read cancelled before it ran without running it', async () => {
      let ran = false
      const handlers = handlersWith({
        'avatar.listAgents': async () => {
          ran = true
          return []
        },
      })
      const result = await dispatch(
        handlers,
        'avatar.listAgents',
        { accountId },
        recordingLogger(),
        AbortSignal.abort(),
      )
      expect(result.ok ? undefined : result.error.kind).toBe('cancelled')
      expect(ran).toBe(false)
    })

    it('never hands a write the signal, and answers it with its outcome after an abort', async () => {
      const controller = new AbortController()
      let finish: () => void = () => undefined
      const seen: Array<AbortSignal | undefined> = []
      const handlers = handlersWith({
        'alohub.setCalloutQueue': () => {
          seen.push(currentRequestScope().signal)
          return new Promise((done) => (finish = () => done({ saved: true as const })))
        },
      })
      const request = { accountId, agentId: '082018', queueId: 3 }
      const result = dispatch(handlers, 'alohub.setCalloutQueue', request, recordingLogger(), controller.signal)
      await Promise.resolve()
      controller.abort()
      finish()
      expect(await result).toEqual({ ok: true, value: { saved: true } })
      expect(seen).toEqual([undefined])
    })
  })
})
