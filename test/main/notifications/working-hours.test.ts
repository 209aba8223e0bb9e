import { describe, expect, it } from 'vitest'

import { workingHoursAt } from '../../../src/main/notifications/working-hours'
import { defaultWorkingHours, type WorkingHours } from '../../../src/shared/domain/working-hours'

/**
 * The zone is given to the computation explicitly and read through Intl, so these run the same on
 * any machine whatever its TZ: the app passes the computer's zone, a test passes the zone it means.
 */
const officeHours: WorkingHours = { ...defaultWorkingHours, enabled: true }
const at = (iso: string) => Date.parse(iso)
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

function state(hours: WorkingHours, when: string, zone: string) {
  const { inside, changesAt } = workingHoursAt(hours, at(when), zone)
  return { inside, changesAt: iso(changesAt) }
}

describe('working hours', () => {
  it('never pause anything while turned off', () => {
    expect(state(defaultWorkingHours, '2026-11-28T23:00:00Z', 'Asia/Ho_Chi_Minh')).toEqual({
      inside: true,
      changesAt: null,
    })
  })

  it('start inclusive and end exclusive, on the wall clock of the zone (Ho Chi Minh City, UTC+7)', () => {
    // Tuesday 24 Nov 2026: 08:00 local is 01:00Z, 17:30 local is 10:30Z.
    expect(state(officeHours, '2026-11-24T00:59:00Z', 'Asia/Ho_Chi_Minh')).toEqual({
      inside: false,
      changesAt: '2026-11-24T01:00:00.000Z',
    })
    expect(state(officeHours, '2026-11-24T01:00:00Z', 'Asia/Ho_Chi_Minh')).toEqual({
      inside: true,
      changesAt: '2026-11-24T10:30:00.000Z',
    })
    expect(state(officeHours, '2026-11-24T10:30:00Z', 'Asia/Ho_Chi_Minh')).toEqual({
      inside: false,
      changesAt: '2026-11-25T01:00:00.000Z',
    })
  })

  it('reads the weekday of the zone, not of UTC, across midnight', () => {
    // 23:30Z Sunday is already Monday 06:30 in Ho Chi Minh City: outside until Monday 08:00 there.
    expect(state(officeHours, '2026-11-29T23:30:00Z', 'Asia/Ho_Chi_Minh')).toEqual({
      inside: false,
      changesAt: '2026-11-30T01:00:00.000Z',
    })
    // Friday after hours: the next start is Monday, skipping the weekend.
    expect(state(officeHours, '2026-11-27T11:00:00Z', 'Asia/Ho_Chi_Minh')).toEqual({
      inside: false,
      changesAt: '2026-11-30T01:00:00.000Z',
    })
  })

  it('a day that runs up to midnight ends at 23:59 and the next begins at 00:00', () => {
    const allDay: WorkingHours = {
      enabled: true,
      days: {
        ...defaultWorkingHours.days,
        mon: { on: true, start: '00:00', end: '23:59' },
        tue: { on: true, start: '00:00', end: '23:59' },
      },
    }
    expect(state(allDay, '2026-11-23T23:59:30Z', 'UTC')).toEqual({
      inside: false,
      changesAt: '2026-11-24T00:00:00.000Z',
    })
    expect(state(allDay, '2026-11-24T00:00:00Z', 'UTC')).toEqual({
      inside: true,
      changesAt: '2026-11-24T23:59:00.000Z',
    })
  })

  it('keeps 08:00 at 08:00 on the day New York springs forward (EST to EDT)', () => {
    // Sunday 8 March 2026 the clocks jump 02:00 → 03:00; Monday 9 March 08:00 EDT is 12:00Z.
    const everyDay: WorkingHours = {
      enabled: true,
      days: { ...defaultWorkingHours.days, sun: { on: true, start: '08:00', end: '17:30' } },
    }
    expect(state(everyDay, '2026-03-08T06:00:00Z', 'America/New_York')).toEqual({
      inside: false,
      // 08:00 EDT on the change day itself, four hours behind UTC since 07:00Z.
      changesAt: '2026-03-08T12:00:00.000Z',
    })
    // Saturday after hours (EST, −5): Sunday 08:00 is in EDT (−4), not 13:00Z.
    expect(state(everyDay, '2026-03-07T23:00:00Z', 'America/New_York').changesAt).toBe('2026-03-08T12:00:00.000Z')
    expect(state(everyDay, '2026-03-08T21:29:00Z', 'America/New_York')).toEqual({
      inside: true,
      changesAt: '2026-03-08T21:30:00.000Z',
    })
  })

  it("moves a start the clocks skip forward by the jump, as Temporal's 'compatible' does", () => {
    const early: WorkingHours = {
      enabled: true,
      days: { ...defaultWorkingHours.days, sun: { on: true, start: '02:30', end: '05:00' } },
    }
    // 02:30 does not exist on 8 March 2026 in New York: it is read as 03:30 EDT (07:30Z).
    expect(state(early, '2026-03-08T06:00:00Z', 'America/New_York').changesAt).toBe('2026-03-08T07:30:00.000Z')
  })

  it('keeps 17:30 at 17:30 on the day London falls back (BST to GMT)', () => {
    const sunday: WorkingHours = {
      enabled: true,
      days: { ...defaultWorkingHours.days, sun: { on: true, start: '08:00', end: '17:30' } },
    }
    // Sunday 25 October 2026, 01:00Z: clocks go back 02:00 BST → 01:00 GMT. After it, local = UTC.
    expect(state(sunday, '2026-10-25T00:30:00Z', 'Europe/London')).toEqual({
      inside: false,
      changesAt: '2026-10-25T08:00:00.000Z',
    })
    expect(state(sunday, '2026-10-25T08:00:00Z', 'Europe/London')).toEqual({
      inside: true,
      changesAt: '2026-10-25T17:30:00.000Z',
    })
    // The Saturday before, still in BST: 17:30 local is 16:30Z.
    const saturday: WorkingHours = {
      enabled: true,
      days: { ...defaultWorkingHours.days, sat: { on: true, start: '08:00', end: '17:30' } },
    }
    expect(state(saturday, '2026-10-24T12:00:00Z', 'Europe/London').changesAt).toBe('2026-10-24T16:30:00.000Z')
  })

  it('with no working day at all, pauses with no end', () => {
    const none: WorkingHours = {
      enabled: true,
      days: Object.fromEntries(
        Object.entries(defaultWorkingHours.days).map(([day, hours]) => [day, { ...hours, on: false }]),
      ) as WorkingHours['days'],
    }
    expect(state(none, '2026-11-24T03:00:00Z', 'UTC')).toEqual({ inside: false, changesAt: null })
  })

  describe('overnight shifts, owned by the day they start on', () => {
    const nights = (days: Partial<WorkingHours['days']>): WorkingHours => ({
      enabled: true,
      days: {
        ...Object.fromEntries(
          Object.entries(defaultWorkingHours.days).map(([day, hours]) => [day, { ...hours, on: false }]),
        ),
        ...days,
      } as WorkingHours['days'],
    })
    const night = { on: true, start: '22:00', end: '06:00' }

    it('Monday 22:00–06:00 runs from Monday 22:00 to Tuesday 06:00, though Tuesday is off', () => {
      const mondayNight = nights({ mon: night })
      expect(state(mondayNight, '2026-11-23T21:59:00Z', 'UTC')).toEqual({
        inside: false,
        changesAt: '2026-11-23T22:00:00.000Z',
      })
      expect(state(mondayNight, '2026-11-23T22:00:00Z', 'UTC')).toEqual({
        inside: true,
        changesAt: '2026-11-24T06:00:00.000Z',
      })
      // Past midnight: Tuesday's own hours are off, Monday's shift still runs.
      expect(state(mondayNight, '2026-11-24T00:30:00Z', 'UTC')).toEqual({
        inside: true,
        changesAt: '2026-11-24T06:00:00.000Z',
      })
      expect(state(mondayNight, '2026-11-24T06:00:00Z', 'UTC')).toEqual({
        inside: false,
        changesAt: '2026-11-30T22:00:00.000Z',
      })
    })

    it('Sunday night runs into Monday morning, across the end of the week', () => {
      const sundayNight = nights({ sun: night })
      expect(state(sundayNight, '2026-11-29T23:59:00Z', 'UTC')).toEqual({
        inside: true,
        changesAt: '2026-11-30T06:00:00.000Z',
      })
      expect(state(sundayNight, '2026-11-30T05:59:00Z', 'UTC')).toEqual({
        inside: true,
        changesAt: '2026-11-30T06:00:00.000Z',
      })
      expect(state(sundayNight, '2026-11-30T06:00:00Z', 'UTC')).toEqual({
        inside: false,
        changesAt: '2026-12-06T22:00:00.000Z',
      })
    })

    it('a night shift ending as the next day shift starts is one stretch: nothing flips at 06:00', () => {
      const back = nights({ mon: night, tue: { on: true, start: '06:00', end: '14:00' } })
      expect(state(back, '2026-11-23T23:00:00Z', 'UTC')).toEqual({
        inside: true,
        changesAt: '2026-11-24T14:00:00.000Z',
      })
      // Overlapping hours join the same way.
      const overlap = nights({ mon: night, tue: { on: true, start: '04:00', end: '12:00' } })
      expect(state(overlap, '2026-11-24T05:00:00Z', 'UTC').changesAt).toBe('2026-11-24T12:00:00.000Z')
    })

    it('reads both ends on the wall clock of the zone (Ho Chi Minh City, UTC+7)', () => {
      // Monday 22:00 there is 15:00Z; Tuesday 06:00 there is 23:00Z on Monday.
      expect(state(nights({ mon: night }), '2026-11-23T16:00:00Z', 'Asia/Ho_Chi_Minh')).toEqual({
        inside: true,
        changesAt: '2026-11-23T23:00:00.000Z',
      })
    })

    it('a night the clocks spring forward in ends at 06:00 on the new offset (London, GMT to BST)', () => {
      // Saturday 28 March 2026 22:00 GMT is 22:00Z; on Sunday 29 March 01:00 GMT becomes 02:00 BST, so 06:00 is 05:00Z.
      expect(state(nights({ sat: night }), '2026-03-28T23:00:00Z', 'Europe/London')).toEqual({
        inside: true,
        changesAt: '2026-03-29T05:00:00.000Z',
      })
    })
  })
})
