import { afterEach, describe, expect, it } from 'vitest'

import type { LiveMonitor } from '../../../src/main/monitor/live-monitor'
import { openSettingsRepository } from '../../../src/main/settings/settings-repository'
import { manualClock } from '../../helpers/manual-clock'
import { recordedMonitor } from '../../helpers/recorded-monitor'
import { recordingLogger } from '../../helpers/recording-logger'
import { sandboxAccount } from '../../helpers/sandbox-account'
import { useSandbox } from '../../helpers/sandbox-fixture'

const { sandbox, clientOptions } = useSandbox()
/** The poller gives every poll this deadline on the clock: while it is set, a poll is in flight. */
const POLL_DEADLINE_MS = 20_000
const INTERVAL_MS = 2000

const monitors: LiveMonitor[] = []
afterEach(() => {
  for (const monitor of monitors.splice(0)) monitor.dispose()
  sandbox().served.tel4vn.faults.clear()
  sandbox().apps.tel4vn.setCalls([])
})

/**
 * A Tel4vn account watched every 2 s on a manual clock. The HTTP layer runs on real time, so the
 * manual clock only moves while no poll is in flight: a poll takes no time on it, and the times
 * the test sees are the poller's own.
 */
async function watchTel4vn() {
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
  const { pools } = clientOptions()
  const { accounts, accountId } = await sandboxAccount(sandbox(), 'tel4vn', pools)
  const account = (await accounts.list()).find((candidate) => candidate.id === accountId)
  if (!account) throw new Error('the sandbox account is missing')
  const settings = openSettingsRepository({ store: {} }, recordingLogger())
  const { monitor, notified, live, tray } = recordedMonitor({ accounts, settings, pools, clock })
  monitors.push(monitor)
  monitor.sync([{ ...account, polling: { enabled: true, intervalSeconds: INTERVAL_MS / 1000 } }])

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
  const now = () => clock.now().getTime()
  const status = () => live.at(-1)?.monitors[0]
  const outage = () => sandbox().served.tel4vn.faults.inject({ kind: 'status', status: 500 }, 10_000)
  const recover = () => sandbox().served.tel4vn.faults.clear()
  clock.advance(0)
  await settled()
  return { monitor, notified, live, tray, pollStarts, run, now, status, outage, recover }
}

const ringing = (callId: string, state: 'RINGING' | 'ONCALL' = 'RINGING') => ({
  callId,
  extension: sandbox().apps.tel4vn.extensions()[0]?.extension ?? '',
  state,
  direction: 'inbound' as const,
  destination: '0899123456',
  startedAt: Date.now(),
})

const gaps = (times: ReadonlyArray<number>) => times.slice(1).map((time, index) => time - (times[index] ?? time))

describe('call monitor through an outage (Tel4vn sandbox)', () => {
  it('polls at most 10 s apart through a 15 s outage and hears a ring that starts at recovery within 10 s', async () => {
    const watch = await watchTel4vn()
    expect(watch.status()?.state).toBe('ok')
    const outageFrom = watch.pollStarts.length
    watch.outage()
    await watch.run(15_000)
    watch.recover()
    const recoveredAt = watch.now()
    sandbox().apps.tel4vn.setCalls([ringing('at-recovery')])
    await watch.run(12_000, () => watch.notified.length > 0)

    expect(watch.notified).toHaveLength(1)
    expect(watch.notified[0]?.at).toBeLessThanOrEqual(recoveredAt + 10_000)
    // The polls of the outage, from the last good one to the first good one after it.
    const spanning = watch.pollStarts.slice(outageFrom - 1)
    expect(spanning.length).toBeGreaterThan(4)
    expect(Math.max(...gaps(spanning))).toBeLessThanOrEqual(10_000)
    // Backoff still grows (and spreads) up to that ceiling: 4 s, 8 s, then just under 10 s.
    expect(gaps(spanning).slice(1, 4)).toEqual([4000, 8000, 9000])
  })

  it('turns a call that rang before the outage and was gone after it into one missed alert; an answered one is not missed', async () => {
    const watch = await watchTel4vn()
    sandbox().apps.tel4vn.setCalls([ringing('spanned'), ringing('picked-up')])
    await watch.run(INTERVAL_MS, () => watch.notified.length > 0)
    expect(watch.notified).toHaveLength(1)
    watch.outage()
    await watch.run(5000)
    sandbox().apps.tel4vn.setCalls([ringing('picked-up', 'ONCALL')])
    await watch.run(10_000)
    watch.recover()
    await watch.run(12_000, () => watch.status()?.state === 'ok')
    await watch.run(2 * INTERVAL_MS)

    const alerts = watch.monitor.alerts()
    expect(alerts.filter((alert) => alert.kind === 'missed')).toEqual([
      expect.objectContaining({ id: 'missed:spanned', kind: 'missed', accountLabel: 'Sandbox tel4vn' }),
    ])
    expect(alerts.filter((alert) => alert.id.endsWith(':picked-up')).map((alert) => alert.kind)).toEqual(['ringing'])
    expect(watch.live.at(-1)?.calls.map((call) => [call.callId, call.state])).toEqual([['picked-up', 'on_call']])
    // One ring notified, and the one Missed alert for the call that ended unseen.
    expect(watch.notified.filter(({ title }) => !title.startsWith('Missed'))).toHaveLength(1)
    expect(watch.notified.filter(({ title }) => title.startsWith('Missed'))).toHaveLength(1)
  })

  it('says calls may be missed once failures last more than two intervals, and stops saying it after recovery', async () => {
    const watch = await watchTel4vn()
    const lastGood = watch.status()?.lastSuccessAt
    const outageFrom = watch.pollStarts.length
    watch.outage()
    await watch.run(3000)
    const firstFailure = watch.pollStarts[outageFrom] ?? 0
    expect(watch.status()).toMatchObject({ state: 'error', blindSince: null })
    await watch.run(10_000, () => Boolean(watch.status()?.blindSince))
    // Told as soon as the failures span more than two intervals, not at the next failed poll.
    expect(watch.now() - firstFailure).toBeGreaterThan(2 * INTERVAL_MS)
    expect(watch.now() - firstFailure).toBeLessThanOrEqual(2 * INTERVAL_MS + 100)
    expect(watch.status()?.blindSince).toBe(lastGood)
    expect(watch.tray.at(-1)).toMatchObject({
      problems: 1,
      callsMayBeMissed: [{ accountLabel: 'Sandbox tel4vn', since: lastGood }],
    })

    watch.recover()
    await watch.run(12_000, () => watch.status()?.state === 'ok')
    expect(watch.status()).toMatchObject({ state: 'ok', blindSince: null })
    expect(watch.tray.at(-1)).toMatchObject({ problems: 0, callsMayBeMissed: [] })
  })
})
