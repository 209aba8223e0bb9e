import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { connect, StringCodec } from 'nats'
import { afterEach, describe, expect, it } from 'vitest'

import {
  explainRelayConnectError,
  RelayConnectionError,
  relayConnectionOptions,
} from '../../src/main/relay-protocol/relay-tls'
import { natsServerMissing, useNatsServers } from '../helpers/nats-server'

const codec = StringCodec()
const folders: string[] = []
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A self-signed certificate (for 127.0.0.1 unless told), made for this test only. */
async function certificate(address = '127.0.0.1') {
  const dir = await mkdtemp(join(tmpdir(), 'agentdesk-tls-'))
  folders.push(dir)
  const certPath = join(dir, 'cert.pem')
  const keyPath = join(dir, 'key.pem')
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    keyPath,
    '-out',
    certPath,
    '-days',
    '1',
    '-subj',
    `/CN=${address}`,
    '-addext',
    `subjectAltName=IP:${address}`,
  ])
  return { certPath, keyPath, ca: await readFile(certPath, 'utf8') }
}

describe('relay URLs', () => {
  it('take TLS from a tls:// URL and none from nats://, and refuse other schemes', () => {
    expect(relayConnectionOptions('nats://127.0.0.1:4222')).toEqual({ servers: ['nats://127.0.0.1:4222'] })
    expect(relayConnectionOptions('tls://relay.example.com:4222')).toEqual({
      servers: ['tls://relay.example.com:4222'],
      tls: {},
    })
    expect(relayConnectionOptions('tls://127.0.0.1:4222', 'PEM')).toMatchObject({ tls: { ca: 'PEM' } })
    expect(() => relayConnectionOptions('http://relay.example.com:4222')).toThrow(RelayConnectionError)
    expect(() => relayConnectionOptions('relay.example.com:4222')).toThrow(/nats:\/\/host:port or tls:\/\/host:port/)
  })
})

describe.skipIf(natsServerMissing)('TLS where the URL says so (real nats-server)', () => {
  const startServer = useNatsServers()

  it('connects over tls:// to a server with a certificate the desk trusts, and refuses one it does not', async () => {
    const { certPath, keyPath, ca } = await certificate()
    const server = await startServer({ tls: { certPath, keyPath } })
    expect(server.url).toMatch(/^tls:\/\/127\.0\.0\.1:\d+$/)

    const nc = await connect({ ...relayConnectionOptions(server.url, ca), timeout: 5000 })
    const subscription = nc.subscribe('agentdesk.t.tel4vn.status', { max: 1 })
    nc.publish('agentdesk.t.tel4vn.status', codec.encode('over tls'))
    for await (const message of subscription) expect(codec.decode(message.data)).toBe('over tls')
    expect(nc.info?.tls_required).toBe(true)
    await nc.close()

    // Without the trial's certificate authority the self-signed certificate is not trusted.
    await expect(connect({ ...relayConnectionOptions(server.url), timeout: 5000, reconnect: false })).rejects.toThrow(
      /self[- ]signed/i,
    )
  })

  it('refuses a certificate made for another address, even from a trusted authority', async () => {
    const { certPath, keyPath, ca } = await certificate('10.9.8.7')
    const server = await startServer({ tls: { certPath, keyPath } })
    await expect(
      connect({ ...relayConnectionOptions(server.url, ca), timeout: 5000, reconnect: false }),
    ).rejects.toThrow(/IP: 127\.0\.0\.1 is not in the cert's list/)
  })

  it('fails at once with a clear reason when a tls:// URL names a server without TLS', async () => {
    const server = await startServer()
    const url = server.url.replace(/^nats:/, 'tls:')
    const started = Date.now()
    const error: unknown = await connect({ ...relayConnectionOptions(url), timeout: 5000, reconnect: false }).then(
      () => null,
      (reason: unknown) => reason,
    )
    expect(Date.now() - started).toBeLessThan(3000)
    const explained = explainRelayConnectError(error, url)
    expect(explained).toBeInstanceOf(RelayConnectionError)
    expect(explained).toMatchObject({ reason: 'tls-not-offered' })
    expect(String(explained)).toContain(`The NATS server at ${url} does not offer TLS`)
  })
})
