import { describe, expect, it } from 'vitest'

import { createNotificationPause } from '../../../src/main/notifications/notification-pause'
import { openSettingsRepository, type SettingsBackend } from '../../../src/main/settings/settings-repository'
import type { NotificationPause } from '../../../src/shared/domain/notifications'
import { defaultWorkingHours } from '../../../src/shared/domain/working-hours'
import { manualClock } from '../../helpers/manual-clock'
import { recordingLogger } from '../../helpers/recording-logger'

function memoryBackend(): SettingsBackend {
  return { store: {} }
}

function setUp(backend = memoryBackend(), clock = manualClock()) {
  const changes: NotificationPause[] = []
  const settings = openSettingsRepository(backend, recordingLogger())
  // Working hours are read on the wall clock of the zone given; UTC keeps the figures plain.
  const pause = createNotificationPause(settings, clock, (change) => changes.push(change), 'UTC')
  return { pause, changes, clock, backend, settings }
}

/** Monday to Friday 08:00–17:30 UTC. The manual clock starts on Tuesday 24 Nov 2026, 09:00Z. */
const officeHours = { ...defaultWorkingHours, enabled: true }

describe('notification pause', () => {
  it('is off by default', () => {
    expect(setUp().pause.current()).toEqual({ paused: false })
  })

  it('pauses for 15 minutes and resumes by itself, telling listeners both times', () => {
    const { pause, changes, clock } = setUp()
    expect(pause.pause('15m')).toEqual({ paused: true, until: '2026-11-24T09:15:00.000Z' })
    clock.advance(14 * 60_000)
    expect(pause.current().paused).toBe(true)
    clock.advance(60_000)
    expect(pause.current()).toEqual({ paused: false })
    expect(changes).toEqual([{ paused: true, until: '2026-11-24T09:15:00.000Z' }, { paused: false }])
  })

  it('replaces a timed pause with a longer one and keeps only one timer', () => {
    const { pause, clock } = setUp()
    pause.pause('15m')
    pause.pause('1h')
    expect(clock.pendingTimers()).toBe(1)
    clock.advance(30 * 60_000)
    expect(pause.current()).toEqual({ paused: true, until: '2026-11-24T10:00:00.000Z' })
  })

  it('pauses until resumed, survives a restart, and resumes on request', () => {
    const first = setUp()
    first.pause.pause('until-resumed')
    first.clock.advance(24 * 3_600_000)
    const restarted = setUp(first.backend, first.clock)
    expect(restarted.pause.current()).toEqual({ paused: true, until: null })
    expect(restarted.pause.resume()).toEqual({ paused: false })
  })

  it('after a restart, a timed pause still ends on time', () => {
    const first = setUp()
    first.pause.pause('1h')
    first.pause.dispose()
    const restarted = setUp(first.backend, first.clock)
    first.clock.advance(60 * 60_000)
    expect(restarted.changes).toEqual([{ paused: false }])
  })

  it('pauses until a chosen time and ends then, on the clock it was given', () => {
    const { pause, changes, clock } = setUp()
    expect(pause.pauseUntil('2026-11-24T14:30:00.000Z')).toEqual({ paused: true, until: '2026-11-24T14:30:00.000Z' })
    expect(pause.alertsPausedNow()).toBe(true)
    clock.advance(5.5 * 3_600_000 - 1)
    expect(pause.alertsPausedNow()).toBe(true)
    clock.advance(1)
    expect(pause.alertsPausedNow()).toBe(false)
    expect(changes.at(-1)).toEqual({ paused: false })
  })

  it('pauses alerts outside working hours and says until when, flipping at each boundary', () => {
    const { pause, changes, clock, settings } = setUp()
    settings.update({ workingHours: officeHours })
    pause.refresh()
    expect(pause.current()).toEqual({ paused: false })
    // 17:30 Tuesday: outside until Wednesday 08:00.
    clock.advance(8.5 * 3_600_000)
    expect(pause.current()).toEqual({ paused: true, until: '2026-11-25T08:00:00.000Z', outsideWorkingHours: true })
    expect(pause.alertsPausedNow()).toBe(true)
    clock.advance(14.5 * 3_600_000)
    expect(pause.current()).toEqual({ paused: false })
    expect(changes).toEqual([
      { paused: true, until: '2026-11-25T08:00:00.000Z', outsideWorkingHours: true },
      { paused: false },
    ])
  })

  it("a user's pause wins while it lasts; after it, working hours decide", () => {
    const { pause, clock, settings } = setUp()
    settings.update({ workingHours: officeHours })
    // Tuesday 09:00 → paused until 19:00, past the 17:30 end of the day.
    pause.pauseUntil('2026-11-24T19:00:00.000Z')
    clock.advance(9 * 3_600_000)
    expect(pause.current()).toEqual({ paused: true, until: '2026-11-24T19:00:00.000Z' })
    clock.advance(3_600_000)
    expect(pause.current()).toEqual({ paused: true, until: '2026-11-25T08:00:00.000Z', outsideWorkingHours: true })
  })

  describe('resume outside working hours', () => {
    it('turns alerts on now, through the night, until the hours begin; from then the hours decide again', () => {
      const { pause, changes, clock, settings } = setUp()
      settings.update({ workingHours: officeHours })
      clock.advance(10 * 3_600_000)
      pause.refresh()
      expect(pause.alertsPausedNow()).toBe(true)
      expect(pause.resume()).toEqual({ paused: false })
      expect(settings.read().alertsResumedOutsideHours).toEqual({ until: '2026-11-25T08:00:00.000Z' })
      // Tuesday 19:00 → Wednesday 07:59, across midnight: still on.
      clock.advance(12 * 3_600_000 + 59 * 60_000)
      expect(pause.alertsPausedNow()).toBe(false)
      // Wednesday 08:00 the hours begin; the resume is spent and dropped from the file.
      clock.advance(60_000)
      expect(pause.alertsPausedNow()).toBe(false)
      expect(settings.read().alertsResumedOutsideHours).toBeNull()
      // Wednesday 17:30: outside again, paused again, as the hours say.
      clock.advance(9.5 * 3_600_000)
      expect(pause.current()).toEqual({ paused: true, until: '2026-11-26T08:00:00.000Z', outsideWorkingHours: true })
      expect(changes).toEqual([
        { paused: true, until: '2026-11-25T08:00:00.000Z', outsideWorkingHours: true },
        { paused: false },
        { paused: true, until: '2026-11-26T08:00:00.000Z', outsideWorkingHours: true },
      ])
    })

    it("ends a user's pause and the hours' pause at once, when both hold", () => {
      const { pause, clock, settings } = setUp()
      settings.update({ workingHours: officeHours })
      clock.advance(10 * 3_600_000)
      pause.pause('until-resumed')
      expect(pause.resume()).toEqual({ paused: false })
    })

    it('ends when the user pauses again: when that pause runs out, the hours pause once more', () => {
      const { pause, clock, settings } = setUp()
      settings.update({ workingHours: officeHours })
      clock.advance(10 * 3_600_000)
      pause.resume()
      expect(pause.pause('15m')).toEqual({ paused: true, until: '2026-11-24T19:15:00.000Z' })
      expect(settings.read().alertsResumedOutsideHours).toBeNull()
      clock.advance(15 * 60_000)
      expect(pause.current()).toEqual({ paused: true, until: '2026-11-25T08:00:00.000Z', outsideWorkingHours: true })
    })

    it('survives a restart, and ends when edited hours move the boundary it was given', () => {
      const first = setUp()
      first.settings.update({ workingHours: officeHours })
      first.clock.advance(10 * 3_600_000)
      first.pause.resume()
      first.pause.dispose()
      const restarted = setUp(first.backend, first.clock)
      expect(restarted.pause.alertsPausedNow()).toBe(false)
      // Wednesday now starts at 09:00: the resume was until 08:00, so the new hours decide.
      const later = { ...officeHours, days: { ...officeHours.days, wed: { on: true, start: '09:00', end: '17:30' } } }
      restarted.settings.update({ workingHours: later })
      restarted.pause.refresh()
      expect(restarted.pause.current()).toEqual({
        paused: true,
        until: '2026-11-25T09:00:00.000Z',
        outsideWorkingHours: true,
      })
      expect(restarted.settings.read().alertsResumedOutsideHours).toBeNull()
    })

    it('inside working hours, resuming leaves nothing behind', () => {
      const { pause, settings } = setUp()
      settings.update({ workingHours: officeHours })
      pause.pause('1h')
      expect(pause.resume()).toEqual({ paused: false })
      expect(settings.read().alertsResumedOutsideHours).toBeNull()
    })
  })

  it('turning working hours off ends their pause at once (refresh after the settings change)', () => {
    const { pause, clock, settings } = setUp()
    settings.update({ workingHours: officeHours })
    clock.advance(12 * 3_600_000)
    pause.refresh()
    expect(pause.alertsPausedNow()).toBe(true)
    settings.update({ workingHours: { ...officeHours, enabled: false } })
    pause.refresh()
    expect(pause.alertsPausedNow()).toBe(false)
    expect(clock.pendingTimers()).toBe(0)
  })

  describe('overnight working hours, on a manual clock', () => {
    const onlyNight = (day: keyof typeof defaultWorkingHours.days) => ({
      enabled: true,
      days: {
        ...Object.fromEntries(
          Object.entries(defaultWorkingHours.days).map(([name, hours]) => [name, { ...hours, on: false }]),
        ),
        [day]: { on: true, start: '22:00', end: '06:00' },
      } as typeof defaultWorkingHours.days,
    })

    it('a Tuesday night shift keeps alerts on across midnight and pauses them at Wednesday 06:00', () => {
      const { pause, changes, clock, settings } = setUp()
      settings.update({ workingHours: onlyNight('tue') })
      pause.refresh()
      expect(pause.current()).toEqual({ paused: true, until: '2026-11-24T22:00:00.000Z', outsideWorkingHours: true })
      clock.advance(13 * 3_600_000)
      expect(pause.current()).toEqual({ paused: false })
      // Wednesday 00:00 and 05:59: Wednesday is off, Tuesday's shift still runs.
      clock.advance(2 * 3_600_000)
      expect(pause.alertsPausedNow()).toBe(false)
      clock.advance(6 * 3_600_000 - 60_000)
      expect(pause.alertsPausedNow()).toBe(false)
      clock.advance(60_000)
      expect(pause.current()).toEqual({ paused: true, until: '2026-12-01T22:00:00.000Z', outsideWorkingHours: true })
      expect(changes).toEqual([
        { paused: true, until: '2026-11-24T22:00:00.000Z', outsideWorkingHours: true },
        { paused: false },
        { paused: true, until: '2026-12-01T22:00:00.000Z', outsideWorkingHours: true },
      ])
    })

    it('a Sunday night shift runs into Monday, across the week boundary, and the next pause ends a week on', () => {
      const { pause, changes, clock, settings } = setUp()
      settings.update({ workingHours: onlyNight('sun') })
      pause.refresh()
      // Tuesday 09:00 → Sunday 29 Nov 22:00 is 5 days 13 hours away (timers re-armed daily on the way).
      expect(pause.current()).toEqual({ paused: true, until: '2026-11-29T22:00:00.000Z', outsideWorkingHours: true })
      clock.advance((5 * 24 + 13) * 3_600_000)
      expect(pause.current()).toEqual({ paused: false })
      // Monday 30 Nov 03:00: past midnight, into the new week.
      clock.advance(5 * 3_600_000)
      expect(pause.alertsPausedNow()).toBe(false)
      clock.advance(3 * 3_600_000)
      expect(pause.current()).toEqual({ paused: true, until: '2026-12-06T22:00:00.000Z', outsideWorkingHours: true })
      expect(changes.at(-1)).toEqual({ paused: true, until: '2026-12-06T22:00:00.000Z', outsideWorkingHours: true })
      expect(changes).toHaveLength(3)
    })
  })
})
