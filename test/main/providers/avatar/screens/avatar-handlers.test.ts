import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { createAccountClients } from '../../../../../src/main/accounts/account-clients'
import { dispatch, type OperationHandlers } from '../../../../../src/main/ipc/dispatch'
import { createAvatarHandlers } from '../../../../../src/main/providers/avatar/screens/avatar-handlers'
import { fetchAvatarImage } from '../../../../../src/main/providers/avatar/screens/avatar-image'
import type { RequestOf, ResponseOf } from '../../../../../src/shared/ipc/contract'
import { sandboxAccount } from '../../../../helpers/sandbox-account'
import { useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()

async function setUp() {
  const { pools } = clientOptions()
  const { accounts, accountId, logger } = await sandboxAccount(sandbox(), 'avatar', pools)
  const handlers = createAvatarHandlers({
    clients: createAccountClients({ accounts, pools }),
    pools,
  }) as unknown as OperationHandlers
  const ok = async <N extends 'avatar.listAgents' | 'avatar.picture'>(
    operation: N,
    request: Omit<RequestOf<N>, 'accountId'>,
  ) => {
    const result = await dispatch(handlers, operation, { accountId, ...request }, logger)
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.message}`)
    return result.value as ResponseOf<N>
  }
  return { ok, pools }
}

/** A loopback server answering every request with this status, type and body. */
async function serve(status: number, type: string, body: Buffer | string) {
  const server = createServer((_request, response) => response.writeHead(status, { 'content-type': type }).end(body))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/picture`, close: () => new Promise((resolve) => server.close(resolve)) }
}

describe('AI avatar agents', () => {
  it('lists them newest first, without picture addresses, and serves pictures as data: URLs', async () => {
    const { ok } = await setUp()
    const agents = await ok('avatar.listAgents', {})
    expect(agents.length).toBeGreaterThan(3)
    const updated = agents.map((agent) => Date.parse(agent.updatedAt ?? ''))
    expect(updated).toEqual([...updated].sort((a, b) => b - a))
    expect(JSON.stringify(agents)).not.toContain('http')
    const pictured = agents.filter((agent) => agent.hasPicture)
    const pictures = await Promise.all(pictured.map((agent) => ok('avatar.picture', { agentId: agent.agentId })))
    // All but the one whose host cannot be reached.
    expect(pictures.filter((picture) => picture.dataUrl?.startsWith('data:image/svg+xml;base64,'))).toHaveLength(
      pictured.length - 1,
    )
    expect(pictures.filter((picture) => picture.dataUrl === null)).toHaveLength(1)
    const without = agents.find((agent) => !agent.hasPicture)
    expect(await ok('avatar.picture', { agentId: without?.agentId ?? -1 })).toEqual({ dataUrl: null })
  })

  it('refuses what is not a small image, and plain http beyond this computer', async () => {
    const { pools } = await setUp()
    const html = await serve(200, 'text/html', '<script>alert(1)</script>')
    expect(await fetchAvatarImage(html.url, pools)).toBeNull()
    const huge = await serve(200, 'image/png', Buffer.alloc(600 * 1024))
    expect(await fetchAvatarImage(huge.url, pools)).toBeNull()
    const missing = await serve(404, 'image/png', '')
    expect(await fetchAvatarImage(missing.url, pools)).toBeNull()
    const small = await serve(200, 'image/png; charset=binary', Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    expect(await fetchAvatarImage(small.url, pools)).toBe('data:image/png;base64,iVBORw==')
    expect(await fetchAvatarImage('http://192.0.2.1/picture.png', pools)).toBeNull()
    expect(await fetchAvatarImage('file:///etc/passwd', pools)).toBeNull()
    await Promise.all([html.close(), huge.close(), missing.close(), small.close()])
  })
})
