import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { arch, release } from 'node:os'
import { join, resolve } from 'node:path'

import Conf from 'conf'
import { WebSocketServer, type WebSocket } from 'ws'

import { createApp, type AppServices } from '../main/app/create-app'
import type { Clock } from '../main/core/clock'
import { systemClock } from '../main/core/clock'
import { createKnownSecrets } from '../main/core/known-secrets'
import { createLogFileSink } from '../main/core/log-file'
import { createLogger, teeLogger, type Logger } from '../main/core/logger'
import type { DemoSize } from '../main/demo/demo-workspace'
import { MAX_REQUEST_BYTES } from '../main/ipc/dispatch'
import { createIpcCalls, type IpcCalls } from '../main/ipc/ipc-calls'
import { createEnvironmentProxyResolver } from '../main/providers/http/proxy/proxy-resolver'
import { createKeytarSecretStore } from '../main/secrets/keytar-secret-store'
import type { SecretStore } from '../main/secrets/secret-store'
import type { SettingsBackend } from '../main/settings/settings-repository'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import {
  HARNESS_PATH,
  HARNESS_PROTOCOL,
  harnessRequestSchema,
  type HarnessMessage,
} from '../shared/ipc/harness-protocol'

import { createHarnessPlatform, type HarnessPlatform } from './harness-platform'
import { readStaticFile } from './static-files'

/** Keychain service of the harness: its keys never mix with the installed app's. */
export const HARNESS_KEYCHAIN_SERVICE = 'AgentDesk (browser harness)'

/** How to start the harness. */
export interface HarnessOptions {
  /** Folder with the built renderer (out/renderer). */
  readonly rendererDir: string
  /** Folder for this run's settings file. */
  readonly dataDir: string
  readonly logger: Logger
  /** 0 picks a free port. */
  readonly port?: number
  readonly clock?: Clock
  readonly version?: string | undefined
  /** Defaults to the OS keychain under a service name of its own, apart from the app's. */
  readonly secrets?: SecretStore
  /** Start with the demo workspace (the default for `npm run dev:browser`). */
  readonly demo?: boolean
  readonly demoSize?: DemoSize
}

/** A running harness. */
export interface Harness {
  /** The page's address, with the token in the fragment (never sent to a server). */
  readonly url: string
  readonly origin: string
  readonly token: string
  readonly core: AppServices
  readonly platform: HarnessPlatform
  close(): Promise<void>
}

