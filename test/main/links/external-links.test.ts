import { describe, expect, it } from 'vitest'

import { englishText } from '../../../src/main/i18n/catalog'
import { checkExternalLink } from '../../../src/main/links/external-links'

describe('checkExternalLink', () => {
  it('allows https links to listed hosts and their subdomains', () => {
    expect(checkExternalLink('https://voipbin.net/docs')).toEqual({ allowed: true, url: 'https://voipbin.net/docs' })
    expect(checkExternalLink('https://docs.alohub.vn/x?y=1')).toMatchObject({ allowed: true })
  })

  it.each([
    ['http://voipbin.net/', /Only https links are opened \(this one is http\)/],
    ['file:///etc/passwd', /this one is file/],
    ['javascript:alert(1)', /this one is javascript/],
    ['https://evil.example/', /evil\.example is not on AgentDesk's list/],
    ['https://voipbin.net.evil.example/', /is not on AgentDesk's list/],
    ['https://notvoipbin.net/', /notvoipbin\.net is not on/],
    ['https://user:pw@voipbin.net/', /user name or password/],
    ['not a url', /not a valid web address/],
  ])('refuses %s with a reason', (url, reason) => {
    const verdict = checkExternalLink(url)
    expect(verdict.allowed).toBe(false)
    if (!verdict.allowed) expect(englishText(verdict.reason)).toMatch(reason)
  })
})
