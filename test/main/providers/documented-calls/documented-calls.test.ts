import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { ProviderId } from '../../../../src/shared/domain/providers'
import { sharedDir } from '../../../helpers/shared-dir'

import { documentedCalls, type DocumentedCall } from './documented-calls'
import { checkRequest, type SentRequest } from './request-check'

const lineOf = (file: string, line: number) => readFileSync(join(sharedDir(), file), 'utf8').split('\n')[line - 1] ?? ''

const request = (overrides: Partial<SentRequest> = {}): SentRequest => ({
  method: 'GET',
  path: '/v1/agents',
  query: '?status=1&page=0&size=20',
  headers: { host: '127.0.0.1', 'x-api-key': 'sk_test', accept: 'application/json' },
  body: '',
  outcome: 200,
  ...overrides,
})

const rowsOf = (provider: ProviderId): DocumentedCall[] => documentedCalls.filter((row) => row.provider === provider)

describe('the documented-call table', () => {
  it.each(documentedCalls.flatMap((row) => row.sources.map((source) => [row.id, source] as const)))(
    '%s: its source says so on the line it names (%o)',
    (_id, source) => {
      expect(lineOf(source.file, source.line)).toContain(source.quote)
    },
  )

  it('names why the app makes each call that only public docs show, or marks it opt-in or never sent', () => {
    const publicOnly = documentedCalls.filter((row) => row.sources[0]?.file === 'PROVIDERS.md')
    expect(publicOnly.map((row) => row.id)).toEqual([
      'tel4vn.apiKeyFromPassword',
      'tel4vn.tokenFromKey',
      'voipbin.listAgents',
      'voipbin.push',
    ])
    expect(publicOnly.filter((row) => !row.publicDocs && !row.optIn && !row.neverSent)).toEqual([])
  })

  it('has one row per call: no two rows share a method and path', () => {
    const keys = documentedCalls.map((row) => `${row.provider} ${row.method} ${row.path}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('the request check', () => {
  const alohub = rowsOf('alohub')

  it('accepts a request as the document shows it', () => {
    expect(checkRequest(alohub, request())).toMatchObject({ ok: true, row: { id: 'alohub.listAgents' } })
  })

  it.each([
    [{ path: '/v1/auth/token', method: 'POST' }, /no document shows this call/],
    [{ query: '?status=1&limit=5' }, /query "limit" is not documented/],
    [{ headers: { host: 'h', authorization: 'Bearer sk_test' } }, /no credential where the document puts it/],
    [{ headers: { host: 'h', 'x-api-key': 'k', 'x-debug': '1' } }, /header "x-debug" is not documented/],
    [{ body: '{"a":1}' }, /a body where the document shows none/],
  ])('refuses %o', (change, problem) => {
    const verdict = checkRequest(alohub, request(change as Partial<SentRequest>))
    expect(verdict.ok).toBe(false)
    expect(verdict.ok ? '' : verdict.problems.join('\n')).toMatch(problem)
  })

  it('checks body keys, required keys and fixed query values', () => {
    const put = request({
      method: 'PUT',
      path: '/v1/agents/082018/queues',
      query: '?type=callin',
      headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
      body: '{"queue_ids":[1],"priority":1}',
    })
    expect(checkRequest(alohub, put).ok).toBe(true)
    const problemsOf = (change: Partial<SentRequest>) => {
      const verdict = checkRequest(alohub, { ...put, ...change })
      return verdict.ok ? '' : verdict.problems.join('\n')
    }
    expect(problemsOf({ body: '{"queue_ids":[1],"agent":"x"}' })).toMatch(/body key "agent" is not documented/)
    expect(problemsOf({ body: '{"priority":1}' })).toMatch(/body key "queue_ids" is missing/)
    expect(problemsOf({ query: '?type=both' })).toMatch(/query type=both is not one of callin, callout/)
  })

  it('refuses a call the document mentions but the app must never make', () => {
    const verdict = checkRequest(rowsOf('voipbin'), request({ method: 'POST', path: '/v1.0/auth/login' }))
    expect(verdict.ok ? '' : verdict.problems.join('\n')).toMatch(/must not send it/)
  })

  it('wants the credential in every place where the row says all: VoIPbin sends both cookie and bearer', () => {
    const get = request({ path: '/v1.0/agents/abc', query: '' })
    const voipbin = rowsOf('voipbin')
    expect(checkRequest(voipbin, { ...get, headers: { cookie: 'token=t', authorization: 'Bearer t' } }).ok).toBe(true)
    const problemsOf = (headers: SentRequest['headers']) => {
      const verdict = checkRequest(voipbin, { ...get, headers })
      return verdict.ok ? '' : verdict.problems.join('\n')
    }
    expect(problemsOf({ cookie: 'token=t' })).toMatch(/the credential is missing from Authorization: Bearer/)
    expect(problemsOf({ authorization: 'Bearer t' })).toMatch(/the credential is missing from cookie token/)
    expect(problemsOf({ cookie: 'other=t' })).toMatch(/no credential where the document puts it/)
  })
})
