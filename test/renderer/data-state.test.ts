import { createInstance, type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'

import { failureText, waitWords } from '../../src/renderer/src/data/failure-text'
import { recoveryDelayMs } from '../../src/renderer/src/data/query-client'
import { languageName } from '../../src/renderer/src/screens/ai-agents/avatars/language-name'
import { filterNoteKey, roleMix } from '../../src/renderer/src/screens/live/filter-note'
import { resources } from '../../src/shared/i18n/resources'
import { IpcCallError, type IpcError } from '../../src/shared/ipc/result'

let en: TFunction<'dataState'>
let vi: TFunction<'dataState'>
beforeAll(async () => {
  const i18n = createInstance()
  await i18n.init({ resources, lng: 'en', fallbackLng: false, defaultNS: 'common', showSupportNotice: false })
  en = i18n.getFixedT('en', 'dataState')
  vi = i18n.getFixedT('vi', 'dataState')
})

const serverProblem = {
  code: 'problems:http.server',
  params: { providerId: 'alohub', account: 'Support desk', http: 'HTTP 503' },
} as const
const providerError = (fields: Partial<IpcError>) =>
  new IpcCallError({
    kind: 'provider',
    problem: serverProblem,
    message: 'Main’s English, for the log only.',
    provider: 'alohub',
    ...fields,
  })

describe('failures in words', () => {
  it('counts a wait down in minutes and seconds, in both languages', () => {
    expect([120_000, 119_000, 60_500, 44_000, 0].map((ms) => waitWords(ms, en))).toEqual([
      '2 min',
      '1 min 59 s',
      '1 min 1 s',
      '44 s',
      '0 s',
    ])
    expect(waitWords(119_000, vi)).toBe('1 phút 59 giây')
  })

  it('names the provider and the account for a timeout, never an address', () => {
    const timeout = providerError({ reason: 'timeout', account: 'Support desk' })
    expect(failureText(timeout, en)).toBe('AloHub (Support desk) did not answer in time.')
    expect(failureText(timeout, vi)).toBe('AloHub (Support desk) không trả lời kịp.')
  })

  it('says whether a write whose answer was lost took effect', () => {
    const lost = providerError({ reason: 'network', account: 'Support desk', writeOutcome: 'not_applied' })
    expect(failureText(lost, en)).toBe(
      'The connection to AloHub (Support desk) broke before its answer arrived. AgentDesk read it again: the change was not applied.',
    )
    expect(failureText(providerError({ reason: 'timeout', writeOutcome: 'unknown' }), vi)).toBe(
      'AloHub không trả lời kịp. AgentDesk không xác định được thay đổi đã được áp dụng hay chưa.',
    )
  })

  it('words everything else from its code in the language shown, never from main’s English message', () => {
    expect(failureText(providerError({ reason: 'server' }), en)).toBe('AloHub had a problem of its own (HTTP 503).')
    expect(failureText(providerError({ reason: 'server' }), vi)).toBe('AloHub đang gặp sự cố của chính nó (HTTP 503).')
    const quoted = providerError({
      reason: 'invalid_input',
      problem: {
        code: 'problems:http.invalid_input',
        params: { providerId: 'voipbin', http: 'HTTP 400', said: 'username taken' },
      },
    })
    expect(failureText(quoted, vi)).toBe('VoIPbin đã từ chối yêu cầu vì không hợp lệ (HTTP 400): username taken.')
    expect(failureText(new Error('not from main'), en)).toBe('Something went wrong.')
    expect(failureText('??', vi)).toBe('Đã có lỗi xảy ra.')
  })
})

describe('a failed list reads itself again only when the failure may pass', () => {
  it('waits out a 429, retries a server that is down or silent, and leaves a refusal to the user', () => {
    expect(recoveryDelayMs(providerError({ reason: 'rate_limited', retryAfterMs: 120_000 }))).toBe(120_250)
    expect(recoveryDelayMs(providerError({ reason: 'server' }))).toBe(10_000)
    expect(recoveryDelayMs(providerError({ reason: 'timeout' }))).toBe(10_000)
    expect(recoveryDelayMs(providerError({ reason: 'auth' }))).toBeUndefined()
    expect(
      recoveryDelayMs(
        new IpcCallError({ kind: 'not_allowed', problem: { code: 'problems:account.gone' }, message: 'gone' }),
      ),
    ).toBeUndefined()
    expect(recoveryDelayMs(new Error('not from main'))).toBeUndefined()
  })
})

describe('small words of the screens', () => {
  it('names a language from its code in the language shown', () => {
    expect(['fr', 'es', 'en'].map((code) => languageName(code, undefined))).toEqual(['French', 'Spanish', 'English'])
    expect(languageName('fr', 'vi-VN')).toBe('Tiếng Pháp')
    expect(languageName('xx', undefined)).toBe('xx')
    expect(languageName('not a code!', undefined)).toBe('not a code!')
    expect(languageName(null, undefined)).toBeUndefined()
  })

  it('words the Live filter note by the roles monitored: an agent is not told supervisors hear every call', () => {
    const accounts = [
      { id: 'a', role: { kind: 'agent', extension: '101' } },
      { id: 's', role: { kind: 'supervisor' } },
    ] as const
    expect(roleMix(accounts, ['a'])).toBe('agent')
    expect(roleMix(accounts, ['s'])).toBe('supervisor')
    expect(roleMix(accounts, ['a', 's'])).toBe('mixed')
    expect(roleMix(undefined, ['a'])).toBe('supervisor')
    expect(filterNoteKey('agent', true)).toBe('filter.agentOnly')
    expect(filterNoteKey('supervisor', true)).toBe('filter.open')
    expect(filterNoteKey('mixed', true)).toBe('filter.mixedOpen')
    expect(filterNoteKey('mixed', false)).toBe('filter.narrowed')
  })
})
