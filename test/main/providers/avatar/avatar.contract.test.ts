import { describe, expect, it } from 'vitest'

import { createAvatarClient } from '../../../../src/main/providers/avatar/avatar-client'
import { rejection, useSandbox } from '../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()

const client = (apiKey?: string) =>
  createAvatarClient({
    ...clientOptions(),
    baseUrl: sandbox().baseUrls.avatar,
    secret: async () => apiKey ?? sandbox().credentials.avatar.apiKey,
  })

describe('avatar client against the sandbox', () => {
  it('lists AI agents newest first with nullable voice and avatar', async () => {
    const agents = await client().listAgents()
    expect(agents.length).toBe(8)
    const updated = agents.map((agent) => Date.parse(agent.updatedAt ?? ''))
    expect(updated).toEqual([...updated].sort((a, b) => b - a))
    expect(agents.some((agent) => agent.voiceId === null)).toBe(true)
    expect(agents.some((agent) => agent.avatarUrl === null)).toBe(true)
    expect(agents.find((agent) => agent.language === 'vi')?.name).toMatch(/[ạảãàáâậầấẩẫăặằắẳẵóòọõỏôộổỗồốơờớợởỡ]/)
  })

  it('maps 401, 403 and 500', async () => {
    expect(await rejection(client('wrong-key-abcd').listAgents())).toMatchObject({ kind: 'auth', status: 401 })
    expect(await rejection(client(sandbox().credentials.avatar.forbiddenKey).listAgents())).toMatchObject({
      kind: 'forbidden',
      status: 403,
    })
    sandbox().served.avatar.faults.inject(
      { kind: 'status', status: 500, body: '{"success":false,"error":"db down"}', contentType: 'application/json' },
      5,
    )
    const error = await rejection(client().listAgents())
    expect(error).toMatchObject({ kind: 'server', status: 500 })
    expect(error.message).toContain('db down')
    sandbox().served.avatar.faults.clear()
  })
})
