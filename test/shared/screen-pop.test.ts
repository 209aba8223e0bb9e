import { describe, expect, it } from 'vitest'

import {
  buildScreenPopUrl,
  screenPopTemplateProblem,
  type ScreenPopValues,
  SCREEN_POP_URL_MAX,
} from '../../src/shared/domain/screen-pop'

const call = (overrides: Partial<ScreenPopValues> = {}): ScreenPopValues => ({
  number: '0899123456',
  extension: '101',
  call_id: '6a65480c-8bc7-4d4a-9aae-4488d67bf711',
  direction: 'inbound',
  agent: 'test01',
  ...overrides,
})

const built = (template: string, values: ScreenPopValues) => {
  const result = buildScreenPopUrl(template, values)
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`)
  return result.url
}

const codeOf = (template: string) =>
  screenPopTemplateProblem(template)?.code.replace('accounts:problems.screenPop.', '')

describe('screen-pop templates', () => {
  it('accepts https anywhere and http to this computer only', () => {
    expect(codeOf('https://crm.example.com/customers?phone={number}')).toBeUndefined()
    expect(codeOf('https://crm.example.com/c/{extension}/{call_id}#{direction}-{agent}')).toBeUndefined()
    expect(codeOf('http://localhost:3000/pop?n={number}')).toBeUndefined()
    expect(codeOf('http://127.0.0.1/pop/{number}')).toBeUndefined()
    expect(codeOf('http://[::1]:8080/pop/{number}')).toBeUndefined()
    expect(codeOf('HTTPS://CRM.example.com/{number}')).toBeUndefined()
  })

  it('refuses other schemes, plain http to another host and addresses that are not whole', () => {
    expect(screenPopTemplateProblem('javascript:alert({number})')).toEqual({
      code: 'accounts:problems.screenPop.scheme',
      params: { scheme: 'javascript' },
    })
    expect(codeOf('data:text/html,<b>{number}</b>')).toBe('scheme')
    expect(codeOf('file:///etc/passwd?{number}')).toBe('scheme')
    expect(codeOf('vbscript:{number}')).toBe('scheme')
    expect(screenPopTemplateProblem('http://crm.example.com/{number}')).toEqual({
      code: 'accounts:problems.screenPop.httpLoopbackOnly',
      params: { host: 'crm.example.com' },
    })
    // localhost spelled as a subdomain of something else is another host.
    expect(codeOf('http://localhost.evil.example/{number}')).toBe('httpLoopbackOnly')
    expect(codeOf('http://127.0.0.1.nip.io/{number}')).toBe('httpLoopbackOnly')
    expect(codeOf('crm.example.com/{number}')).toBe('fullUrl')
    expect(codeOf('https:crm.example.com/{number}')).toBe('fullUrl')
    expect(codeOf('https:///{number}')).toBe('fullUrl')
  })

  it('keeps placeholders out of the host, and the user name and password out of the address', () => {
    expect(codeOf('https://{number}.crm.example.com/')).toBe('placeholderInHost')
    expect(codeOf('https://crm.example.com:{extension}/')).toBe('placeholderInHost')
    expect(codeOf('https://{agent}@crm.example.com/')).toBe('placeholderInHost')
    expect(codeOf('https://user:pass@crm.example.com/{number}')).toBe('credentials')
  })

  it('refuses what the URL parser would quietly change: spaces, line breaks, tabs, backslashes, dot segments', () => {
    expect(codeOf('java\nscript:alert(1)')).toBe('characters')
    expect(codeOf('https://crm.example.com/a b/{number}')).toBe('characters')
    expect(codeOf('https://crm.example.com/\t{number}')).toBe('characters')
    expect(codeOf('https://crm.example.com/\u0001{number}')).toBe('characters')
    expect(codeOf('https://crm.example.com\\@evil.example/{number}')).toBe('characters')
    expect(codeOf('https://crm.example.com/a/../{number}')).toBe('dotSegments')
    expect(codeOf('https://crm.example.com/a/%2e%2E/{number}')).toBe('dotSegments')
  })

  it('names an unknown placeholder and refuses stray braces; there is no placeholder for a secret', () => {
    expect(screenPopTemplateProblem('https://crm.example.com/?k={token}')).toEqual({
      code: 'accounts:problems.screenPop.unknownPlaceholder',
      params: { name: '{token}' },
    })
    expect(codeOf('https://crm.example.com/?k={key}')).toBe('unknownPlaceholder')
    expect(codeOf('https://crm.example.com/?k={Number}')).toBe('unknownPlaceholder')
    expect(codeOf('https://crm.example.com/?k={number')).toBe('braces')
    expect(codeOf('https://crm.example.com/?k=number}')).toBe('braces')
    expect(codeOf(`https://crm.example.com/?k=${'a'.repeat(1000)}`)).toBe('tooLong')
  })
})

