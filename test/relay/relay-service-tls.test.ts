import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { relayStatusSchema } from '../../src/main/relay-protocol/relay-entries'
import { statusKey } from '../../src/main/relay-protocol/relay-names'
import { connectRelayNats } from '../../src/relay/nats/relay-connection'
import { startRelayService } from '../../src/relay/relay-service'
import { natsServerMissing, useNatsServers } from '../helpers/nats-server'
import { recordingLogger } from '../helpers/recording-logger'
import { eventually, memoryCredentials, sandboxRelayConfig } from '../helpers/relay-service'
import { useSandbox } from '../helpers/sandbox-fixture'
import { useTempDirs } from '../helpers/temp-dir'

const tempDir = useTempDirs()

/**
 * A certificate for 127.0.0.1 that no public CA signed: the relay must be told to trust it. It
 * names localhost too: the nats client checks a loopback IP against the name localhost.
 */
async function loopbackCertificate() {
  const dir = await tempDir()
  const certPath = join(dir, 'cert.pem')
  const keyPath = join(dir, 'key.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'ignore' },
  )
  return { certPath, keyPath }
}

describe.skipIf(natsServerMissing)('the relay on a tls:// NATS URL', () => {
  const { sandbox, clientOptions } = useSandbox()
  const startServer = useNatsServers()

  it('connects over TLS trusting the CA file relay.json names, and writes its status', async () => {
    const tls = await loopbackCertificate()
    const server = await startServer({ tls })
    expect(server.url).toMatch(/^tls:\/\//)
    const relay = await startRelayService({
      config: sandboxRelayConfig(sandbox()),
      nats: { url: server.url, caFile: tls.certPath },
      credentials: memoryCredentials({ 't1/tel4vn': sandbox().credentials.tel4vn.token }),
      logger: recordingLogger(),
      pools: clientOptions().pools,
    })
    try {
      const kv = await relay.nc.jetstream().views.kv('agentdesk_t1')
      await eventually(async () => {
        const entry = await kv.get(statusKey('tel4vn'))
        expect(relayStatusSchema.parse(entry?.json()).state).toBe('ok')
      })
      expect(relay.nc.info?.tls_required).toBe(true)
    } finally {
      await relay.stop()
    }
  })

  it('says why it cannot connect while it keeps trying: a certificate it was not told to trust', async () => {
    const server = await startServer({ tls: await loopbackCertificate() })
    const logger = recordingLogger()
    const stop = new AbortController()
    const connecting = connectRelayNats({ url: server.url, logger, onReconnect: () => undefined, signal: stop.signal })
    connecting.catch(() => undefined)
    await eventually(() =>
      expect(logger.lines.join('\n')).toMatch(/cannot connect to NATS yet.*self-signed certificate/),
    )
    stop.abort()
    await expect(connecting).rejects.toThrow()
  })
})