/**
 * Starts the main-process services in plain Node and serves the built renderer, with the
 * IPC contract on a loopback WebSocket. Only a page from this origin holding this run's
 * token can connect. A development and test tool: never part of the packaged app.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = randomBytes(24).toString('hex')
  const rendererDir = resolve(options.rendererDir)
  const platform = createHarnessPlatform()
  const settingsBackend = new Conf<Record<string, unknown>>({
    projectName: 'AgentDesk',
    cwd: options.dataDir,
    configName: 'settings',
    clearInvalidConfig: false,
  }) as SettingsBackend
  // Kept queue trends, beside the settings as in the app.
  const trendsBackend = new Conf<Record<string, unknown>>({
    projectName: 'AgentDesk',
    cwd: options.dataDir,
    configName: 'queue-trends',
    clearInvalidConfig: false,
  }) as SettingsBackend
  // The day's missed calls, beside the settings as in the app.
  const missedCallsBackend = new Conf<Record<string, unknown>>({
    projectName: 'AgentDesk',
    cwd: options.dataDir,
    configName: 'missed-calls',
    clearInvalidConfig: false,
  }) as SettingsBackend
  // The app's log file, as the installed app keeps one (there with electron-log): rotated,
  // scrubbed of every key the keychain handed out, and collected by "Save diagnostics…".
  const knownSecrets = createKnownSecrets()
  const logsDir = join(options.dataDir, 'logs')
  const logger = teeLogger(
    options.logger,
    createLogger(createLogFileSink(logsDir, { redact: knownSecrets.redact, echo: false })),
  )
  const core = createApp({
    info: {
      productName: 'AgentDesk',
      version: options.version ?? '0.0.0',
      platform: process.platform,
      transport: 'browser-harness',
    },
    settingsBackend,
    trendsBackend,
    missedCallsBackend,
    secrets: options.secrets ?? createKeytarSecretStore(HARNESS_KEYCHAIN_SERVICE),
    ...platform,
    clock: options.clock ?? systemClock,
    logger,
    knownSecrets,
    diagnostics: {
      logsDir,
      runtime: { versions: process.versions, platform: process.platform, release: release(), arch: arch() },
    },
    ...(options.demoSize ? { demoSize: options.demoSize } : {}),
    // No Electron here: provider traffic honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY, as curl does.
    proxyResolver: createEnvironmentProxyResolver(),
  })

  if (options.demo) await core.demo.start()

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end()
      return
    }
    const download = platform.takeDownload(new URL(request.url ?? '/', 'http://harness').pathname)
    if (download) {
      response
        .writeHead(200, {
          'Content-Type': download.fileName.endsWith('.zip') ? 'application/zip' : 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        .end(request.method === 'HEAD' ? undefined : download.bytes)
      return
    }
    void readStaticFile(rendererDir, request.url ?? '/').then((file) => {
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      response
        .writeHead(200, {
          'Content-Type': file.contentType,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          // The app's own policy, as main sends it: the e2e tests run under it.
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        })
        .end(request.method === 'HEAD' ? undefined : file.body)
    })
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => done())
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`

  const calls = createIpcCalls(core.handlers, logger)
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_REQUEST_BYTES * 2,
    handleProtocols: (protocols) => (protocols.has(HARNESS_PROTOCOL) ? HARNESS_PROTOCOL : false),
  })
  server.on('upgrade', (request, socket, head) => {
    const refusal = refuseUpgrade(request, origin, token)
    if (refusal) {
      logger.warn(`harness: WebSocket refused (${refusal})`)
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\n\r\n`)
      return
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveSocket(ws, core, calls, logger))
  })

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    core,
    platform,
    async close() {
      for (const client of sockets.clients) client.terminate()
      sockets.close()
      await core.dispose()
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}

/** Why an upgrade must be refused (as an HTTP status line), or undefined to accept it. */
function refuseUpgrade(request: IncomingMessage, origin: string, token: string): string | undefined {
  if (new URL(request.url ?? '/', origin).pathname !== HARNESS_PATH) return '404 Not Found'
  // A page on another origin must not drive the services, even if it guessed the port.
  if (request.headers.origin !== origin) return '403 Forbidden'
  const offered = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((part) => part.trim())
  if (!offered.includes(HARNESS_PROTOCOL) || !offered.some((candidate) => sameToken(candidate, token))) {
    return '401 Unauthorized'
  }
  return undefined
}

function sameToken(candidate: string, token: string): boolean {
  const a = Buffer.from(candidate)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** One page's socket: its calls and cancels (the socket owns its call ids), and the events. */
function serveSocket(ws: WebSocket, core: AppServices, calls: IpcCalls, logger: Logger): void {
  const send = (message: HarnessMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message))
  }
  const unsubscribe = core.events.subscribe((name, payload) => send({ type: 'event', name, payload }))
  ws.on('close', () => {
    unsubscribe()
    calls.cancelAll(ws)
  })
  ws.on('message', (data) => {
    let request
    try {
      request = harnessRequestSchema.safeParse(JSON.parse(String(data)))
    } catch {
      request = undefined
    }
    if (!request?.success) {
      logger.warn('harness: malformed message dropped')
      return
    }
    const message = request.data
    if (message.type === 'cancel') {
      calls.cancel(ws, { callId: message.callId })
      return
    }
    const { id, operation, payload, callId } = message
    void calls.invoke(ws, operation, payload, callId).then((result) => send({ type: 'result', id, result }))
  })
}
