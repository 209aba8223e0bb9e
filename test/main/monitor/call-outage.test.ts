import { afterEach, describe, expect, it } from 'vitest'

import type { LiveMonitor } from '../../../src/main/monitor/live-monitor'
import { useSandbox } from '../../helpers/sandbox-fixture'
import { watchedTel4vn } from '../../helpers/watched-tel4vn'

const { sandbox, clientOptions } = useSandbox()
const INTERVAL_MS = 2000

const monitors: LiveMonitor[] = []
afterEach(() => {
  for (const monitor of monitors.splice(0)) monitor.dispose()
  sandbox().served.tel4vn.faults.clear()
  sandbox().apps.tel4vn.setCalls([])
})

/** A Tel4vn account watched every 2 s on a manual clock (see watchedTel4vn), and a way to break it. */
async function watchTel4vn() {
  const watch = await watchedTel4vn({
    sandbox: sandbox(),
    pools: clientOptions().pools,
    intervalMs: INTERVAL_MS,
    monitors,
  })
  const outage = () => sandbox().served.tel4vn.faults.inject({ kind: 'status', status: 500 }, 10_000)
  const recover = () => sandbox().served.tel4vn.faults.clear()
  return { ...watch, outage, recover }
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
