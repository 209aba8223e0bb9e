import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'

import { startHarness, type Harness } from '../../src/harness/harness-server'
import { createMemorySecretStore } from '../../src/main/secrets/secret-store'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import { HARNESS_PROTOCOL } from '../../src/shared/ipc/harness-protocol'
import { recordingLogger } from '../helpers/recording-logger'
import { until } from '../helpers/running-app'
import { silentProvider } from '../helpers/silent-provider'
import { useTempDirs } from '../helpers/temp-dir'

const tempDir = useTempDirs()
const running: Harness[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((harness) => harness.close()))
})

async function start() {
  const rendererDir = await tempDir()
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>AgentDesk</title>')
  await mkdir(join(rendererDir, 'assets'))
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  const logger = recordingLogger()
  const harness = await startHarness({
    rendererDir,
    dataDir: await tempDir(),
    logger,
    version: '9.9.9',
    // Only the tests that save an account use it; the rest never reach the keychain.
    secrets: createMemorySecretStore(),
  })
  running.push(harness)
  return { harness, logger }
}

/** Opens a socket and resolves once it is open, or rejects with the HTTP status of a refusal. */
function connect(harness: Harness, options: { token?: string; origin?: string } = {}): Promise<WebSocket> {
  const socket = new WebSocket(
    `${harness.origin.replace('http', 'ws')}/ipc`,
    [HARNESS_PROTOCOL, options.token ?? harness.token],
    {
      origin: options.origin ?? harness.origin,
    },
  )
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket))
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused ${response.statusCode}`)))
    socket.once('error', reject)
  })
}

function nextMessage(socket: WebSocket, predicate: (message: Record<string, unknown>) => boolean = () => true) {
  return new Promise<Record<string, unknown>>((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>
      if (!predicate(message)) return
      socket.off('message', onMessage)
      resolve(message)
    }
    socket.on('message', onMessage)
  })
}

describe('browser harness server', () => {
  it('binds to loopback and puts the token only in the fragment', async () => {
    const { harness } = await start()
    expect(harness.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(harness.url).toBe(`${harness.origin}/#token=${harness.token}`)
    expect(harness.token).toMatch(/^[0-9a-f]{48}$/)
  })

  it('serves the built renderer and nothing outside it', async () => {
    const { harness } = await start()
    const page = await fetch(`${harness.origin}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<title>AgentDesk</title>')
    expect((await fetch(`${harness.origin}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/)
    expect((await fetch(`${harness.origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404)
    expect((await fetch(`${harness.origin}/missing.js`)).status).toBe(404)
    expect((await fetch(`${harness.origin}/`, { method: 'POST' })).status).toBe(405)
  })

  it('carries an IPC round trip over the WebSocket', async () => {
    const { harness } = await start()
    const socket = await connect(harness)
    socket.send(JSON.stringify({ type: 'invoke', id: 7, operation: 'app.getInfo', payload: {} }))
    expect(await nextMessage(socket)).toEqual({
      type: 'result',
      id: 7,
      result: {
        ok: true,
        value: { productName: 'AgentDesk', version: '9.9.9', platform: process.platform, transport: 'browser-harness' },
      },
    })
    socket.close()
  })

  it('answers an invalid payload with a typed error, not a crash', async () => {
    const { harness } = await start()
    const socket = await connect(harness)
    socket.send(
      JSON.stringify({ type: 'invoke', id: 1, operation: 'notifications.pause', payload: { duration: 'forever' } }),
    )
    const answer = await nextMessage(socket)
    expect(answer).toMatchObject({
      id: 1,
      result: { ok: false, error: { kind: 'invalid_request', operation: 'notifications.pause' } },
    })
    socket.send(JSON.stringify({ type: 'invoke', id: 2, operation: 'app.ping', payload: { message: 'still alive' } }))
    expect(await nextMessage(socket)).toMatchObject({ id: 2, result: { ok: true, value: { message: 'still alive' } } })
    socket.close()
  })

  it('pushes events from the services to the page', async () => {
    const { harness } = await start()
    const socket = await connect(harness)
    const event = nextMessage(socket, (message) => message.type === 'event')
    socket.send(JSON.stringify({ type: 'invoke', id: 1, operation: 'notifications.sendTest', payload: {} }))
    expect(await event).toMatchObject({ type: 'event', name: 'notifications.shown', payload: { title: 'AgentDesk' } })
    expect(harness.platform.recorded.notifications).toHaveLength(1)
    socket.close()
  })

  it('refuses a wrong token and a foreign origin', async () => {
    const { harness, logger } = await start()
    await expect(connect(harness, { token: 'f'.repeat(48) })).rejects.toThrow('refused 401')
    await expect(connect(harness, { origin: 'https://evil.example' })).rejects.toThrow('refused 403')
    expect(logger.lines.filter((line) => line.includes('WebSocket refused'))).toHaveLength(2)
    expect(logger.lines.join('\n')).not.toContain(harness.token)
  })

  it('drops malformed messages and keeps serving', async () => {
    const { harness, logger } = await start()
    const socket = await connect(harness)
    socket.send('this is not json')
    socket.send(JSON.stringify({ type: 'invoke', id: -1, operation: 'app.getInfo' }))
    socket.send(JSON.stringify({ type: 'invoke', id: 3, operation: 'app.ping', payload: { message: 'ok' } }))
    expect(await nextMessage(socket)).toMatchObject({ id: 3, result: { ok: true } })
    expect(logger.lines.filter((line) => line.includes('malformed message'))).toHaveLength(2)
    socket.close()
  })

  it('cancels a read by its call id for the socket that made it, and no other', async () => {
    const { harness, logger } = await start()
    const events: string[] = []
    const provider = await silentProvider(events)
    try {
      const account = await harness.core.accounts.create(
        {
          provider: 'alohub',
          label: 'Silent desk',
          baseUrl: provider.origin,
          tenantId: '7',
          role: { kind: 'supervisor' },
          polling: { enabled: false, intervalSeconds: null },
        },
        'k_silent_desk',
      )
      const page = await connect(harness)
      const otherPage = await connect(harness)
      const answer = nextMessage(page, (message) => message.id === 1)
      const payload = { accountId: account.id, page: 0, size: 20 }
      page.send(JSON.stringify({ type: 'invoke', id: 1, operation: 'alohub.listAgents', payload, callId: 5 }))
      await until(() => events.includes('GET /v1/agents'))

      otherPage.send(JSON.stringify({ type: 'cancel', callId: 5 }))
      page.send(JSON.stringify({ type: 'cancel', callId: '5' }))
      // The other page's cancel and the malformed one are handled before this answer comes.
      page.send(JSON.stringify({ type: 'invoke', id: 2, operation: 'app.ping', payload: { message: 'after' } }))
      await nextMessage(page, (message) => message.id === 2)
      expect(logger.lines.filter((line) => line.includes('malformed message'))).toHaveLength(1)
      expect(events).toEqual(['GET /v1/agents'])

      page.send(JSON.stringify({ type: 'cancel', callId: 5 }))
      expect(await answer).toMatchObject({ id: 1, result: { ok: false, error: { kind: 'cancelled' } } })
      await until(() => events.includes('connection closed'))
      page.close()
      otherPage.close()
    } finally {
      await provider.close()
    }
  })
})
