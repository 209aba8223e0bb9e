import { afterEach, describe, expect, it } from 'vitest'

import { systemClock } from '../../../../../src/main/core/clock'
import { createPoolRegistry, type PoolRegistry } from '../../../../../src/main/providers/http/pool-registry'
import {
  createProxyAuth,
  type ProxyAuthPrompt,
  type ProxyCredentials,
} from '../../../../../src/main/providers/http/proxy/proxy-auth'
import { createEnvironmentProxyResolver } from '../../../../../src/main/providers/http/proxy/proxy-resolver'
import { withRequestScope } from '../../../../../src/main/providers/http/request-scope'
import { createVoipbinClient } from '../../../../../src/main/providers/voipbin/voipbin-client'
import {
  openVoipbinPush,
  type PushState,
  type VoipbinPush,
} from '../../../../../src/main/providers/voipbin/voipbin-push'
import { createMemorySecretStore, type SecretStore } from '../../../../../src/main/secrets/secret-store'
import type { PushReason } from '../../../../../src/shared/domain/live'
import { startRecordingProxy, type RecordingProxy } from '../../../../helpers/recording-proxy'
import { quickRetry, rejection, useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox } = useSandbox()
const cleanup: Array<() => unknown> = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

const RIGHT = { username: 'ann', password: 'pässword-right' }
const WRONG = { username: 'ann', password: 'pässword-wrong' }

async function proxyServer(credentials?: { user: string; password: string }): Promise<RecordingProxy> {
  const proxy = await startRecordingProxy(credentials)
  cleanup.push(() => proxy.close())
  return proxy
}

/** A prompt that answers from a script and records what it was asked. */
function scriptedPrompt(answers: Array<ProxyCredentials | undefined>) {
  const asked: Array<{ proxy: string; again: boolean }> = []
  const prompt: ProxyAuthPrompt = {
    ask: async (request) => {
      asked.push(request)
      return answers.shift()
    },
  }
  return { prompt, asked }
}

function registry(env: Record<string, string>, secrets?: SecretStore, prompt?: ProxyAuthPrompt): PoolRegistry {
  const pools = createPoolRegistry(
    { connectTimeoutMs: 2_000, connectionsPerOrigin: 2, keepAliveMs: 5_000 },
    { resolver: createEnvironmentProxyResolver(env), auth: createProxyAuth(secrets, prompt) },
  )
  cleanup.push(() => pools.close())
  return pools
}

function voipbin(pools: PoolRegistry) {
  return createVoipbinClient({
    baseUrl: sandbox().baseUrls.voipbin,
    pools,
    secret: async () => sandbox().credentials.voipbin.token,
    retry: quickRetry,
  })
}

/** One monitor poll: the agents list, in the monitor's lane, as the status watcher sends it. */
const poll = (pools: PoolRegistry) => withRequestScope({ lane: 'monitor' }, () => voipbin(pools).listAgents({}, 1))

const sandboxOrigin = () => new URL(sandbox().baseUrls.voipbin).origin

describe('provider HTTP through a proxy (HTTP_PROXY / NO_PROXY)', () => {
  it('sends a monitor poll to the sandbox through the proxy, as a forwarded plain-http request', async () => {
    const proxy = await proxyServer()
    const result = await poll(registry({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }))
    expect(result.agents.length).toBeGreaterThan(0)
    // Plain http is forwarded in absolute form (as curl does), not tunnelled with CONNECT.
    expect(proxy.passed).toContainEqual({
      method: 'GET',
      target: expect.stringMatching(new RegExp(`^${sandboxOrigin()}/v1\\.0/agents`)) as unknown as string,
      authorized: false,
    })
    expect(proxy.passed.some((request) => request.method === 'CONNECT')).toBe(false)
  })

  it('goes straight to a host NO_PROXY names', async () => {
    const proxy = await proxyServer()
    const result = await poll(registry({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }))
    expect(result.agents.length).toBeGreaterThan(0)
    expect(proxy.passed).toEqual([])
  })

  it('leaves plain http alone when only HTTPS_PROXY is set', async () => {
    const proxy = await proxyServer()
    await poll(registry({ HTTPS_PROXY: proxy.url }))
    expect(proxy.passed).toEqual([])
  })
})

