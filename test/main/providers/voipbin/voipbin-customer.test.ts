import { describe, expect, it } from 'vitest'

import { voipbinAuthHeaders } from '../../../../src/main/providers/voipbin/voipbin-auth'
import { customerIdFromToken, resolveCustomerId } from '../../../../src/main/providers/voipbin/voipbin-customer'

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
/** A JWT as VoIPbin's login gives one; the signature is never checked by the client. */
const jwt = (payload: unknown) => `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`

const CUSTOMER = '5e4a0680-804e-11ec-8477-2fea5968d85b'
/** Older login tokens: `customer` is the customer record as a JSON string. */
const olderToken = jwt({
  customer: JSON.stringify({ id: CUSTOMER, username: 'admin', name: 'admin', permission_ids: ['03796e14'] }),
  exp: 1680715493,
})
/** Newer login tokens: an `agent` object with its customer_id. */
const newerToken = jwt({
  agent: { id: 'eb1ac5c0-ff63-47e2-bcdb-5da9c336eb4b', customer_id: CUSTOMER, username: 'test2' },
  exp: 1780715493,
})

describe('the VoIPbin customer id in a token', () => {
  it('reads it from an older login token (customer, a JSON string)', () => {
    expect(customerIdFromToken(olderToken)).toBe(CUSTOMER)
  })

  it('reads it from a newer login token (agent.customer_id)', () => {
    expect(customerIdFromToken(newerToken)).toBe(CUSTOMER)
  })

  it('finds none in an access key', () => {
    expect(customerIdFromToken('vb_accesskey_3f9a1c2e7d5b4a60')).toBeNull()
    expect(customerIdFromToken('0123456789abcdef0123456789abcdef')).toBeNull()
  })

  it('finds none in garbage', () => {
    const garbage = [
      '',
      'a.b.c',
      '..',
      'not base64!.%%%.sig',
      `${part({ alg: 'none' })}.${Buffer.from('not json').toString('base64url')}.sig`,
      jwt('a string payload'),
      jwt(null),
      jwt({}),
      jwt({ customer: 'not json' }),
      jwt({ customer: JSON.stringify({ name: 'no id' }) }),
      jwt({ customer: JSON.stringify({ id: 42 }) }),
      jwt({ customer: JSON.stringify({ id: 'a:b' }) }),
      jwt({ agent: { customer_id: '' } }),
      jwt({ agent: 'c-1' }),
      jwt({ agent: { customer_id: 'x'.repeat(101) } }),
      `${olderToken}.extra`,
    ]
    for (const token of garbage) expect(customerIdFromToken(token), token).toBeNull()
  })
})

describe('the VoIPbin customer id for push', () => {
  const agents = [{ customerId: null }, { customerId: 'c-from-agents' }]

  it('takes the token first, then agents that carry one, then the account', () => {
    expect(resolveCustomerId({ token: newerToken, agents, accountCustomerId: 'c-account' })).toEqual({
      customerId: CUSTOMER,
      source: 'token',
    })
    expect(resolveCustomerId({ token: 'vb_accesskey_1', agents, accountCustomerId: 'c-account' })).toEqual({
      customerId: 'c-from-agents',
      source: 'agents',
    })
    expect(
      resolveCustomerId({ token: 'vb_accesskey_1', agents: [{ customerId: null }], accountCustomerId: ' c-acc ' }),
    ).toEqual({ customerId: 'c-acc', source: 'account' })
  })

  it('finds none for an access key, agents as the document shows them and no account id', () => {
    for (const accountCustomerId of [null, undefined, '', '   ']) {
      expect(resolveCustomerId({ token: 'vb_accesskey_1', agents: [{ customerId: null }], accountCustomerId })).toBe(
        null,
      )
    }
    expect(resolveCustomerId({ token: null, agents: [], accountCustomerId: null })).toBeNull()
  })
})

describe('the VoIPbin token headers', () => {
  it('carry the token as a Bearer token and as the token cookie', () => {
    expect(voipbinAuthHeaders(newerToken)).toEqual({
      authorization: `Bearer ${newerToken}`,
      cookie: `token=${newerToken}`,
    })
  })

  it('refuse a token that could not travel as a cookie, without repeating it', () => {
    for (const token of ['two words', 'a;b', 'quote"d', 'back\\slash', 'comma,', 'line\nbreak', '']) {
      let message = ''
      try {
        voipbinAuthHeaders(token)
      } catch (error) {
        message = (error as Error).message
      }
      expect(message, JSON.stringify(token)).toMatch(/characters a token cannot have/)
      if (token) expect(message).not.toContain(token)
    }
  })
})
