import { connect, Empty, StringCodec } from 'nats'
import { describe, expect, it } from 'vitest'

import { natsServerMissing, useNatsServers } from '../helpers/nats-server'

const codec = StringCodec()

describe.skipIf(natsServerMissing)('a real nats-server for the relay', () => {
  const startServer = useNatsServers()

  it('listens on loopback with JetStream, and keeps its key-value store and port across a restart', async () => {
    const server = await startServer()
    expect(server.url).toMatch(/^nats:\/\/127\.0\.0\.1:\d+$/)
    const first = await connect({ servers: server.url })
    const kv = await first.jetstream().views.kv('agentdesk_t1', { history: 1, allow_direct: true })
    await kv.put('tel4vn.ext.100', codec.encode('{"kept":true}'))
    await first.close()

    const port = server.port
    await server.restart()
    expect(server.port).toBe(port)
    const second = await connect({ servers: server.url })
    const answer = await second.request('$JS.API.DIRECT.GET.KV_agentdesk_t1.$KV.agentdesk_t1.tel4vn.ext.100', Empty, {
      timeout: 5000,
    })
    expect(codec.decode(answer.data)).toBe('{"kept":true}')
    await second.close()
  })
})
