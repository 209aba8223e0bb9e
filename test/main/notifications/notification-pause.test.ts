import { describe, expect, it } from 'vitest'

import { createNotificationPause } from '../../../src/main/notifications/notification-pause'
import { openSettingsRepository, type SettingsBackend } from '../../../src/main/settings/settings-repository'
import type { NotificationPause } from '../../../src/shared/domain/notifications'
import { manualClock } from '../../helpers/manual-clock'
import { recordingLogger } from '../../helpers/recording-logger'

function memoryBackend(): SettingsBackend {
  return { store: {} }
}

function setUp(backend = memoryBackend(), clock = manualClock()) {
  const changes: NotificationPause[] = []
  const settings = openSettingsRepository(backend, recordingLogger())
  const pause = createNotificationPause(settings, clock, (change) => changes.push(change))
  return { pause, changes, clock, backend }
}

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
})
