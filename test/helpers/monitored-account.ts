import type { LiveMonitor } from '../../src/main/monitor/live-monitor'
import type { PoolRegistry } from '../../src/main/providers/http/pool-registry'
import type { Sandbox } from '../../src/main/sandbox/start-sandbox'
import type { SettingsBackend } from '../../src/main/settings/settings-repository'
import type { AccountDraft } from '../../src/shared/domain/accounts'

import { recordedMonitor } from './recorded-monitor'
import { accountsOnManualClock } from './sandbox-account'

/**
 * One Tel4vn or VoIPbin account watched by a recorded monitor against the sandbox, with what
 * the account adds to the draft (a screen pop, away after a missed call), and `poll()` to drive it.
 */
export async function monitoredAccount(options: {
  readonly sandbox: Sandbox
  readonly pools: PoolRegistry
  readonly provider: 'tel4vn' | 'voipbin'
  readonly role?: AccountDraft['role']
  readonly extra?: Partial<AccountDraft>
  readonly backend?: SettingsBackend
  readonly monitors: LiveMonitor[]
}) {
  const { sandbox, provider } = options
  const backend = options.backend ?? { store: {} }
  const { clock, settings, accounts } = accountsOnManualClock(options.pools, backend)
  const key = provider === 'tel4vn' ? sandbox.credentials.tel4vn.token : sandbox.credentials.voipbin.token
  const account = await accounts.create(
    {
      provider,
      label: 'Hotline',
      baseUrl: sandbox.baseUrls[provider],
      tenantId: null,
      role: options.role ?? { kind: 'supervisor' },
      polling: { enabled: true, intervalSeconds: 2 },
      ...options.extra,
    },
    key,
  )
  const recorded = recordedMonitor({ accounts, settings, pools: options.pools, clock })
  options.monitors.push(recorded.monitor)
  recorded.monitor.sync(await accounts.list())
  const requests = () => sandbox.served[provider].requests
  /**
   * Moves the clock up to `ms` in steps, stopping once a request reaches the sandbox, then waits
   * for the real HTTP answer to be handled.
   */
  const poll = async (ms = 2000) => {
    const before = recorded.live.length
    const sent = requests().length
    for (let moved = 0; moved === 0 || moved < ms; moved += 1000) {
      clock.advance(Math.min(1000, ms - moved))
      for (let i = 0; i < 4 && requests().length === sent; i += 1) await pause(5)
      if (requests().length > sent) break
    }
    await waitFor(() => recorded.live.length > before || (requests().at(-1)?.outcome ?? 0) !== 0)
    await pause(60)
  }
  return { ...recorded, account, accounts, settings, backend, clock, poll }
}

export async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 300 && !condition(); i += 1) await pause(10)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
