import { setTimeout as sleep } from 'node:timers/promises'

import { afterAll, describe, expect, it } from 'vitest'

import { createApp } from '../../../../src/main/app/create-app'
import { systemClock } from '../../../../src/main/core/clock'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { createMemorySecretStore } from '../../../../src/main/secrets/secret-store'
import { providerIds, type ProviderId } from '../../../../src/shared/domain/providers'
import { recordingLogger } from '../../../helpers/recording-logger'

import { documentedCalls } from './documented-calls'
import { checkRequest, secretInUrl } from './request-check'

/**
 * The whole app, not one client: the demo workspace's five accounts with the live monitor
 * polling and pushing, the screens' reads and the connection tests. Whatever reaches the
 * sandbox must be a call its document shows.
 */
describe('the running app sends only documented calls', () => {
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
  afterAll(() => core.dispose())
  const call = async (operation: string, payload: unknown) => {
    const result = await dispatch(core.handlers, operation, payload, recordingLogger())
    if (!result.ok) throw new Error(`${operation}: ${JSON.stringify(result.error)}`)
    return result.value
  }

  it('monitor, screens and connection tests of all five providers', { timeout: 30_000 }, async () => {
    await call('demo.start', {})
    const workspace = core.demo.current()
    if (!workspace) throw new Error('the demo did not start')
    const idOf = (provider: ProviderId) => workspace.accounts.find((account) => account.provider === provider)?.id
    // The monitor polls every account every few seconds (Tel4vn every 2 s); let it run a while.
    await sleep(5_000)
    await call('alohub.listAgents', { accountId: idOf('alohub'), page: 0, size: 50 })
    await call('voipbin.listAgents', { accountId: idOf('voipbin'), pageSize: 20 })
    await call('avatar.listAgents', { accountId: idOf('avatar') })
    await call('agenthub.session', { accountId: idOf('agenthub') })
    await call('agenthub.listOverrides', { accountId: idOf('agenthub'), pageNumber: 1, pageRowCount: 10 })
    await call('agenthub.listTools', { accountId: idOf('agenthub') })
    await call('agenthub.listExecutions', {
      accountId: idOf('agenthub'),
      filter: {},
      pageNumber: 1,
      pageRowCount: 10,
    })
    for (const account of workspace.accounts) {
      const { id, hasSecret: _hasSecret, demo: _demo, createdAt: _createdAt, ...draft } = account
      await call('accounts.test', { draft, accountId: id })
    }
    const refused: Record<string, unknown> = {}
    for (const provider of providerIds) {
      const rows = documentedCalls.filter((row) => row.provider === provider && !row.optIn)
      const requests = workspace.sandbox.served[provider].requests
      expect(requests.length, `${provider} saw no request at all`).toBeGreaterThan(0)
      const wrong = requests.map((sent) => checkRequest(rows, sent)).filter((verdict) => !verdict.ok)
      if (wrong.length > 0) refused[provider] = wrong
      const secret = workspace.secretOf(idOf(provider) ?? '') ?? ''
      expect(secret).not.toBe('')
      expect(requests.filter((sent) => secretInUrl(sent, [secret]))).toEqual([])
    }
    expect(refused).toEqual({})
    // The demo's login token names the customer, so push opened, and its upgrade was checked too.
    expect(workspace.sandbox.served.voipbin.requests.some((sent) => sent.outcome === 'upgrade')).toBe(true)
  })
})
