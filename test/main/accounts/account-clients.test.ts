import { setTimeout as sleep } from 'node:timers/promises'

import { afterAll, describe, expect, it } from 'vitest'

import { createApp } from '../../../src/main/app/create-app'
import { systemClock } from '../../../src/main/core/clock'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { createMemorySecretStore } from '../../../src/main/secrets/secret-store'
import type { AccountDraft } from '../../../src/shared/domain/accounts'
import { recordingLogger } from '../../helpers/recording-logger'
import { useSandbox } from '../../helpers/sandbox-fixture'

const { sandbox } = useSandbox()

/** The whole app on a memory keychain, as the harness runs it. */
function runningApp() {
  const core = createApp({
    info: { productName: 'AgentDesk', version: '0.0.0', platform: 'linux', transport: 'electron' },
    settingsBackend: { store: {} },
    secrets: createMemorySecretStore(),
    notifier: { show: () => undefined },
    tray: { render: () => undefined },
    window: { open: () => undefined },
    opener: { open: async () => undefined },
    clock: systemClock,
    logger: recordingLogger(),
    formatTime: (iso) => iso.slice(11, 16),
  })
  const call = async (operation: string, payload: unknown) => {
    const result = await dispatch(core.handlers, operation, payload, recordingLogger())
    if (!result.ok) throw new Error(`${operation}: ${JSON.stringify(result.error)}`)
    return result.value
  }
  return { core, call }
}

const alohubDraft = (label: string, polling = false): AccountDraft => ({
  provider: 'alohub',
  label,
  baseUrl: sandbox().baseUrls.alohub,
  tenantId: String(sandbox().credentials.alohub.tenantId),
  role: { kind: 'supervisor' },
  polling: { enabled: polling, intervalSeconds: null },
})

describe('one client per account', () => {
  const apps: Array<ReturnType<typeof runningApp>> = []
  const start = () => {
    const app = runningApp()
    apps.push(app)
    return app
  }
  afterAll(() => Promise.all(apps.map(({ core }) => core.dispose())))

  it(
    'monitor, screens and connection tests of the demo share one client and one key read',
    { timeout: 30_000 },
    async () => {
      const { core, call } = start()
      await call('demo.start', {})
      const workspace = core.demo.current()
      if (!workspace) throw new Error('the demo did not start')
      const idOf = (provider: string) => workspace.accounts.find((account) => account.provider === provider)?.id ?? ''
      await sleep(3_000) // the monitor polls every account meanwhile
      await call('alohub.listAgents', { accountId: idOf('alohub'), page: 0, size: 50 })
      await call('voipbin.listAgents', { accountId: idOf('voipbin'), pageSize: 20 })
      await call('avatar.listAgents', { accountId: idOf('avatar') })
      await call('agenthub.session', { accountId: idOf('agenthub') })
      await call('agenthub.listTools', { accountId: idOf('agenthub') })
      for (const account of workspace.accounts) {
        const { id, hasSecret: _hasSecret, demo: _demo, createdAt: _createdAt, ...draft } = account
        expect((await call('accounts.test', { draft, accountId: id })) as { ok: boolean }).toMatchObject({ ok: true })
      }
      const stats = Object.fromEntries(
        workspace.accounts.map((account) => [account.provider, core.clients.stats(account.id)]),
      )
      const one = { clientsCreated: 1, keychainReads: 1 }
      expect(stats).toEqual({ alohub: one, tel4vn: one, voipbin: one, avatar: one, agenthub: one })
    },
  )

  it(
    'a bulk job and the monitor pace by one budget, shared by accounts of the same tenant',
    { timeout: 20_000 },
    async () => {
      const { core, call } = start()
      const first = await core.accounts.create(alohubDraft('Desk one', true), sandbox().credentials.alohub.apiKey)
      const second = await core.accounts.create(alohubDraft('Desk two'), sandbox().credentials.alohub.apiKey)
      const { agents } = (await call('alohub.listAgents', { accountId: first.id, page: 0, size: 5 })) as {
        agents: Array<{ agentId: string }>
      }
      const job = (await call('alohub.startBulk', {
        accountId: first.id,
        agentIds: agents.slice(0, 2).map((agent) => agent.agentId),
        action: { kind: 'recording', enabled: true },
      })) as { jobId: string }
      for (let waited = 0; waited < 50; waited += 1) {
        const latest = (await call('alohub.latestBulk', { accountId: first.id })) as { jobId: string; state: string }
        if (latest.jobId === job.jobId && latest.state !== 'running') break
        await sleep(100)
      }
      expect(core.clients.stats(first.id).clientsCreated).toBe(1)
      const budgetOf = (id: string) => core.clients.clientFor(id, 'alohub').http.budget
      expect(budgetOf(first.id)).toBe(budgetOf(second.id))
      // Another tenant is another budget.
      const other = await core.accounts.create({ ...alohubDraft('Elsewhere'), tenantId: '4242' }, 'sk_other')
      expect(budgetOf(other.id)).not.toBe(budgetOf(first.id))
    },
  )

  it('a replaced key drops the client and the next request uses the new key', { timeout: 20_000 }, async () => {
    const { core, call } = start()
    const account = await core.accounts.create(alohubDraft('Rekeyed', true), 'sk_sandbox_not_a_real_key')
    const list = () => call('alohub.listAgents', { accountId: account.id, page: 0, size: 5 })
    await expect(list()).rejects.toThrow(/auth/)
    await expect(list()).rejects.toThrow(/auth/)
    expect(core.clients.stats(account.id)).toEqual({ clientsCreated: 1, keychainReads: 1 })

    const { id: _id, hasSecret: _hasSecret, demo: _demo, createdAt: _createdAt, ...draft } = account
    await call('accounts.update', { id: account.id, draft, secret: sandbox().credentials.alohub.apiKey })
    await list()
    await list()
    expect(core.clients.stats(account.id)).toEqual({ clientsCreated: 2, keychainReads: 2 })
  })

  it('an account without a key is refused in one wording', async () => {
    const { core } = start()
    const secret = core.clients.secretFor('not-an-account')
    await expect(secret()).rejects.toThrow('No key is set for this account; add it on Accounts.')
  })
})
