import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import type { AccountView } from '../../../src/shared/domain/accounts'
import type { BulkJob } from '../../../src/shared/domain/alohub-views'
import type { ProviderId } from '../../../src/shared/domain/providers'
import { runningApp, sandboxDraft, until } from '../../helpers/running-app'
import { useSandbox } from '../../helpers/sandbox-fixture'

const { sandbox } = useSandbox()

const keyOf = (provider: ProviderId): string => {
  const { credentials } = sandbox()
  return {
    alohub: credentials.alohub.apiKey,
    tel4vn: credentials.tel4vn.token,
    voipbin: credentials.voipbin.token,
    avatar: credentials.avatar.apiKey,
    agenthub: credentials.agenthub.token,
  }[provider]
}

const draftOf = (account: { id: string; hasSecret: boolean; demo: boolean; createdAt: string }) => {
  const { id: _id, hasSecret: _hasSecret, demo: _demo, createdAt: _createdAt, ...draft } = account
  return draft
}

/** Finishes an AloHub bulk change of two agents' recording on the account. */
async function bulkRecording(call: ReturnType<typeof runningApp>['call'], accountId: string) {
  const { agents } = (await call('alohub.listAgents', { accountId, page: 0, size: 5 })) as {
    agents: Array<{ agentId: string }>
  }
  const job = (await call('alohub.startBulk', {
    accountId,
    agentIds: agents.slice(0, 2).map((agent) => agent.agentId),
    action: { kind: 'recording', enabled: true },
  })) as BulkJob
  let latest: BulkJob | null = job
  while (latest?.state === 'running') {
    await new Promise((done) => setTimeout(done, 50))
    latest = (await call('alohub.latestBulk', { accountId })) as BulkJob | null
  }
  expect(latest?.id).toBe(job.id)
  expect(latest?.state).toBe('finished')
  expect(latest?.results.map((result) => result.outcome)).toEqual(['done', 'done'])
}

