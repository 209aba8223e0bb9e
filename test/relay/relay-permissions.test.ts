import { describe, expect, it } from 'vitest'

import {
  agentPermissions,
  RELAY_USER,
  relayPermissions,
  supervisorPermissions,
} from '../../src/main/relay-protocol/relay-permissions'
import { quoted, renderAuthorization } from '../../src/relay/users/authorization-config'
import { UsersError } from '../../src/relay/users/users-store'

describe('NATS permissions of each role', () => {
  it('give an agent its own extension, the status and its own inbox, nothing else', () => {
    expect(agentPermissions('acme', 'sip.100', 'alice')).toEqual({
      publish: [
        '$JS.API.DIRECT.GET.KV_agentdesk_acme.$KV.agentdesk_acme.tel4vn.ext.sip=2e100',
        '$JS.API.DIRECT.GET.KV_agentdesk_acme.$KV.agentdesk_acme.tel4vn.status',
      ],
      subscribe: ['agentdesk.acme.tel4vn.ext.sip=2e100', 'agentdesk.acme.tel4vn.status', '_INBOX_alice.>'],
    })
  })

  it('give a supervisor its whole tenant', () => {
    expect(supervisorPermissions('acme', 'boss@acme')).toEqual({
      publish: ['$JS.API.DIRECT.GET.KV_agentdesk_acme.$KV.agentdesk_acme.>'],
      subscribe: ['agentdesk.acme.>', '_INBOX_boss=40acme.>'],
    })
  })

  it('give the relay its tenants’ buckets and events and the JetStream requests it makes for them', () => {
    expect(relayPermissions(['t2', 'acme', 't2'])).toEqual({
      publish: [
        '$JS.API.INFO',
        ...['acme', 't2'].flatMap((t) => [
          `$JS.API.STREAM.INFO.KV_agentdesk_${t}`,
          `$JS.API.STREAM.CREATE.KV_agentdesk_${t}`,
          `$JS.API.DIRECT.GET.KV_agentdesk_${t}.$KV.agentdesk_${t}.>`,
          `$JS.API.STREAM.MSG.GET.KV_agentdesk_${t}`,
          `$KV.agentdesk_${t}.>`,
          `agentdesk.${t}.>`,
        ]),
      ],
      subscribe: ['_INBOX.>'],
    })
  })

  it('refuse a tenant id that could reach into other subjects', () => {
    expect(() => agentPermissions('acme.>', '100', 'alice')).toThrow(/Not a tenant id/)
    expect(() => relayPermissions(['*'])).toThrow(/Not a tenant id/)
  })
})

describe('the rendered authorization config', () => {
  it('quotes every string so $ stays literal, and refuses control characters', () => {
    expect(quoted('$2b$10$abc')).toBe('"$2b$10$abc"')
    expect(quoted('a"b\\c')).toBe('"a\\"b\\\\c"')
    expect(() => quoted('a\nb')).toThrow(UsersError)
  })

  it('needs the relay user, and covers the tenants of the relay and of its desk users', () => {
    expect(() => renderAuthorization({ version: 1, relay: null, users: [] }, ['acme'])).toThrow(/no NATS user/)
    const config = renderAuthorization(
      {
        version: 1,
        relay: { name: RELAY_USER, passwordHash: '$2b$10$relay' },
        users: [{ name: 'boss', tenant: 'other', role: 'supervisor', passwordHash: '$2b$10$boss' }],
      },
      ['acme'],
    )
    expect(config).toMatch(/^authorization \{$/m)
    expect(config).toContain(`user: "${RELAY_USER}"\n      password: "$2b$10$relay"`)
    expect(config).toContain('"$KV.agentdesk_acme.>"')
    expect(config).toContain('"$KV.agentdesk_other.>"')
    expect(config).toContain('user: "boss"\n      password: "$2b$10$boss"')
  })
})
