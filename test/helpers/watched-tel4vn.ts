import type { LiveMonitor } from '../../src/main/monitor/live-monitor'
import type { PoolRegistry } from '../../src/main/providers/http/pool-registry'
import type { Sandbox } from '../../src/main/sandbox/start-sandbox'
import { openSettingsRepository } from '../../src/main/settings/settings-repository'

import { manualClock } from './manual-clock'
import { recordedMonitor } from './recorded-monitor'
import { recordingLogger } from './recording-logger'
import { sandboxAccount } from './sandbox-account'

/** The poller gives every poll this deadline on the clock: while it is set, a poll is in flight. */
const POLL_DEADLINE_MS = 20_000

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
  const base = manualClock(Date.now())
  const inFlight = new Set<unknown>()
  const pollStarts: number[] = []
  const clock: typeof base = {
    ...base,
    setTimeout(callback, ms) {
      if (ms !== POLL_DEADLINE_MS) return base.setTimeout(callback, ms)
      pollStarts.push(base.now().getTime())
      const handle = base.setTimeout(() => {
        inFlight.delete(handle)
        callback()
      }, ms)
      inFlight.add(handle)
      return handle
    },
    clearTimeout(handle) {
      inFlight.delete(handle)
      base.clearTimeout(handle)
    },
  }
  const { accounts, accountId } = await sandboxAccount(options.sandbox, 'tel4vn', options.pools)
  const account = (await accounts.list()).find((candidate) => candidate.id === accountId)
  if (!account) throw new Error('the sandbox account is missing')
  const settings = openSettingsRepository({ store: options.settingsStore ?? {} }, recordingLogger())
  const recorded = recordedMonitor({ accounts, settings, pools: options.pools, clock })
  options.monitors.push(recorded.monitor)
  recorded.monitor.sync([{ ...account, polling: { enabled: true, intervalSeconds: options.intervalMs / 1000 } }])

  const settled = async () => {
    for (let i = 0; i < 600 && inFlight.size > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 5))
    if (inFlight.size > 0) throw new Error('a poll did not finish within 3 s')
  }
  /** Moves the clock in 100 ms steps, letting every poll that starts finish before the next step. */
  const run = async (ms: number, until: () => boolean = () => false) => {
    for (let moved = 0; moved < ms && !until(); moved += 100) {
      clock.advance(Math.min(100, ms - moved))
      await settled()
    }
  }
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
