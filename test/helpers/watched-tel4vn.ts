import type { LiveMonitor } from '../../src/main/monitor/live-monitor'
import type { PoolRegistry } from '../../src/main/providers/http/pool-registry'
import type { Sandbox } from '../../src/main/sandbox/start-sandbox'
import { openSettingsRepository } from '../../src/main/settings/settings-repository'

import { pollSteppedClock } from './poll-stepped-clock'
import { recordedMonitor } from './recorded-monitor'
import { recordingLogger } from './recording-logger'
import { sandboxAccount } from './sandbox-account'

/**
 * The sandbox's Tel4vn account watched by a recorded monitor on a manual clock, every
 * `intervalMs`. The HTTP layer runs on real time, so the clock moves only while no poll is in
 * flight: a poll takes no time on it, and the times a test sees are the poller's own. Polls are
 * counted, with the clock's time, as they start. The monitor is pushed to `monitors` to dispose.
 */
export async function watchedTel4vn(options: {
  readonly sandbox: Sandbox
  readonly pools: PoolRegistry
  readonly intervalMs: number
  readonly monitors: LiveMonitor[]
  readonly settingsStore?: Record<string, unknown>
}) {
  const { clock, settled, run: runFor, pollStarts } = pollSteppedClock()
  const { accounts, accountId } = await sandboxAccount(options.sandbox, 'tel4vn', options.pools)
  const account = (await accounts.list()).find((candidate) => candidate.id === accountId)
  if (!account) throw new Error('the sandbox account is missing')
  const settings = openSettingsRepository({ store: options.settingsStore ?? {} }, recordingLogger())
  const recorded = recordedMonitor({ accounts, settings, pools: options.pools, clock })
  options.monitors.push(recorded.monitor)
  recorded.monitor.sync([{ ...account, polling: { enabled: true, intervalSeconds: options.intervalMs / 1000 } }])

  /** Moves the clock in 100 ms steps, letting every poll that starts finish before the next step. */
  const run = (ms: number, until: () => boolean = () => false) => runFor(ms, until)
  /** Moves the clock until `count` more polls have started and finished. */
  const runPolls = async (count: number) => {
    const target = pollStarts.length + count
    for (let step = 0; step < 1000 && pollStarts.length < target; step += 1) {
      clock.advance(100)
      await settled()
    }
    await settled()
  }
  clock.advance(0)
  await settled()
  return {
    ...recorded,
    clock,
    settled,
    run,
    runPolls,
    pollStarts,
    polls: () => pollStarts.length,
    now: () => clock.now().getTime(),
    status: () => recorded.live.at(-1)?.monitors[0],
  }
}
