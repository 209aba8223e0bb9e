import { describe, expect, it } from 'vitest'

import type { LoginItemPort } from '../../../src/main/core/ports'
import { createPreferenceHandlers } from '../../../src/main/settings/preference-handlers'
import { openSettingsRepository } from '../../../src/main/settings/settings-repository'
import { recordingLogger } from '../../helpers/recording-logger'
import { rejection } from '../../helpers/sandbox-fixture'

/** A login item that records what it was asked, and can be told to refuse. */
function recordingLoginItem(refuse?: string): LoginItemPort & { applied: boolean[] } {
  const applied: boolean[] = []
  return {
    applied,
    async apply(enabled) {
      if (refuse) throw new Error(refuse)
      applied.push(enabled)
    },
  }
}

describe('start at login preference', () => {
  it('registers with the OS first, then saves', async () => {
    const settings = openSettingsRepository({ store: {} }, recordingLogger())
    const loginItem = recordingLoginItem()
    const handlers = createPreferenceHandlers(settings, loginItem)
    expect(await handlers['preferences.update']({ startAtLogin: true })).toMatchObject({ startAtLogin: true })
    await handlers['preferences.update']({ theme: 'dark' })
    await handlers['preferences.update']({ startAtLogin: false })
    expect(loginItem.applied).toEqual([true, false])
    expect(settings.read().startAtLogin).toBe(false)
  })

  it('keeps the setting as it was when the OS refuses, and says why', async () => {
    const settings = openSettingsRepository({ store: {} }, recordingLogger())
    const handlers = createPreferenceHandlers(settings, recordingLoginItem('EACCES: permission denied'))
    const error = await rejection(handlers['preferences.update']({ startAtLogin: true }))
    expect(error.message).toBe('The computer refused to change starting at login: EACCES: permission denied')
    expect(settings.read().startAtLogin).toBe(false)
  })
})

describe('preferences update', () => {
  it('leaves a preference sent as undefined as it was (Electron’s IPC keeps such keys)', async () => {
    const settings = openSettingsRepository({ store: {} }, recordingLogger())
    const handlers = createPreferenceHandlers(settings)
    await handlers['preferences.update']({ theme: 'dark' })
    expect(await handlers['preferences.update']({ theme: undefined, language: 'vi' })).toMatchObject({
      theme: 'dark',
      language: 'vi',
    })
    expect(settings.read()).toMatchObject({ theme: 'dark', language: 'vi' })
  })
})