describe('screen-pop addresses', () => {
  it('puts each value in its place, encoded', () => {
    expect(
      built(
        'https://crm.example.com/c/{extension}?phone={number}&call={call_id}&dir={direction}&agent={agent}',
        call(),
      ),
    ).toBe(
      'https://crm.example.com/c/101?phone=0899123456&call=6a65480c-8bc7-4d4a-9aae-4488d67bf711&dir=inbound&agent=test01',
    )
  })

  it('leaves a value the provider does not give empty, never guessed', () => {
    expect(built('https://crm.example.com/search?phone={number}&ext={extension}', call({ number: null }))).toBe(
      'https://crm.example.com/search?phone=&ext=101',
    )
  })

  it('keeps hostile values inside their place: quotes, javascript:, CR/LF, slashes, @, #, ?', () => {
    const template = 'https://crm.example.com/customers/{number}?agent={agent}#{call_id}'
    const url = built(
      template,
      call({
        number: `'"><script>alert(1)</script>`,
        agent: 'javascript:alert(1)\r\nSet-Cookie: x=1',
        call_id: '../../admin?x=1#y',
      }),
    )
    const parsed = new URL(url)
    expect(parsed.origin).toBe('https://crm.example.com')
    expect(parsed.pathname).toBe('/customers/%27%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E')
    expect(parsed.searchParams.get('agent')).toBe('javascript:alert(1)\r\nSet-Cookie: x=1')
    expect([...parsed.searchParams.keys()]).toEqual(['agent'])
    expect(decodeURIComponent(parsed.hash.slice(1))).toBe('../../admin?x=1#y')
    expect(url).not.toMatch(/[\r\n'"<> ]/)
  })

  it('cannot move the address to another host or path with @, // or ../', () => {
    const url = built('https://crm.example.com/c/{number}', call({ number: '@evil.example/x' }))
    expect(new URL(url).host).toBe('crm.example.com')
    expect(new URL(url).pathname).toBe('/c/%40evil.example%2Fx')
    expect(built('https://crm.example.com/{number}/view', call({ number: '../..' }))).toBe(
      'https://crm.example.com/..%2F../view',
    )
  })

  it('refuses a value that would make a dot segment of the path', () => {
    for (const number of ['..', '.', '%2e%2e']) {
      const result = buildScreenPopUrl('https://crm.example.com/c/{number}/view', call({ number }))
      // "%2e%2e" is encoded to %252e%252e, which is no dot segment: only the real dots are refused.
      if (number === '%2e%2e') expect(result).toEqual({ ok: true, url: 'https://crm.example.com/c/%252e%252e/view' })
      else expect(result).toEqual({ ok: false, problem: { code: 'accounts:problems.screenPop.unsafeValue' } })
    }
    // In the query a dot is only a dot.
    expect(built('https://crm.example.com/c?n={number}', call({ number: '..' }))).toBe('https://crm.example.com/c?n=..')
  })

  it('encodes unicode as UTF-8 and replaces a lone surrogate instead of failing', () => {
    expect(built('https://crm.example.com/?agent={agent}', call({ agent: 'Trần Thị Lan' }))).toBe(
      'https://crm.example.com/?agent=Tr%E1%BA%A7n%20Th%E1%BB%8B%20Lan',
    )
    expect(built('https://crm.example.com/?agent={agent}', call({ agent: 'a\uD800b' }))).toBe(
      'https://crm.example.com/?agent=a%EF%BF%BDb',
    )
  })

  it('refuses an address longer than browsers reliably open, and takes a long one below it', () => {
    const long = '9'.repeat(SCREEN_POP_URL_MAX)
    expect(buildScreenPopUrl('https://crm.example.com/?n={number}', call({ number: long }))).toEqual({
      ok: false,
      problem: { code: 'accounts:problems.screenPop.urlTooLong', params: { max: SCREEN_POP_URL_MAX } },
    })
    const fits = '9'.repeat(1500)
    expect(built('https://crm.example.com/?n={number}', call({ number: fits }))).toBe(
      `https://crm.example.com/?n=${fits}`,
    )
  })

  it('checks the template again when building: a hand-edited settings file cannot open javascript:', () => {
    expect(buildScreenPopUrl('javascript:alert({number})', call())).toEqual({
      ok: false,
      problem: { code: 'accounts:problems.screenPop.scheme', params: { scheme: 'javascript' } },
    })
    expect(buildScreenPopUrl('http://evil.example/{number}', call()).ok).toBe(false)
  })
})