describe('proxy authentication', () => {
  const user = { user: RIGHT.username, password: RIGHT.password }

  it('asks once on a 407, keeps the credentials in the keychain and passes', async () => {
    const proxy = await proxyServer(user)
    const secrets = createMemorySecretStore()
    const { prompt, asked } = scriptedPrompt([RIGHT])
    const pools = registry({ HTTP_PROXY: proxy.url }, secrets, prompt)
    // Two requests refused at once share one prompt.
    const [first, second] = await Promise.all([
      poll(pools),
      withRequestScope({}, () => voipbin(pools).listAgents({}, 1)),
    ])
    expect(first.agents.length).toBeGreaterThan(0)
    expect(second.agents.length).toBeGreaterThan(0)
    expect(asked).toEqual([{ proxy: `127.0.0.1:${proxy.port}`, again: false }])
    expect(JSON.parse((await secrets.get(`proxy http://127.0.0.1:${proxy.port}`)) ?? '{}')).toEqual(RIGHT)
    expect(proxy.passed.filter((request) => !request.authorized).length).toBeGreaterThan(0)
    expect(proxy.passed.at(-1)?.authorized).toBe(true)
  })

  it('uses the credentials kept in the keychain without asking', async () => {
    const proxy = await proxyServer(user)
    const secrets = createMemorySecretStore()
    await secrets.set(`proxy http://127.0.0.1:${proxy.port}`, JSON.stringify(RIGHT))
    const { prompt, asked } = scriptedPrompt([])
    await poll(registry({ HTTP_PROXY: proxy.url }, secrets, prompt))
    expect(asked).toEqual([])
    expect(proxy.passed.every((request) => request.authorized)).toBe(true)
  })

  it('asks again after a wrong password; Cancel fails with "proxy refused authentication", never the password', async () => {
    const proxy = await proxyServer(user)
    const { prompt, asked } = scriptedPrompt([WRONG, undefined])
    const pools = registry({ HTTP_PROXY: proxy.url }, createMemorySecretStore(), prompt)
    const error = await rejection(poll(pools))
    expect(asked).toEqual([
      { proxy: `127.0.0.1:${proxy.port}`, again: false },
      { proxy: `127.0.0.1:${proxy.port}`, again: true },
    ])
    expect(error).toMatchObject({
      kind: 'network',
      problem: { code: 'problems:proxy.authRefused', params: { proxy: `127.0.0.1:${proxy.port}` } },
    })
    expect(error.message).toMatch(/proxy 127\.0\.0\.1:\d+ refused authentication/)
    const everything = JSON.stringify({ ...error, message: error.message, stack: error['stack'] })
    for (const secret of [WRONG.password, Buffer.from(`ann:${WRONG.password}`).toString('base64')]) {
      expect(everything).not.toContain(secret)
    }
    // Cancelled: the next poll fails at once instead of asking at every interval...
    expect(await rejection(poll(pools))).toMatchObject({ problem: { code: 'problems:proxy.authRefused' } })
    expect(asked).toHaveLength(2)
    // ...until the network changes.
    pools.networkChanged()
    await rejection(poll(pools))
    expect(asked).toHaveLength(3)
  })

  it('fails at once with the clear problem when nothing can ask (no prompt)', async () => {
    const proxy = await proxyServer(user)
    const error = await rejection(poll(registry({ HTTP_PROXY: proxy.url }, createMemorySecretStore())))
    expect(error).toMatchObject({ problem: { code: 'problems:proxy.authRefused' } })
  })
})

describe('VoIPbin push through a proxy', () => {
  const open: VoipbinPush[] = []
  afterEach(() => {
    for (const push of open.splice(0)) push.close()
  })

  async function until(condition: () => boolean, what: string) {
    for (let i = 0; i < 300; i += 1) {
      if (condition()) return
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    throw new Error(`timed out waiting for ${what}`)
  }

  function connect(pools: PoolRegistry) {
    const states: Array<{ state: PushState; reason: PushReason | null }> = []
    const push = openVoipbinPush({
      baseUrl: sandbox().baseUrls.voipbin,
      secret: async () => sandbox().credentials.voipbin.token,
      customerId: sandbox().apps.voipbin.customerId,
      clock: systemClock,
      random: () => 0,
      maxBackoffMs: 40,
      onAgent: () => undefined,
      onState: (state, reason) => void states.push({ state, reason }),
      route: (url) => pools.webSocketAgent(url),
    })
    open.push(push)
    return states
  }

  it('tunnels the WebSocket with CONNECT', async () => {
    const proxy = await proxyServer()
    const states = connect(registry({ HTTP_PROXY: proxy.url }))
    await until(() => states.at(-1)?.state === 'connected', 'the connection')
    expect(proxy.passed).toContainEqual({ method: 'CONNECT', target: new URL(sandboxOrigin()).host, authorized: false })
  })

  it('goes straight to a host NO_PROXY names', async () => {
    const proxy = await proxyServer()
    const states = connect(registry({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }))
    await until(() => states.at(-1)?.state === 'connected', 'the connection')
    expect(proxy.passed).toEqual([])
  })

  it('asks for the proxy password on a 407 and connects with it', async () => {
    const proxy = await proxyServer({ user: RIGHT.username, password: RIGHT.password })
    const { prompt, asked } = scriptedPrompt([RIGHT])
    const states = connect(registry({ HTTP_PROXY: proxy.url }, createMemorySecretStore(), prompt))
    await until(() => states.at(-1)?.state === 'connected', 'the connection')
    expect(asked).toEqual([{ proxy: `127.0.0.1:${proxy.port}`, again: false }])
    expect(proxy.passed.map((request) => [request.method, request.authorized])).toEqual([
      ['CONNECT', false],
      ['CONNECT', true],
    ])
  })

  it('says the proxy refused when the prompt is cancelled', async () => {
    const proxy = await proxyServer({ user: RIGHT.username, password: RIGHT.password })
    const { prompt } = scriptedPrompt([undefined])
    const states = connect(registry({ HTTP_PROXY: proxy.url }, createMemorySecretStore(), prompt))
    await until(() => states.some((entry) => entry.reason === 'proxy_refused'), 'the refusal')
  })
})
