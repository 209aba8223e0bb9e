import { describe, expect, it } from 'vitest'

import { problemForDesks } from '../../src/relay/tenant/desk-problem'
import type { Problem } from '../../src/shared/i18n/problem'

describe('the problem desks are shown when the relay cannot poll', () => {
  it("gives Tel4vn's refusal without the advice to paste a new token, which only the relay's admin can follow", () => {
    const refusal: Problem = { code: 'problems:http.auth', params: { http: 'HTTP 401' } }
    expect(problemForDesks({ code: 'problems:tel4vn.tokenRefused', next: refusal })).toEqual(refusal)
    expect(problemForDesks({ code: 'problems:tel4vn.tokenRefused' })).toBeNull()
  })

  it('passes every other problem on as it is', () => {
    const timeout: Problem = { code: 'problems:transport.timeoutAnswer' }
    expect(problemForDesks(timeout)).toBe(timeout)
    expect(problemForDesks(null)).toBeNull()
  })
})
