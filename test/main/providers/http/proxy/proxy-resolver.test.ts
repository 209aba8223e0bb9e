import { describe, expect, it } from 'vitest'

import { createElectronProxyResolver } from '../../../../../src/main/platform/proxy-resolver'
import { createWindowProxyPrompt } from '../../../../../src/main/providers/http/proxy/proxy-prompt'
import {
  createCachedProxyResolver,
  type ProxyResolver,
} from '../../../../../src/main/providers/http/proxy/proxy-resolver'
import type { ProxyRoute } from '../../../../../src/main/providers/http/proxy/proxy-route'

function countingResolver(answers: Array<ProxyRoute | Error>) {
  const asked: string[] = []
  const resolver: ProxyResolver = {
    resolve: async (url) => {
      asked.push(url)
      const answer = answers.shift() ?? 'DIRECT'
      if (answer instanceof Error) throw answer
      return answer
    },
  }
  return { resolver, asked }
}

const proxy: ProxyRoute = { protocol: 'http', host: 'p.corp', port: 3128 }

describe('the per-origin cache of proxy answers', () => {
  it('asks once per origin for a while, again after it, and after a network change', async () => {
    let now = 0
    const { resolver, asked } = countingResolver([proxy, 'DIRECT', proxy, 'DIRECT'])
    const cached = createCachedProxyResolver(resolver, () => now, 1_000)
    expect(await cached.resolve('https://a.example/v1/agents')).toEqual(proxy)
    expect(await cached.resolve('https://a.example/v1/queues')).toEqual(proxy)
    expect(await cached.resolve('https://b.example/x')).toBe('DIRECT')
    expect(asked).toEqual(['https://a.example/v1/agents', 'https://b.example/x'])
    now = 1_000
    expect(await cached.resolve('https://a.example/')).toEqual(proxy)
    expect(asked).toHaveLength(3)
    cached.forget()
    expect(await cached.resolve('https://a.example/')).toBe('DIRECT')
    expect(asked).toHaveLength(4)
  })

  it('shares one resolution between concurrent asks and does not keep a failure', async () => {
    const { resolver, asked } = countingResolver([new Error('PAC script failed'), proxy])
    const cached = createCachedProxyResolver(resolver, () => 0)
    const both = await Promise.allSettled([cached.resolve('https://a.example/'), cached.resolve('https://a.example/')])
    expect(both.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    expect(asked).toHaveLength(1)
    expect(await cached.resolve('https://a.example/')).toEqual(proxy)
  })
})

describe("Electron's resolveProxy (the platform adapter, with a fake session)", () => {
  it('parses its PAC answer and asks for a WebSocket as its http(s) twin', async () => {
    const asked: string[] = []
    const resolver = createElectronProxyResolver({
      resolveProxy: async (url) => {
        asked.push(url)
        return 'PROXY proxy.corp:8080; DIRECT'
      },
    })
    expect(await resolver.resolve('wss://api.voipbin.net/v1.0/ws')).toEqual({
      protocol: 'http',
      host: 'proxy.corp',
      port: 8080,
    })
    await resolver.resolve('ws://127.0.0.1:4000/ws')
    await resolver.resolve('https://xapi.alohub.vn/')
    expect(asked).toEqual(['https://api.voipbin.net/v1.0/ws', 'http://127.0.0.1:4000/ws', 'https://xapi.alohub.vn/'])
  })
})

describe('the proxy prompt through the window', () => {
  it('shows each question, answers it once, and cancels what is left on quit', async () => {
    const shown: unknown[] = []
    let next = 0
    const window = createWindowProxyPrompt(
      (request) => shown.push(request),
      () => `q${(next += 1)}`,
    )
    const first = window.prompt.ask({ proxy: 'p.corp:3128', again: false })
    const second = window.prompt.ask({ proxy: 'q.corp:3128', again: true })
    expect(shown).toEqual([
      { id: 'q1', proxy: 'p.corp:3128', again: false },
      { id: 'q2', proxy: 'q.corp:3128', again: true },
    ])
    expect(window.pending().map((request) => request.id)).toEqual(['q1', 'q2'])
    expect(window.answer('q1', { username: 'ann', password: 'secret' })).toBe(true)
    expect(window.answer('q1', { username: 'ann', password: 'again' })).toBe(false)
    expect(window.answer('nope', undefined)).toBe(false)
    expect(await first).toEqual({ username: 'ann', password: 'secret' })
    window.dispose()
    expect(await second).toBeUndefined()
    expect(window.pending()).toEqual([])
  })
})