describe('one client per account', () => {
  const apps: Array<ReturnType<typeof runningApp>> = []
  const start = () => {
    const app = runningApp()
    apps.push(app)
    return app
  }
  afterAll(() => Promise.all(apps.map(({ core }) => core.dispose())))

  it(
    'monitor, screens, a bulk job and connection tests of saved accounts share one client and one key read',
    { timeout: 30_000 },
    async () => {
      const { core, call, keychain } = start()
      const providers: ProviderId[] = ['alohub', 'tel4vn', 'voipbin', 'avatar', 'agenthub']
      const saved: AccountView[] = []
      for (const provider of providers) {
        saved.push(await core.accounts.create(sandboxDraft(sandbox(), provider, true), keyOf(provider)))
      }
      const idOf = (provider: ProviderId) => saved[providers.indexOf(provider)]?.id ?? ''
      // The monitor watches every account with watchers (not the avatar platform's).
      const polled = (id: string) =>
        core.monitor.state().monitors.find((status) => status.accountId === id)?.lastSuccessAt != null
      await until(() => saved.every((account) => account.provider === 'avatar' || polled(account.id)))

      await bulkRecording(call, idOf('alohub'))
      await call('voipbin.listAgents', { accountId: idOf('voipbin'), pageSize: 20 })
      await call('avatar.listAgents', { accountId: idOf('avatar') })
      await call('agenthub.session', { accountId: idOf('agenthub') })
      await call('agenthub.listTools', { accountId: idOf('agenthub') })
      for (const account of saved) {
        const result = (await call('accounts.test', { draft: draftOf(account), accountId: account.id })) as {
          ok: boolean
        }
        expect(result.ok, account.provider).toBe(true)
      }
      const counts = Object.fromEntries(
        saved.map((account) => [
          account.provider,
          { ...core.clients.stats(account.id), keychainGets: keychain.readsOf(account.id) },
        ]),
      )
      const one = { clientsCreated: 1, keychainReads: 1, keychainGets: 1 }
      expect(counts).toEqual({ alohub: one, tel4vn: one, voipbin: one, avatar: one, agenthub: one })
    },
  )

  it('monitor, screens and connection tests of the demo share one client and one key read', async () => {
    const { core, call } = start()
    await call('demo.start', {})
    const workspace = core.demo.current()
    if (!workspace) throw new Error('the demo did not start')
    const idOf = (provider: string) => workspace.accounts.find((account) => account.provider === provider)?.id ?? ''
    await call('alohub.listAgents', { accountId: idOf('alohub'), page: 0, size: 50 })
    await call('voipbin.listAgents', { accountId: idOf('voipbin'), pageSize: 20 })
    await call('avatar.listAgents', { accountId: idOf('avatar') })
    await call('agenthub.session', { accountId: idOf('agenthub') })
    for (const account of workspace.accounts) {
      expect((await call('accounts.test', { draft: draftOf(account), accountId: account.id })) as object).toMatchObject(
        { ok: true },
      )
    }
    const stats = Object.fromEntries(
      workspace.accounts.map((account) => [account.provider, core.clients.stats(account.id)]),
    )
    const one = { clientsCreated: 1, keychainReads: 1 }
    expect(stats).toEqual({ alohub: one, tel4vn: one, voipbin: one, avatar: one, agenthub: one })
  })

  it('a bulk job paces by the budget the monitor spends, one per tenant', { timeout: 20_000 }, async () => {
    const { core, call } = start()
    const key = keyOf('alohub')
    const watched = await core.accounts.create(sandboxDraft(sandbox(), 'alohub', true, 'Desk one'), key)
    const bulk = await core.accounts.create(sandboxDraft(sandbox(), 'alohub', false, 'Desk two'), key)
    const budgetOf = (id: string) => core.clients.clientFor(id, 'alohub').http.budget
    expect(budgetOf(bulk.id)).toBe(budgetOf(watched.id))

    // Before Desk two sends anything, its budget knows what the monitor's polls of Desk one
    // were told is left of the tenant's budget.
    const served = sandbox().served.alohub
    const tenantLeft = () => budgetOf(bulk.id).snapshot().scopes['tenant']?.remaining
    served.clearRequests()
    await until(() => served.requests.length > 0 && tenantLeft() !== undefined)
    expect(core.clients.stats(bulk.id).clientsCreated).toBe(1)

    // The bulk job runs on that client, so it paces by what the monitor learnt.
    await bulkRecording(call, bulk.id)
    expect(core.clients.stats(bulk.id).clientsCreated).toBe(1)

    // Another tenant is another budget.
    const other = await core.accounts.create(
      { ...sandboxDraft(sandbox(), 'alohub', false, 'Elsewhere'), tenantId: '4242' },
      'sk_other',
    )
    expect(budgetOf(other.id)).not.toBe(budgetOf(watched.id))
  })

  it('a replaced key drops the client and key, and tells the renderer', { timeout: 20_000 }, async () => {
    const { core, call, keychain, eventsNamed } = start()
    const account = await core.accounts.create(sandboxDraft(sandbox(), 'alohub', true, 'Rekeyed'), 'sk_not_a_real_key')
    const list = () => call('alohub.listAgents', { accountId: account.id, page: 0, size: 5 })
    await expect(list()).rejects.toThrow(/auth/)
    await expect(list()).rejects.toThrow(/auth/)
    expect(core.clients.stats(account.id)).toEqual({ clientsCreated: 1, keychainReads: 1 })
    expect(eventsNamed('accounts.accountChanged')).toEqual([])

    await call('accounts.update', { id: account.id, draft: draftOf(account), secret: keyOf('alohub') })
    expect(eventsNamed('accounts.accountChanged')).toEqual([{ accountId: account.id, change: 'key' }])
    await list()
    await list()
    expect(core.clients.stats(account.id)).toEqual({ clientsCreated: 2, keychainReads: 2 })
    expect(keychain.readsOf(account.id)).toBe(2)

    await call('accounts.update', { id: account.id, draft: { ...draftOf(account), label: 'Renamed' } })
    await call('accounts.remove', { id: account.id })
    expect(eventsNamed('accounts.accountChanged').map((event) => event.change)).toEqual(['key', 'settings', 'removed'])
  })

  it('an account without a key is refused in one wording', async () => {
    const { core } = start()
    const secret = core.clients.secretFor('not-an-account')
    await expect(secret()).rejects.toThrow('No key is set for this account; add it on Accounts.')
  })
})

describe('who builds provider clients', () => {
  // A client built anywhere else would be a second client for an account (its own budget, its
  // own key reads); the connection test of a draft (not yet an account) builds a throwaway one.
  it('only the account clients registry does, and the probe of a draft', () => {
    const root = join(__dirname, '../../../src/main')
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
      })
    const builders = files(root)
      .filter((path) => /createProviderClient\(|\bmodule\.createClient\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path))
      .sort()
    expect(builders).toEqual(['accounts/account-clients.ts', 'providers/registry.ts'])
    const registry = readFileSync(join(root, 'providers/registry.ts'), 'utf8')
    expect(registry.match(/module\.createClient\(/g)).toHaveLength(1)
    expect(registry).toMatch(/client \?\? module\.createClient\(/)
  })
})
