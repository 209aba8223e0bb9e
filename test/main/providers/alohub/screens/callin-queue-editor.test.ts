import { describe, expect, it } from 'vitest'

import { createAlohubClient } from '../../../../../src/main/providers/alohub/alohub-client'
import { saveCallinQueues } from '../../../../../src/main/providers/alohub/screens/callin-queue-editor'
import { rejection, useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
const client = () =>
  createAlohubClient({
    ...clientOptions(),
    baseUrl: sandbox().baseUrls.alohub,
    secret: async () => sandbox().credentials.alohub.apiKey,
  })

/** An agent in exactly `count` callin queues, and a queue it is not in. */
function agentWith(count: number, skip = 0) {
  const agent = sandbox()
    .apps.alohub.agents()
    .filter((candidate) => candidate.callinQueueIds.length === count)[skip]
  if (!agent) throw new Error(`seed changed: no agent with ${count} queues`)
  const other = sandbox()
    .apps.alohub.queues()
    .find((queue) => queue.kind === 'callin' && !agent.callinQueueIds.includes(queue.id))
  return { agentId: agent.agentId, base: [...agent.callinQueueIds], other: other?.id ?? -1 }
}

const puts = () => sandbox().served.alohub.requests.filter((request) => request.method === 'PUT')
const queuesOf = (agentId: string) =>
  [
    ...(sandbox()
      .apps.alohub.agents()
      .find((agent) => agent.agentId === agentId)?.callinQueueIds ?? []),
  ].sort((a, b) => a - b)

describe('callin queue editor against the AloHub sandbox', () => {
  it('adds a queue by sending the whole list: the old queues and the new one', async () => {
    const { agentId, base, other } = agentWith(2)
    const desired = [...base, other]
    const saved = await saveCallinQueues(client(), { agentId, base, desired, confirmRemoval: false, overwrite: false })
    expect(saved).toMatchObject({ outcome: 'saved', added: [other], removed: [] })
    expect(JSON.parse(puts().at(-1)?.body ?? '{}').queue_ids.sort()).toEqual([...desired].sort())
    expect(queuesOf(agentId)).toEqual([...desired].sort((a, b) => a - b))
  })

  it('asks before removing a queue, and sends nothing until the user agrees', async () => {
    const { agentId, base } = agentWith(2, 1)
    const [kept, dropped] = base
    const before = puts().length
    const asked = await saveCallinQueues(client(), {
      agentId,
      base,
      desired: [kept ?? -1],
      confirmRemoval: false,
      overwrite: false,
    })
    expect(asked).toEqual({ outcome: 'confirm_removal', added: [], removed: [dropped] })
    expect(puts()).toHaveLength(before)
    const saved = await saveCallinQueues(client(), {
      agentId,
      base,
      desired: [kept ?? -1],
      confirmRemoval: true,
      overwrite: false,
    })
    expect(saved).toMatchObject({ outcome: 'saved', removed: [dropped] })
    expect(queuesOf(agentId)).toEqual([kept])
  })

  it('refuses to save over a change made elsewhere since the editor opened, unless told to', async () => {
    const { agentId, base, other } = agentWith(1)
    // Someone else adds a queue while our editor is open.
    await client().replaceCallinQueues(agentId, [...base, other])
    const before = puts().length
    const refused = await saveCallinQueues(client(), {
      agentId,
      base,
      desired: [...base],
      confirmRemoval: true,
      overwrite: false,
    })
    expect(refused).toEqual({ outcome: 'changed_elsewhere', current: [...base, other].sort((a, b) => a - b) })
    expect(puts()).toHaveLength(before)
    expect(queuesOf(agentId)).toContain(other)
  })

  it('never sends an empty list, and sends nothing when nothing changes', async () => {
    const { agentId, base } = agentWith(1, 1)
    const before = puts().length
    const empty = await rejection(
      saveCallinQueues(client(), { agentId, base, desired: [], confirmRemoval: true, overwrite: false }),
    )
    expect(empty.message).toMatch(/at least one callin queue/)
    expect(
      await saveCallinQueues(client(), { agentId, base, desired: [...base], confirmRemoval: false, overwrite: false }),
    ).toEqual({ outcome: 'unchanged', queues: [...base].sort((a, b) => a - b) })
    expect(puts()).toHaveLength(before)
  })
})
