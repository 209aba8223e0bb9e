import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request, type ClientRequest, type RequestOptions, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime'
import electronUpdater from 'electron-updater'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createUpdaterAdapter } from '../../../src/main/platform/updater-adapter'
import type { UpdaterEvent } from '../../../src/main/updates/updater-port'
import { recordingLogger } from '../../helpers/recording-logger'

/**
 * electron-updater's own AppImageUpdater, run in Node against a generic-provider feed on loopback:
 * its parsing of latest-linux.yml, its channel files, its staged-rollout decision and its sha512
 * check are what is tested here, through our adapter. Only its HTTP executor (Electron's net) is
 * replaced by Node's http; nothing of the feed parsing is ours.
 */
class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: unknown) => void): ClientRequest {
    return request(options, callback)
  }

  /** As electron-updater's ElectronHttpExecutor downloads, on Node's http (the sha512 check is the base class's). */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers ?? undefined, redirect: 'manual' }
      configureRequestUrl(url, requestOptions)
      configureRequestOptions(requestOptions)
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error ? reject(error) : resolve(destination)),
          responseHandler: null,
        },
        0,
      )
    })
  }
}

const release = Buffer.from('#!/bin/sh\necho "AgentDesk 1.2.0"\n'.repeat(2000))
const sha512 = createHash('sha512').update(release).digest('base64')

function feed(version: string, extra = ''): string {
  return [
    `version: ${version}`,
    'files:',
    `  - url: AgentDesk-${version}.AppImage`,
    `    sha512: ${sha512}`,
    `    size: ${release.length}`,
    `path: AgentDesk-${version}.AppImage`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-12-01T10:00:00.000Z'",
    'releaseNotes: |-',
    '  <p>Rings reach the tray faster.</p>',
    '  <ul><li>Fixed: missed calls &amp; alerts</li></ul>',
    extra,
  ].join('\n')
}

let server: Server
let baseUrl: string
let files: Record<string, string | Buffer> = {}
const requests: Array<{ path: string; stagingId: string | undefined }> = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    requests.push({ path, stagingId: req.headers['x-user-staging-id'] as string | undefined })
    const body = files[path.slice(1)]
    if (body === undefined) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-length': Buffer.byteLength(body) }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

// The AppImage runtime's variable: AppImageUpdater stays idle without it (and so does our service).
const appImageDir = mkdtempSync(join(tmpdir(), 'agentdesk-appimage-'))
const previousAppImage = process.env.APPIMAGE
beforeAll(() => {
  process.env.APPIMAGE = join(appImageDir, 'AgentDesk-1.0.0.AppImage')
  writeFileSync(process.env.APPIMAGE, 'the installed 1.0.0')
})
afterAll(() => {
  if (previousAppImage === undefined) delete process.env.APPIMAGE
  else process.env.APPIMAGE = previousAppImage
  rmSync(appImageDir, { recursive: true, force: true })
})

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  requests.length = 0
  files = {}
})

/** The updater of an installed 1.0.0 AppImage whose install id places it at `rollout` (0–1) of the rollout. */
function installedUpdater(rollout: number) {
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-updater-'))
  dirs.push(dir)
  // electron-updater takes the last 4 bytes of the install's UUID as its place in the rollout.
  const tail = Math.floor(rollout * 0xffffffff)
    .toString(16)
    .padStart(8, '0')
  // What electron-builder writes into an installed app's resources; the download reads its cache folder name.
  writeFileSync(
    join(dir, 'app-update.yml'),
    `provider: generic\nurl: ${baseUrl}\nupdaterCacheDirName: agentdesk-updater\n`,
  )
  writeFileSync(join(dir, '.updaterId'), `6f1c2a4e-8b3d-4c5e-9a7f-0b1c${tail}`)
  const updater = new electronUpdater.AppImageUpdater(null, {
    version: '1.0.0',
    name: 'AgentDesk',
    isPackaged: true,
    appUpdateConfigPath: join(dir, 'app-update.yml'),
    userDataPath: dir,
    baseCachePath: dir,
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  })
  // Protected in its types: the executor of Electron's net, replaced before the feed is set.
  ;(updater as unknown as { httpExecutor: HttpExecutor<ClientRequest> }).httpExecutor = new NodeHttpExecutor()
  updater.setFeedURL({ provider: 'generic', url: baseUrl })
  const port = createUpdaterAdapter(updater, recordingLogger())
  const events: UpdaterEvent[] = []
  port.onEvent((event) => events.push(event))
  return { port, events }
}

describe('generic update feed on loopback, read by electron-updater', () => {
  it('finds the version and its notes in latest-linux.yml, as plain text', async () => {
    files['latest-linux.yml'] = feed('1.2.0')
    const { port, events } = installedUpdater(0.5)
    port.setChannel('stable')
    await port.check()
    expect(requests[0]?.path).toBe('/latest-linux.yml')
    expect(requests[0]?.stagingId).toMatch(/^6f1c2a4e-/)
    expect(events).toEqual([
      { type: 'checking' },
      {
        type: 'available',
        version: '1.2.0',
        releaseNotes: 'Rings reach the tray faster.\n\nFixed: missed calls & alerts',
      },
    ])
  })

  it('respects the staged rollout: inside the 10 % gets it, outside does not', async () => {
    files['latest-linux.yml'] = feed('1.2.0', 'stagingPercentage: 10')
    const inside = installedUpdater(0.05)
    inside.port.setChannel('stable')
    await inside.port.check()
    expect(inside.events.map((event) => event.type)).toEqual(['checking', 'available'])
    const outside = installedUpdater(0.5)
    outside.port.setChannel('stable')
    await outside.port.check()
    expect(outside.events.map((event) => event.type)).toEqual(['checking', 'not-available'])
  })

  it('reads the beta feed on the beta channel, and never offers a downgrade back on stable', async () => {
    files['beta-linux.yml'] = feed('1.3.0-beta.1')
    files['latest-linux.yml'] = feed('0.9.0')
    const { port, events } = installedUpdater(0)
    port.setChannel('beta')
    await port.check()
    expect(requests.map((entry) => entry.path)).toEqual(['/beta-linux.yml'])
    expect(events.at(-1)).toMatchObject({ type: 'available', version: '1.3.0-beta.1' })
    port.setChannel('stable')
    await port.check()
    expect(events.at(-1)).toEqual({ type: 'not-available' })
  })

  it('says the feed is missing when the channel file is not there', async () => {
    const { port, events } = installedUpdater(0)
    port.setChannel('stable')
    await port.check()
    expect(events.at(-1)).toMatchObject({ type: 'error', failure: 'feedMissing' })
  })

  it('downloads the release, checks its sha512, and refuses a file that does not match', async () => {
    files['latest-linux.yml'] = feed('1.2.0')
    files['AgentDesk-1.2.0.AppImage'] = release
    const { port, events } = installedUpdater(0)
    port.setChannel('stable')
    await port.check()
    await port.download()
    expect(events.at(-1)).toMatchObject({ type: 'downloaded', version: '1.2.0' })
    files['latest-linux.yml'] = feed('1.2.1').replaceAll('1.2.0', '1.2.1')
    files['AgentDesk-1.2.1.AppImage'] = Buffer.concat([release, Buffer.from('tampered')])
    const second = installedUpdater(0)
    second.port.setChannel('stable')
    await second.port.check()
    await second.port.download()
    expect(second.events.at(-1)).toMatchObject({ type: 'error', failure: 'integrity' })
  })
})
