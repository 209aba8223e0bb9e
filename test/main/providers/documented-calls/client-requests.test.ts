import { describe, expect, it } from 'vitest'

import { createAgentHubClient } from '../../../../src/main/providers/agenthub/agenthub-client'
import { createAlohubClient } from '../../../../src/main/providers/alohub/alohub-client'
import { createAvatarClient } from '../../../../src/main/providers/avatar/avatar-client'
import { createTel4vnClient } from '../../../../src/main/providers/tel4vn/tel4vn-client'
import type { Sandbox } from '../../../../src/main/sandbox/start-sandbox'
import type { ProviderId } from '../../../../src/shared/domain/providers'
import { useSandbox } from '../../../helpers/sandbox-fixture'

import { documentedCalls, type DocumentedCall } from './documented-calls'
import { checkRequest, secretInUrl } from './request-check'

const { sandbox, clientOptions } = useSandbox()

/** Runs what the app can ask of a provider and returns the rows its requests fitted. */
async function expectOnlyDocumentedRequests(
  provider: ProviderId,
  secrets: ReadonlyArray<string>,
  perform: (sandbox: Sandbox) => Promise<void>,
  mode?: DocumentedCall['optIn'],
): Promise<ReadonlySet<string>> {
  const served = sandbox().served[provider]
  served.clearRequests()
  await perform(sandbox())
  const rows = documentedCalls.filter((row) => row.provider === provider && (!row.optIn || row.optIn === mode))
  const verdicts = served.requests.map((sent) => checkRequest(rows, sent))
  expect(verdicts.flatMap((verdict) => (verdict.ok ? [] : [verdict]))).toEqual([])
  expect(served.requests.filter((sent) => secretInUrl(sent, secrets))).toEqual([])
  return new Set(verdicts.flatMap((verdict) => (verdict.ok ? [verdict.row.id] : [])))
}

/** Every row of a provider the app sends (in this mode) was seen at least once. */
function expectEveryRowCovered(provider: ProviderId, seen: ReadonlySet<string>, mode?: DocumentedCall['optIn']) {
  const expected = documentedCalls
    .filter((row) => row.provider === provider && !row.neverSent && (!row.optIn || row.optIn === mode))
    .map((row) => row.id)
  expect([...seen].sort()).toEqual(expected.sort())
}

/** The answer, or nothing when the provider refused: the request it sent is what is checked. */
const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    () => undefined,
  )

describe('every request a client sends is one its document shows', () => {
  it('AloHub: agents with every filter and the tenant, queues callin and callout, recording', async () => {
    const { apiKey, tenantId } = sandbox().credentials.alohub
    const seen = await expectOnlyDocumentedRequests('alohub', [apiKey], async ({ baseUrls }) => {
      for (const tenant of [String(tenantId), undefined]) {
        const client = createAlohubClient({
          ...clientOptions(),
          baseUrl: baseUrls.alohub,
          secret: async () => apiKey,
          ...(tenant ? { tenantId: tenant } : {}),
        })
        const page = await client.listAgents({ active: true, queueId: 1001226 }, 0, 20)
        const agent = page.agents[0] ?? (await client.listAgents()).agents[0]
        if (!agent) throw new Error('the sandbox has no AloHub agents')
        await client.replaceCallinQueues(agent.agentId, agent.callinQueueIds.length ? agent.callinQueueIds : [1], 1)
        await client.setCalloutQueue(agent.agentId, 13876)
        await client.setRecording(agent.agentId, true)
      }
    })
    expectEveryRowCovered('alohub', seen)
  })

  it('Tel4vn, as the document shows: the pasted token on the monitor, nothing else', async () => {
    const { token, apiKey } = sandbox().credentials.tel4vn
    const seen = await expectOnlyDocumentedRequests('tel4vn', [token, apiKey], async ({ baseUrls }) => {
      const client = createTel4vnClient({ ...clientOptions(), baseUrl: baseUrls.tel4vn, secret: async () => token })
      await client.monitorCalls()
    })
    expectEveryRowCovered('tel4vn', seen)
  })

  it('AI avatars: the list with the API key', async () => {
    const { apiKey } = sandbox().credentials.avatar
    const seen = await expectOnlyDocumentedRequests('avatar', [apiKey], async ({ baseUrls }) => {
      await createAvatarClient({
        ...clientOptions(),
        baseUrl: baseUrls.avatar,
        secret: async () => apiKey,
      }).listAgents()
    })
    expectEveryRowCovered('avatar', seen)
  })

  it('AgentHub: overrides, tool catalog, executions, session and permissions', async () => {
    const { token } = sandbox().credentials.agenthub
    const seen = await expectOnlyDocumentedRequests('agenthub', [token], async ({ baseUrls }) => {
      const client = createAgentHubClient({ ...clientOptions(), baseUrl: baseUrls.agenthub, secret: async () => token })
      const overrides = await client.listOverrides({ pageNumber: 1, pageRowCount: 2 })
      const created = await client.createOverride({ agentName: 'documentedCalls', temperature: 0.4 })
      await client.getOverride(overrides.items[0]?.id ?? created.id)
      await client.updateOverride(created.id, { temperature: 0.6, enabled: false })
      await settle(client.deleteOverride(created.id))
      const tools = await client.listTools('crm', { pageNumber: 1, pageRowCount: 5 })
      await settle(client.getTool(tools.items[0]?.id ?? 'missing'))
      const executions = await client.listExecutions({ status: 'error', agentName: 'bookingAgent', pageNumber: 1 })
      await settle(client.getExecution(executions.items[0]?.id ?? 'missing'))
      await client.currentUser()
      await client.permissions()
      await settle(client.checkPermission('adminPanel.access'))
    })
    expectEveryRowCovered('agenthub', seen)
  })
})
