import { describe, expect, it } from 'vitest'

import { settableVoipbinStatuses } from '../../src/shared/domain/voipbin'
import {
  addressesSchema,
  addressProblem,
  addressSchema,
  agentStatusSchema,
  newAgentSchema,
  ringMethods,
  voipbinAddressTypes,
  voipbinPermissions,
} from '../../src/shared/domain/voipbin-forms'
import { resources } from '../../src/shared/i18n/resources'
import { inWords } from '../helpers/problem-words'

/** The messages a schema reports, by path. */
function messages(result: {
  success: boolean
  error?: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }
}) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${inWords(issue.message)}`)
}

/** addressProblem's message as the screen words it. */
const problemOf = (type: string, target: string) => {
  const problem = addressProblem(type, target)
  return problem === undefined ? undefined : inWords(problem)
}

const goodAgent = { username: 'lan.tran', password: 'write-only-8', ringMethod: 'ringall', permission: 16 } as const

describe('addressProblem, as the user types', () => {
  it.each([
    ['tel', '+15559876543'],
    ['tel', '+84901234567'],
    ['tel', '+12345678'],
    ['tel', '+123456789012345'],
    ['tel', ' +84901234567 '],
    ['extension', '2001'],
    ['extension', '0'],
    ['extension', '12345678901234567890'],
    ['sip', 'lan.tran@sip.voipbin.net'],
    ['sip', 'agent-7_x+1@pbx.example.co.uk'],
    ['sip', '2001@10.0.0.5'],
    ['agent', 'eb1ac5c0-ff63-47e2-bcdb-5da9c336eb4b'],
    ['conference', 'c0ffee00-1234-4000-8000-000000000001'],
    ['line', 'U1234567890abcdef'],
    ['web_session', 'ws-42'],
    ['email', 'lan.tran@example.com'],
  ])('accepts %s %s', (type, target) => {
    expect(problemOf(type, target)).toBeUndefined()
  })

  it('asks for a type it knows', () => {
    expect(problemOf('fax', '+15559876543')).toBe('Choose an address type')
  })

  it.each([
    ['tel', 'Enter a phone number'],
    ['extension', 'Enter an extension'],
    ['sip', 'Enter a SIP address'],
    ['agent', 'Enter the agent id'],
    ['conference', 'Enter the conference id'],
    ['email', 'Enter an email address'],
    ['line', 'Enter the line id'],
    ['web_session', 'Enter the web session id'],
  ])('asks for the %s target when it is empty or blank', (type, message) => {
    expect(problemOf(type, '')).toBe(message)
    expect(problemOf(type, '   ')).toBe(message)
  })

  it('limits every target to 254 characters', () => {
    expect(problemOf('agent', 'a'.repeat(254))).toBeUndefined()
    expect(problemOf('agent', 'a'.repeat(255))).toBe('Agent: at most 254 characters')
    expect(problemOf('email', `${'a'.repeat(250)}@example.com`)).toBe('Email: at most 254 characters')
  })

  it('wants a phone number in E.164, saying what is wrong with it', () => {
    const spaces = 'Write the phone number without spaces, dashes or brackets, e.g. +15559876543'
    const plus = 'Start the phone number with + and the country code (E.164), e.g. +15559876543'
    const shape = 'A phone number is + then 8 to 15 digits, the first not 0 (E.164), e.g. +15559876543'
    expect(problemOf('tel', '+1 555 987 6543')).toBe(spaces)
    expect(problemOf('tel', '+1-555-987-6543')).toBe(spaces)
    expect(problemOf('tel', '+1 (555) 9876543')).toBe(spaces)
    expect(problemOf('tel', '0901234567')).toBe(plus)
    expect(problemOf('tel', '15559876543')).toBe(plus)
    expect(problemOf('tel', '+0901234567')).toBe(shape)
    expect(problemOf('tel', '+1234567')).toBe(shape)
    expect(problemOf('tel', '+1234567890123456')).toBe(shape)
    expect(problemOf('tel', '+1555abc6543')).toBe(shape)
  })

  it('wants an extension of digits only', () => {
    const message = 'An extension is 1 to 20 digits and nothing else, e.g. 2001'
    for (const target of ['20a1', '+2001', '2001#', '123456789012345678901', '-1']) {
      expect(problemOf('extension', target)).toBe(message)
    }
  })

  it('wants a SIP address as user@domain, without the scheme', () => {
    const scheme = 'Leave out "sip:": write user@domain, e.g. lan.tran@sip.voipbin.net'
    const shape = 'A SIP address is user@domain, e.g. lan.tran@sip.voipbin.net'
    expect(problemOf('sip', 'sip:lan.tran@sip.voipbin.net')).toBe(scheme)
    expect(problemOf('sip', 'SIPS:lan.tran@sip.voipbin.net')).toBe(scheme)
    for (const target of [
      'lan.tran',
      'lan.tran@',
      '@sip.voipbin.net',
      'lan.tran@localhost',
      'lan.tran@sip.voipbin.net:5060',
      'lan tran@sip.voipbin.net',
      'lan@tran@sip.voipbin.net',
      'lan.tran@-sip.voipbin.net',
      'lan.tran@sip..voipbin.net',
      'lan.tran@sip_voipbin.net',
    ]) {
      expect(problemOf('sip', target), target).toBe(shape)
    }
  })

  it('wants an email address that looks like one', () => {
    for (const target of ['lan.tran', 'lan.tran@', 'lan tran@example.com', 'lan@example']) {
      expect(problemOf('email', target), target).toBe('An email address looks like lan.tran@example.com')
    }
  })
})

describe('addressSchema', () => {
  it('takes every type the editor offers, trims the target and keeps the optional fields', () => {
    for (const type of voipbinAddressTypes) {
      const target =
        { tel: '+15559876543', extension: '2001', sip: 'a@b.co', email: 'a@b.co' }[type as string] ?? 'id-1'
      expect(addressSchema.safeParse({ type, target }).success, type).toBe(true)
    }
    expect(
      addressSchema.parse({ type: 'tel', target: ' +84901234567 ', targetName: 'Lan', name: 'Mobile', detail: 'Work' }),
    ).toEqual({ type: 'tel', target: '+84901234567', targetName: 'Lan', name: 'Mobile', detail: 'Work' })
  })

  it('names the field that is wrong', () => {
    expect(messages(addressSchema.safeParse({ type: 'fax', target: '1' }))).toEqual(['type: Choose an address type'])
    expect(messages(addressSchema.safeParse({ type: 'tel' }))).toEqual(['target: Enter the address'])
    expect(messages(addressSchema.safeParse({ type: 'tel', target: '0901234567' }))).toEqual([
      'target: Start the phone number with + and the country code (E.164), e.g. +15559876543',
    ])
    expect(
      messages(
        addressSchema.safeParse({
          type: 'tel',
          target: '+84901234567',
          targetName: 'x'.repeat(101),
          name: 'x'.repeat(101),
          detail: 'x'.repeat(501),
        }),
      ),
    ).toEqual([
      'targetName: Target name: at most 100 characters',
      'name: Address name: at most 100 characters',
      'detail: Address detail: at most 500 characters',
    ])
    expect(messages(addressSchema.safeParse({ type: 'tel', target: '+84901234567', name: 3 }))).toEqual([
      'name: Address name must be text',
    ])
    expect(messages(addressSchema.safeParse({ type: 'tel', target: '+84901234567', extra: 1 }))).toHaveLength(1)
  })
})

describe('addressesSchema', () => {
  it('takes up to 50 addresses', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_unused, index) => ({ type: 'extension', target: `${index}` }))
    expect(addressesSchema.safeParse(many(50)).success).toBe(true)
    expect(addressesSchema.safeParse([]).success).toBe(true)
    expect(messages(addressesSchema.safeParse(many(51)))).toEqual([': At most 50 addresses per agent'])
  })

  it('says which address is listed twice', () => {
    const result = addressesSchema.safeParse([
      { type: 'tel', target: '+84901234567' },
      { type: 'extension', target: '2001' },
      { type: 'tel', target: ' +84901234567', name: 'Other name' },
      // The same target under another type is another address.
      { type: 'extension', target: '84901234567' },
    ])
    expect(messages(result)).toEqual(['2.target: Phone number +84901234567 is listed twice'])
  })
})

describe('newAgentSchema', () => {
  it('takes a complete agent and fills in no addresses', () => {
    expect(newAgentSchema.parse(goodAgent)).toEqual({ ...goodAgent, addresses: [] })
    expect(
      newAgentSchema.parse({
        ...goodAgent,
        username: ' lan.tran ',
        name: 'Trần Thị Lan',
        detail: 'Sales floor',
        ringMethod: 'linear',
        permission: 240,
        addresses: [{ type: 'sip', target: 'lan.tran@sip.voipbin.net' }],
      }),
    ).toMatchObject({ username: 'lan.tran', name: 'Trần Thị Lan', ringMethod: 'linear', permission: 240 })
  })

  it('reports every problem in words', () => {
    expect(messages(newAgentSchema.safeParse({ ringMethod: 'ringall', permission: 0 }))).toEqual([
      'username: Enter a username',
      'password: Enter a password',
    ])
    expect(messages(newAgentSchema.safeParse({ ...goodAgent, username: '  ' }))).toEqual(['username: Enter a username'])
    expect(messages(newAgentSchema.safeParse({ ...goodAgent, username: 'lan tran' }))).toEqual([
      'username: Username: no spaces',
    ])
    expect(messages(newAgentSchema.safeParse({ ...goodAgent, username: 'x'.repeat(101) }))).toEqual([
      'username: Username: at most 100 characters',
    ])
    expect(messages(newAgentSchema.safeParse({ ...goodAgent, password: 'short' }))).toEqual([
      'password: Password: at least 8 characters',
    ])
    expect(messages(newAgentSchema.safeParse({ ...goodAgent, password: 'x'.repeat(201) }))).toEqual([
      'password: Password: at most 200 characters',
    ])
    expect(
      messages(newAgentSchema.safeParse({ ...goodAgent, name: 'x'.repeat(201), detail: 'x'.repeat(1001) })),
    ).toEqual(['name: Name: at most 200 characters', 'detail: Detail: at most 1000 characters'])
    expect(messages(newAgentSchema.safeParse({ ...goodAgent, ringMethod: 'random' }))).toEqual([
      'ringMethod: Ring method: choose all at once or one by one',
    ])
    expect(messages(newAgentSchema.safeParse({ ...goodAgent, permission: 17 }))).toEqual([
      'permission: Permission: choose none, customer agent, admin, manager or all',
    ])
    expect(
      messages(newAgentSchema.safeParse({ ...goodAgent, addresses: [{ type: 'extension', target: 'x1' }] })),
    ).toEqual(['addresses.0.target: An extension is 1 to 20 digits and nothing else, e.g. 2001'])
  })

  it('never repeats the password in a message, and keeps its spaces', () => {
    for (const password of ['seven77', `${'long-secret-'.repeat(20)}`]) {
      const result = newAgentSchema.safeParse({ ...goodAgent, password })
      expect(result.success).toBe(false)
      expect(JSON.stringify(result.error?.issues)).not.toContain(password)
    }
    expect(newAgentSchema.parse({ ...goodAgent, password: ' spaced pass ' }).password).toBe(' spaced pass ')
  })

  it('labels every permission and ring method it offers, in both languages', () => {
    for (const language of ['en', 'vi'] as const) {
      expect(Object.keys(resources[language].voipbin.permission).map(Number)).toEqual([...voipbinPermissions])
      expect(Object.keys(resources[language].voipbin.ringMethod).filter((key) => key !== 'notSet')).toEqual([
        ...ringMethods,
      ])
    }
  })

  it('words each problem in Vietnamese too, the field and the type named in Vietnamese', () => {
    expect(messages(newAgentSchema.safeParse({ ...goodAgent, password: 'short' }))).toEqual([
      'password: Password: at least 8 characters',
    ])
    const issue = newAgentSchema.safeParse({ ...goodAgent, password: 'short' }).error?.issues[0]
    expect(inWords(issue?.message ?? '', 'vi')).toBe('Mật khẩu: ít nhất 8 ký tự')
    expect(inWords(addressProblem('tel', '') ?? '', 'vi')).toBe('Nhập số điện thoại')
  })
})

describe('agentStatusSchema', () => {
  it('takes the statuses a person may set, not the system ones', () => {
    for (const status of settableVoipbinStatuses) expect(agentStatusSchema.parse(status)).toBe(status)
    expect(Object.keys(resources.en.voipbin.status).filter((key) => key !== 'ringing')).toEqual([
      ...settableVoipbinStatuses,
    ])
    for (const status of ['ringing', '', 'AVAILABLE']) {
      expect(messages(agentStatusSchema.safeParse(status))).toEqual([
        ': Status: choose available, away, busy or offline',
      ])
    }
  })
})
