import { describe, expect, it } from 'vitest'

import {
  bucketName,
  directGetSubject,
  extensionEventSubject,
  extensionKey,
  extensionSubjectPrefix,
} from '../../src/main/relay-protocol/relay-names'
import { decodeToken, encodeToken } from '../../src/main/relay-protocol/subject-token'

describe('relay subjects and keys', () => {
  it('keep an extension one token, reversibly, whatever characters it holds', () => {
    for (const extension of ['100', 'sip.100', 'agent@site', '1=2e2', 'a+b', 'Nguyễn']) {
      const token = encodeToken(extension)
      expect(token).toMatch(/^[A-Za-z0-9_=-]+$/)
      expect(decodeToken(token)).toBe(extension)
    }
    // `=` is escaped too, so a crafted extension cannot take another's token.
    expect(encodeToken('1.2')).not.toBe(encodeToken('1=2e2'))
    expect(() => decodeToken('1.2')).toThrow(/Not a subject token/)
    expect(() => encodeToken('')).toThrow()
  })

  it('name one bucket per tenant and refuse a tenant id that could reach into another subject', () => {
    expect(bucketName('acme')).toBe('agentdesk_acme')
    expect(extensionKey('tel4vn', 'sip.100')).toBe('tel4vn.ext.sip=2e100')
    expect(extensionEventSubject('acme', 'tel4vn', '100')).toBe('agentdesk.acme.tel4vn.ext.100')
    expect(extensionSubjectPrefix('acme', 'tel4vn')).toBe('agentdesk.acme.tel4vn.ext.')
    expect(
      extensionEventSubject('acme', 'tel4vn', 'sip.100').slice(extensionSubjectPrefix('acme', 'tel4vn').length),
    ).toBe(encodeToken('sip.100'))
    expect(directGetSubject('acme', 'tel4vn.ext.100')).toBe(
      '$JS.API.DIRECT.GET.KV_agentdesk_acme.$KV.agentdesk_acme.tel4vn.ext.100',
    )
    for (const tenant of ['', 'a.b', 'a*', '>', 'A', 'a b']) expect(() => bucketName(tenant)).toThrow(/tenant id/)
  })
})
