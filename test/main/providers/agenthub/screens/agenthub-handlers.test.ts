import { afterEach, describe, expect, it } from 'vitest'

import { createAccountClients } from '../../../../../src/main/accounts/account-clients'
import { createAgentHubHandlers } from '../../../../../src/main/providers/agenthub/screens/agenthub-handlers'
import { diffOverride, fieldsOf, toolsMissingFromCatalog } from '../../../../../src/shared/domain/agenthub-forms'
import { sandboxAccount } from '../../../../helpers/sandbox-account'
import { rejection, useSandbox } from '../../../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
afterEach(() => {
  sandbox().apps.agenthub.resetPermissions()
})

async function setUp() {
  const { pools } = clientOptions()
  const { accounts, accountId } = await sandboxAccount(sandbox(), 'agenthub', pools)
  return {
    handlers: createAgentHubHandlers({ accounts, clients: createAccountClients({ accounts, pools }) }),
    accountId,
  }
}

const lastPatch = () => {
  const patch = sandbox()
    .served.agenthub.requests.filter((request) => request.method === 'PATCH')
    .at(-1)
  return patch ? (JSON.parse(patch.body) as Record<string, unknown>) : undefined
}

describe('AgentHub operations against the sandbox', () => {
  it('reads who is signed in and what they may do', async () => {
    const { handlers, accountId } = await setUp()
    const session = await handlers['agenthub.session']({ accountId })
    expect(session.user).toMatchObject({ fullname: 'Trần Thị Lan', email: 'lan.tran@example.vn' })
    // The seeded supervisor's records name no API: nothing is off until AgentHub says no.
    expect(session.abilities).toEqual({ view: true, create: true, update: true, delete: true, viewExecutions: true })
    expect(session.permissionsUnavailable).toBeUndefined()
  })

  it('sends only the changed fields, and refuses to save over a change made elsewhere unless told to', async () => {
    const { handlers, accountId } = await setUp()
    const page = await handlers['agenthub.listOverrides']({ accountId, pageNumber: 1, pageRowCount: 25 })
    const loaded = page.items.find((item) => item.agentName === 'bookingAgent')
    if (!loaded) throw new Error('seed changed: no bookingAgent')
    const { patch } = diffOverride(loaded, { ...fieldsOf(loaded), temperature: 1.5 })
    expect(patch).toEqual({ temperature: 1.5 })

    const saved = await handlers['agenthub.updateOverride']({
      accountId,
      id: loaded.id,
      baseVersion: loaded.recordVersion,
      patch,
      overwrite: false,
    })
    expect(saved).toMatchObject({ outcome: 'saved', override: { temperature: 1.5 } })
    expect(lastPatch()).toEqual({ temperature: 1.5 })

    // Someone else edits it; a save from the old version meets the conflict, nothing is sent.
    sandbox().apps.agenthub.touchOverride(loaded.id, { model: 'gpt-4.1' })
    const patchesBefore = sandbox().served.agenthub.requests.filter((request) => request.method === 'PATCH').length
    const stale = saved.outcome === 'saved' ? saved.override.recordVersion : -1
    const conflict = await handlers['agenthub.updateOverride']({
      accountId,
      id: loaded.id,
      baseVersion: stale,
      patch: { maxTokens: 999 },
      overwrite: false,
    })
    expect(conflict).toMatchObject({ outcome: 'conflict', current: { model: 'gpt-4.1' } })
    expect(sandbox().served.agenthub.requests.filter((request) => request.method === 'PATCH')).toHaveLength(
      patchesBefore,
    )
    const overwritten = await handlers['agenthub.updateOverride']({
      accountId,
      id: loaded.id,
      baseVersion: stale,
      patch: { maxTokens: 999 },
      overwrite: true,
    })
    expect(overwritten).toMatchObject({ outcome: 'saved', override: { maxTokens: 999, model: 'gpt-4.1' } })
    expect(lastPatch()).toEqual({ maxTokens: 999 })
  })

  it('creates (disabled when asked), drops empty guardrail limits, and soft-deletes', async () => {
    const { handlers, accountId } = await setUp()
    const created = await handlers['agenthub.createOverride']({
      accountId,
      draft: {
        agentName: 'refundHelper',
        provider: 'openai',
        model: 'gpt-4o-mini',
        systemPrompt: null,
        temperature: 0.3,
        maxTokens: 512,
        responseFormat: 'text',
        selectedTools: ['billing:getInvoice'],
        guardrails: { maxToolCalls: 3, timeout: null, maxTokenBudget: null },
        enabled: false,
      },
    })
    expect(created).toMatchObject({ agentName: 'refundHelper', enabled: false, guardrails: { maxToolCalls: 3 } })
    const deleted = await handlers['agenthub.deleteOverride']({ accountId, id: created.id })
    expect(deleted.isActive).toBe(false)
    const afterDelete = await rejection(
      handlers['agenthub.updateOverride']({
        accountId,
        id: created.id,
        baseVersion: deleted.recordVersion,
        patch: { enabled: true },
        overwrite: false,
      }),
    )
    expect(afterDelete.message).toBe('refundHelper was deleted meanwhile; it can no longer be changed.')
  })

  it('reads the whole tool catalog and finds the tools an override keeps that it no longer lists', async () => {
    const { handlers, accountId } = await setUp()
    const tools = await handlers['agenthub.listTools']({ accountId })
    expect(tools.length).toBeGreaterThan(10)
    const page = await handlers['agenthub.listOverrides']({ accountId, pageNumber: 1, pageRowCount: 25 })
    const billing = page.items.find((item) => item.agentName === 'billingHelper')
    expect(toolsMissingFromCatalog(billing?.selectedTools, tools)).toEqual(['billing:legacyBalance'])
  })

  it('filters executions and reads one in full', async () => {
    const { handlers, accountId } = await setUp()
    const failed = await handlers['agenthub.listExecutions']({
      accountId,
      filter: { status: 'error', agentName: 'billingHelper' },
      pageNumber: 1,
      pageRowCount: 10,
    })
    expect(failed.items.every((item) => item.status === 'error' && item.agentName === 'billingHelper')).toBe(true)
    const first = failed.items[0]
    if (first) {
      const detail = await handlers['agenthub.getExecution']({ accountId, id: first.id })
      expect(detail).toMatchObject({ id: first.id, status: 'error' })
    }
  })

  it('refuses an account that is not AgentHub, in words', async () => {
    const { handlers } = await setUp()
    const error = await rejection(handlers['agenthub.session']({ accountId: '00000000-0000-4000-8000-000000000000' }))
    expect(error.message).toBe('That account no longer exists; it may have been removed.')
  })
})
