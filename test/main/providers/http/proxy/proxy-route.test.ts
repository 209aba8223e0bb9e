import { describe, expect, it } from 'vitest'

import {
  parsePacAnswer,
  parseProxyVariable,
  proxyOrigin,
  routeFromEnvironment,
} from '../../../../../src/main/providers/http/proxy/proxy-route'

describe('PAC answers (Electron resolveProxy)', () => {
  it('takes the first entry the app can use', () => {
    expect(parsePacAnswer('DIRECT')).toBe('DIRECT')
    expect(parsePacAnswer('')).toBe('DIRECT')
    expect(parsePacAnswer('PROXY proxy.corp:3128; DIRECT')).toEqual({
      protocol: 'http',
      host: 'proxy.corp',
      port: 3128,
    })
    expect(parsePacAnswer('HTTPS secure.corp:8443')).toEqual({ protocol: 'https', host: 'secure.corp', port: 8443 })
    // SOCKS is skipped: neither undici's HTTP proxy agent nor the WebSocket's CONNECT agent speaks it.
    expect(parsePacAnswer('SOCKS5 s.corp:1080; PROXY p.corp:8080')).toEqual({
      protocol: 'http',
      host: 'p.corp',
      port: 8080,
    })
    expect(parsePacAnswer('SOCKS s.corp:1080')).toBe('DIRECT')
    expect(parsePacAnswer('  proxy  p.corp:81 ;DIRECT')).toEqual({ protocol: 'http', host: 'p.corp', port: 81 })
  })

  it('fills in the default port and reads IPv6 addresses', () => {
    expect(parsePacAnswer('PROXY p.corp')).toEqual({ protocol: 'http', host: 'p.corp', port: 80 })
    expect(parsePacAnswer('PROXY [::1]:3128')).toEqual({ protocol: 'http', host: '::1', port: 3128 })
    expect(proxyOrigin({ protocol: 'http', host: '::1', port: 3128 })).toBe('http://[::1]:3128')
  })

  it('skips malformed entries instead of guessing', () => {
    expect(parsePacAnswer('PROXY; PROXY a b; PROXY ok.corp:1')).toEqual({ protocol: 'http', host: 'ok.corp', port: 1 })
    expect(parsePacAnswer('BOGUS x:1')).toBe('DIRECT')
  })
})

describe('HTTPS_PROXY / HTTP_PROXY / NO_PROXY (curl and undici semantics)', () => {
  const proxy = { protocol: 'http', host: 'p.corp', port: 3128 }

  it('uses HTTPS_PROXY for https and wss, HTTP_PROXY for http and ws', () => {
    const env = { HTTPS_PROXY: 'http://p.corp:3128', HTTP_PROXY: 'http://h.corp:80' }
    expect(routeFromEnvironment('https://api.example.com/x', env)).toEqual(proxy)
    expect(routeFromEnvironment('wss://api.example.com/ws', env)).toEqual(proxy)
    expect(routeFromEnvironment('http://127.0.0.1:4000/', env)).toEqual({ protocol: 'http', host: 'h.corp', port: 80 })
    // HTTPS_PROXY alone does not route plain http (as in curl and undici's EnvHttpProxyAgent)...
    expect(routeFromEnvironment('http://127.0.0.1:4000/', { HTTPS_PROXY: 'http://p.corp:3128' })).toBe('DIRECT')
    // ...while HTTP_PROXY alone routes https too (undici's fallback).
    expect(routeFromEnvironment('https://a.example/', { HTTP_PROXY: 'p.corp:3128' })).toEqual(proxy)
  })

  it('prefers the lower-case variables and ignores an unreadable one', () => {
    expect(routeFromEnvironment('https://a.example/', { https_proxy: 'p.corp:3128', HTTPS_PROXY: 'x.corp:1' })).toEqual(
      proxy,
    )
    expect(routeFromEnvironment('https://a.example/', { HTTPS_PROXY: 'socks5://s.corp:1080' })).toBe('DIRECT')
    expect(routeFromEnvironment('https://a.example/', { HTTPS_PROXY: '' })).toBe('DIRECT')
    expect(parseProxyVariable('https://p.corp')).toEqual({ protocol: 'https', host: 'p.corp', port: 443 })
  })

  it('bypasses NO_PROXY hosts, their subdomains, ports and *', () => {
    const route = (url: string, noProxy: string) =>
      routeFromEnvironment(url, { HTTPS_PROXY: 'p.corp:3128', HTTP_PROXY: 'p.corp:3128', NO_PROXY: noProxy })
    expect(route('http://127.0.0.1:4000/', '127.0.0.1')).toBe('DIRECT')
    expect(route('https://api.example.com/', 'example.com')).toBe('DIRECT')
    expect(route('https://api.example.com/', '.example.com')).toBe('DIRECT')
    expect(route('https://api.example.com/', '*.example.com')).toBe('DIRECT')
    expect(route('https://badexample.com/', 'example.com')).toEqual(proxy)
    expect(route('https://a.example:8443/', 'a.example:8443')).toBe('DIRECT')
    expect(route('https://a.example/', 'a.example:8443')).toEqual(proxy)
    expect(route('https://a.example/', 'a.example:443')).toBe('DIRECT')
    expect(route('https://anything.example/', '*')).toBe('DIRECT')
    expect(route('https://a.example/', 'b.example, a.example')).toBe('DIRECT')
    expect(route('https://A.Example/', 'a.EXAMPLE')).toBe('DIRECT')
    expect(route('https://a.example/', '')).toEqual(proxy)
  })
})
