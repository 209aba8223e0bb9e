import { afterAll, describe, expect, it } from 'vitest'

import { runningApp, sandboxDraft, until } from '../../helpers/running-app'
import { useSandbox } from '../../helpers/sandbox-fixture'

const { sandbox } = useSandbox()

// The monitor, the screens and "Try again" share the account's one client. A provider that
// never answers one screen request (the client gives up only after its 15 s headers timeout)
// must hold up neither the monitor's polls of the same origin nor the screen's next request.
// The test timeout is shorter than that headers timeout: with one connection per origin for
// everything, the poll and the retry queue behind the hung request and the test times out.
describe('a hung screen request on the account’s shared client', () => {
  const apps: Array<ReturnType<typeof runningApp>> = []
  afterAll(() => Promise.all(apps.map(({ core }) => core.dispose())))

  it('lets the monitor poll the same origin and a second request complete', { timeout: 10_000 }, async () => {
    const app = runningApp()
    apps.push(app)
    const { core, call } = app
    const served = sandbox().served.agenthub
    const account = await core.accounts.create(
      sandboxDraft(sandbox(), 'agenthub', true),
      sandbox().credentials.agenthub.token,
    )
    const lastPoll = () =>
      core.monitor.state().monitors.find((status) => status.accountId === account.id)?.lastSuccessAt ?? null
    await until(() => lastPoll() !== null)

    served.faults.inject({ kind: 'hang', path: '/v1/agentoverrides' })
    const listOverrides = () =>
      call('agenthub.listOverrides', { accountId: account.id, pageNumber: 1, pageRowCount: 20 })
    let hungSettled = false
    const hung = listOverrides().finally(() => (hungSettled = true))
    hung.catch(() => undefined) // it ends when the app is disposed
    await until(() =>
      served.requests.some((request) => request.path === '/v1/agentoverrides' && request.outcome === 'hang'),
    )

    // (a) A poll to the same origin completes while the screen's request still hangs.
    const pollBefore = lastPoll()
    await until(() => lastPoll() !== pollBefore)
    expect(hungSettled).toBe(false)

    // (b) "Try again": the same request, sent again, is answered while the first still hangs.
    const retried = (await listOverrides()) as { items: unknown[] }
    expect(Array.isArray(retried.items)).toBe(true)
    expect(hungSettled).toBe(false)
    const overrideRequests = served.requests.filter((request) => request.path === '/v1/agentoverrides')
    expect(overrideRequests.map((request) => request.outcome)).toEqual(['hang', 200])
    // Still one client for all of it.
    expect(core.clients.stats(account.id)).toEqual({ clientsCreated: 1, keychainReads: 1 })
  })
})
