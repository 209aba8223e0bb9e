import { afterEach, describe, expect, it } from 'vitest'

import { guardedReplace, type ReplaceAllList } from '../../../../src/main/providers/http/guarded-replace'
import { ProviderError } from '../../../../src/main/providers/http/provider-error'
import { NEVER } from '../../../../src/main/providers/voipbin/sandbox/voipbin-data'
import { createVoipbinClient, type VoipbinClient } from '../../../../src/main/providers/voipbin/voipbin-client'
import { rejection, useSandbox } from '../../../helpers/sandbox-fixture'

/**
 * The protocol itself, on a real replace-all list: a VoIPbin agent's addresses in the sandbox,
 * seen here as plain "type:target" strings so that nothing of the VoIPbin editor takes part.
 */
const { sandbox, clientOptions } = useSandbox()
const faults = () => sandbox().served.voipbin.faults
afterEach(() => faults().clear())

const client = (): VoipbinClient =>
  createVoipbinClient({
    ...clientOptions(),
    account: 'Call centre',
    headersTimeoutMs: 300,
    baseUrl: sandbox().baseUrls.voipbin,
    secret: async () => sandbox().credentials.voipbin.token,
  })

const strings: ReplaceAllList<string> = {
  same: (a, b) => [...a].sort().join('\n') === [...b].sort().join('\n'),
  plan: (current, desired) => ({
    added: desired.filter((item) => !current.includes(item)),
    removed: current.filter((item) => !desired.includes(item)),
  }),
}

const puts = () => sandbox().served.voipbin.requests.filter((request) => request.method === 'PUT').length
const agents = () =>
  sandbox()
    .apps.voipbin.agents()
    .filter((agent) => agent.tm_delete === NEVER)
const held = (agentId: string) =>
  (agents().find((agent) => agent.id === agentId)?.addresses ?? []).map(({ type, target }) => `${type}:${target}`)

/** The n-th seeded agent's addresses as a target of the protocol. */
function target(n: number, refused: string[] = []) {
  const agent = agents()[n]
  if (!agent) throw new Error('seed changed')
  const voipbin = client()
  return {
    agentId: agent.id,
    base: held(agent.id),
    target: {
      read: () => voipbin.getAgent(agent.id),
      itemsOf: (read: Awaited<ReturnType<VoipbinClient['getAgent']>>) =>
        read.addresses.map(({ type, target: to }) => `${type}:${to}`),
      write: (desired: ReadonlyArray<string>) =>
        voipbin.replaceAddresses(
          agent.id,
          desired.map((item) => {
            const [type = '', to = ''] = item.split(':')
            return { type, target: to }
          }),
        ),
      refuse: ({ desired }: { desired: ReadonlyArray<string> }) => {
        if (desired.some((item) => refused.includes(item))) throw new Error('refused before writing')
      },
    },
  }
}

const ask = { confirmRemoval: false, overwrite: false }

describe('the guarded replace-all save, on a real replace-all list', () => {
  it('sends the complete list, old items and new, when nothing moved and nothing goes', async () => {
    const { agentId, base, target: on } = target(0)
    const desired = [...base, 'extension:4101']
    const outcome = await guardedReplace(strings, on, { base, desired, ...ask })
    expect(outcome).toMatchObject({ outcome: 'saved', added: ['extension:4101'], removed: [] })
    expect(held(agentId).sort()).toEqual([...desired].sort())
  })

  it('sends nothing when the list is already as wanted', async () => {
    const { base, target: on } = target(1)
    const before = puts()
    expect(await guardedReplace(strings, on, { base, desired: [...base].reverse(), ...ask })).toMatchObject({
      outcome: 'unchanged',
      current: base,
    })
    expect(puts()).toBe(before)
  })

  it('writes an unchanged list when something else the save sets is not there yet', async () => {
    const { base, target: on } = target(1)
    const before = puts()
    const outcome = await guardedReplace(strings, { ...on, restIsThere: () => false }, { base, desired: base, ...ask })
    expect(outcome.outcome).toBe('saved')
    expect(puts()).toBe(before + 1)
  })

  it('asks before removing, sends nothing, and removes once the user agreed', async () => {
    const { agentId, target: on } = target(2)
    const base = [...held(agentId), 'extension:4102']
    await guardedReplace(strings, on, { base: held(agentId), desired: base, ...ask })
    const before = puts()
    const asked = await guardedReplace(strings, on, { base, desired: ['extension:4102'], ...ask })
    expect(asked).toEqual({
      outcome: 'confirm_removal',
      added: [],
      removed: base.filter((i) => i !== 'extension:4102'),
    })
    expect(puts()).toBe(before)
    const saved = await guardedReplace(strings, on, { base, desired: ['extension:4102'], ...ask, confirmRemoval: true })
    expect(saved.outcome).toBe('saved')
    expect(held(agentId)).toEqual(['extension:4102'])
  })

  it('refuses a list that moved since the editor opened, sends nothing, and overwrites only when told', async () => {
    const { agentId, base, target: on } = target(3)
    // Someone else adds an address after the editor opened.
    await guardedReplace(strings, on, { base, desired: [...base, 'extension:4103'], ...ask })
    const before = puts()
    const mine = [...base, 'extension:4203']
    const refused = await guardedReplace(strings, on, { base, desired: mine, ...ask })
    expect(refused).toEqual({ outcome: 'changed_elsewhere', current: held(agentId) })
    expect(puts()).toBe(before)
    const overwritten = await guardedReplace(strings, on, { base, desired: mine, ...ask, overwrite: true })
    // Theirs goes, so even an overwrite asks first.
    expect(overwritten).toEqual({ outcome: 'confirm_removal', added: ['extension:4203'], removed: ['extension:4103'] })
    const saved = await guardedReplace(strings, on, { base, desired: mine, confirmRemoval: true, overwrite: true })
    expect(saved.outcome).toBe('saved')
    expect(held(agentId).sort()).toEqual([...mine].sort())
  })

  it("lets the provider's own last refusal stop the write", async () => {
    const { base, target: on } = target(4, ['extension:4104'])
    const before = puts()
    const error = await rejection(guardedReplace(strings, on, { base, desired: [...base, 'extension:4104'], ...ask }))
    expect(error.message).toBe('refused before writing')
    expect(puts()).toBe(before)
  })

  it('a lost answer of a write that took effect: saved, with the record read again and how it was lost', async () => {
    const { agentId, base, target: on } = target(5)
    const desired = [...base, 'extension:4105']
    faults().inject({ kind: 'reset', afterHandling: true, method: 'PUT' })
    const outcome = await guardedReplace(strings, on, { base, desired, ...ask })
    expect(outcome).toMatchObject({ outcome: 'saved', interrupted: 'network', added: ['extension:4105'] })
    if (outcome.outcome !== 'saved' || !('confirmed' in outcome.answer)) throw new Error('expected a confirmed answer')
    expect(outcome.answer.confirmed.id).toBe(agentId)
  })

  it('a lost answer of a write that did not take effect: an error saying so', async () => {
    const { agentId, base, target: on } = target(6)
    faults().inject({ kind: 'reset', method: 'PUT' })
    const error = await rejection(guardedReplace(strings, on, { base, desired: [...base, 'extension:4106'], ...ask }))
    expect(error).toBeInstanceOf(ProviderError)
    expect(error).toMatchObject({ kind: 'network', writeOutcome: 'not_applied' })
    expect(held(agentId).sort()).toEqual([...base].sort())
  })
})
