import { describe, expect, it } from 'vitest'

import { parseRelayConfig } from '../../src/relay/config/relay-config'

const tenant = { id: 't1', deskFallback: false, tel4vn: { baseUrl: 'https://tel4vn.example', signIn: 'token' } }
const mistakes = (value: unknown) => {
  try {
    parseRelayConfig(JSON.stringify(value))
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the config to be refused')
}

describe('relay.json', () => {
  it('reads a tenant with its Tel4vn and AloHub accounts and the NATS server', () => {
    const config = parseRelayConfig(
      JSON.stringify({
        tenants: [{ ...tenant, alohub: { baseUrl: 'https://alohub.example', tenantId: 'acme', intervalSeconds: 30 } }],
        nats: { url: 'tls://nats-1.example:4222,tls://nats-2.example:4222', user: 'relay' },
      }),
    )
    expect(config.tenants[0]?.alohub?.tenantId).toBe('acme')
    expect(config.nats).toEqual({ url: 'tls://nats-1.example:4222,tls://nats-2.example:4222', user: 'relay' })
    expect(parseRelayConfig(JSON.stringify({ tenants: [tenant] })).nats).toEqual({})
  })

  it('names each field that is wrong, and why', () => {
    const message = mistakes({
      tenants: [
        {
          id: 'Acme Corp',
          deskFallback: 'yes',
          tel4vn: { baseUrl: 'http://tel4vn.example', signIn: 'password', intervalSeconds: 1.5 },
        },
        { ...tenant, tel4vn: { ...tenant.tel4vn, baseUrl: 'https://user:pw@tel4vn.example' } },
        { ...tenant, extra: true },
      ],
      nats: { url: 'http://nats.example' },
    })
    expect(message.split('\n')).toEqual([
      'relay.json has mistakes:',
      '  tenants[0].id: must be lower-case letters, digits, "_" or "-", starting with a letter or digit',
      '  tenants[0].deskFallback: must be a boolean',
      expect.stringMatching(/^ {2}tenants\[0\]\.tel4vn\.baseUrl: .*https.*127\.0\.0\.1/),
      '  tenants[0].tel4vn.signIn: must be one of "token", "key_exchange"',
      '  tenants[0].tel4vn.intervalSeconds: must be a whole number',
      expect.stringMatching(/^ {2}tenants\[1\]\.tel4vn\.baseUrl: .+/),
      '  tenants[2]: unknown field(s) "extra"',
      '  nats.url: must be nats://host:port or tls://host:port',
    ])
    expect(message).not.toContain('pw@')
  })

  it('refuses a tenant listed twice, a missing field and no tenants', () => {
    expect(mistakes({ tenants: [tenant, tenant] })).toContain('tenants[1].id: "t1" is listed twice')
    expect(mistakes({ tenants: [{ id: 't1', tel4vn: tenant.tel4vn }] })).toContain(
      'tenants[0].deskFallback: is missing',
    )
    expect(mistakes({ tenants: [] })).toContain('tenants: must list at least one tenant')
    expect(mistakes('tenants')).toContain('(the file): must be an object')
  })

  it('refuses a user or password in the NATS URL: the URL is logged, the password goes in the credential store', () => {
    const message = mistakes({ tenants: [tenant], nats: { url: 'nats://relay:secret@nats.example:4222' } })
    expect(message).toContain('nats.url: must not hold a user or password')
    expect(message).not.toContain('secret@')
  })

  it('says where JSON breaks', () => {
    expect(() => parseRelayConfig('{"tenants": [}')).toThrow(/relay\.json is not valid JSON/)
  })
})
