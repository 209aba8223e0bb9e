import { afterEach, describe, expect, it } from 'vitest'

import type { LiveMonitor } from '../../../src/main/monitor/live-monitor'
import { presentTray } from '../../../src/main/tray/tray-presenter'
import { SETTINGS_SCHEMA_VERSION } from '../../../src/shared/domain/settings'
import { useSandbox } from '../../helpers/sandbox-fixture'
import { watchedTel4vn } from '../../helpers/watched-tel4vn'

// A sandbox of this file's own: the last test stops its Tel4vn server for good.
const { sandbox, clientOptions } = useSandbox()
const INTERVAL_MS = 5000

const monitors: LiveMonitor[] = []
afterEach(() => {
  for (const monitor of monitors.splice(0)) monitor.dispose()
  sandbox().apps.tel4vn.setCalls([])
})

/** A Tel4vn account polled every 5 s on a manual clock (see watchedTel4vn). */
const watchTel4vn = (settingsStore: Record<string, unknown> = {}) =>
  watchedTel4vn({ sandbox: sandbox(), pools: clientOptions().pools, intervalMs: INTERVAL_MS, monitors, settingsStore })

const ringing = (callId: string) => ({
  callId,
  extension: sandbox().apps.tel4vn.extensions()[0]?.extension ?? '',
  state: 'RINGING' as const,
  direction: 'inbound' as const,
  destination: '0899123456',
  startedAt: Date.now(),
})

describe('pause and connection health (Tel4vn sandbox)', () => {
  it('puts a ring heard while paused in the history, unnotified, and notifies nothing', async () => {
    const watch = await watchTel4vn({ schemaVersion: SETTINGS_SCHEMA_VERSION, notificationsPausedIndefinitely: true })
    sandbox().apps.tel4vn.setCalls([ringing('while-paused')])
    await watch.runPolls(1)
    expect(watch.live.at(-1)?.calls.map((call) => call.callId)).toEqual(['while-paused'])
    expect(watch.monitor.alerts()).toEqual([
      expect.objectContaining({ id: expect.stringContaining('while-paused'), kind: 'ringing', notified: false }),
    ])
    expect(watch.notifications).toEqual([])
  })

  it('on wake-up checks every account at once, not at its next interval', async () => {
    const watch = await watchTel4vn()
    const before = watch.polls()
    // Awake without a suspend seen first (some desktops miss it): a check all the same.
    watch.monitor.resume('asleep')
    watch.clock.advance(0)
    await watch.settled()
    expect(watch.polls()).toBe(before + 1)
    // Asleep, then awake: polls stop, then one comes at once.
    watch.monitor.pause('asleep')
    watch.clock.advance(3 * INTERVAL_MS)
    expect(watch.polls()).toBe(before + 1)
    watch.monitor.resume('asleep')
    watch.clock.advance(0)
    await watch.settled()
    expect(watch.polls()).toBe(before + 2)
  })

  it('shows a dead provider connection within two polls: failing since the first failure, tray in attention', async () => {
    const watch = await watchTel4vn()
    expect(watch.status()).toMatchObject({ state: 'ok' })
    await sandbox().served.tel4vn.close()
    await watch.runPolls(1)
    const firstFailure = watch.status()?.failingSince
    expect(watch.status()).toMatchObject({
      state: 'error',
      problem: expect.objectContaining({ code: expect.any(String) }),
    })
    expect(firstFailure).toEqual(expect.any(String))
    await watch.runPolls(1)
    const status = watch.status()
    expect(status).toMatchObject({ state: 'error', failingSince: firstFailure })
    const counts = watch.tray.at(-1)
    expect(counts?.problems).toBe(1)
    const view = presentTray(
      { pause: { paused: false }, language: 'en', ...counts, ringingCalls: 0, problems: counts?.problems ?? 0 },
      (iso) => iso.slice(11, 16),
    )
    expect(view.icon).toBe('attention')
    expect(view.health).toEqual([
      expect.stringMatching(new RegExp(`^Sandbox tel4vn: Failing since ${firstFailure?.slice(11, 16)}: .+`)),
    ])
    expect(view.tooltip).toContain(`Sandbox tel4vn: Failing since ${firstFailure?.slice(11, 16)}`)
  })
})
