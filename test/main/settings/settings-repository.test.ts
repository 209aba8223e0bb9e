import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import Conf from 'conf'
import { describe, expect, it } from 'vitest'

import { openSettingsRepository, type SettingsBackend } from '../../../src/main/settings/settings-repository'
import { defaultSettings } from '../../../src/shared/domain/settings'
import { recordingLogger } from '../../helpers/recording-logger'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

/** The same backend the harness uses: conf, writing a real JSON file. */
function confBackend(cwd: string): SettingsBackend {
  return new Conf<Record<string, unknown>>({ projectName: 'AgentDesk', cwd, configName: 'settings' }) as SettingsBackend
}

async function storedFile(cwd: string): Promise<unknown> {
  return JSON.parse(await readFile(join(cwd, 'settings.json'), 'utf8'))
}

describe('settings repository on conf', () => {
  it('starts a fresh install with the defaults and writes them with their version', async () => {
    const cwd = await tempDir()
    const settings = openSettingsRepository(confBackend(cwd), recordingLogger())
    expect(settings.read()).toEqual(defaultSettings)
    expect(await storedFile(cwd)).toEqual(defaultSettings)
  })

  it('keeps a change across a restart', async () => {
    const cwd = await tempDir()
    openSettingsRepository(confBackend(cwd), recordingLogger()).update({ theme: 'dark', closeToTray: false })
    const reopened = openSettingsRepository(confBackend(cwd), recordingLogger())
    expect(reopened.read()).toMatchObject({ theme: 'dark', closeToTray: false, startMinimized: false })
  })

  it('migrates a version 1 file: theme auto becomes system, the pause flag is kept', async () => {
    const cwd = await tempDir()
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({ theme: 'auto', closeToTray: false, notificationsPaused: true }),
    )
    const logger = recordingLogger()
    const settings = openSettingsRepository(confBackend(cwd), logger)
    expect(settings.read()).toEqual({
      ...defaultSettings,
      theme: 'system',
      closeToTray: false,
      notificationsPausedIndefinitely: true,
    })
    expect(await storedFile(cwd)).not.toHaveProperty('notificationsPaused')
    expect(logger.lines).toContain('info settings: migrated from version 1')
  })

  it('migrates a version 2 file: Tel4vn accounts keep the key exchange they were set up with', async () => {
    const cwd = await tempDir()
    const account = (provider: string, id: string) => ({
      id,
      provider,
      label: provider,
      baseUrl: 'https://api.example.test',
      tenantId: null,
      role: { kind: 'supervisor' },
      polling: { enabled: true, intervalSeconds: null },
      createdAt: '2026-01-01T00:00:00.000Z',
    })
    const tel4vn = account('tel4vn', '5b1f6d0e-6a43-4c55-9a2e-2f1f0d3c4b5a')
    const voipbin = account('voipbin', '7c2e8f1a-1b2c-4d3e-8f4a-5b6c7d8e9f0a')
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({ ...defaultSettings, schemaVersion: 2, accounts: [tel4vn, voipbin] }),
    )
    const settings = openSettingsRepository(confBackend(cwd), recordingLogger())
    expect(settings.read().accounts).toEqual([{ ...tel4vn, tel4vnSignIn: 'key_exchange', relay: null }, voipbin])
  })

  it('migrates a version 3 file: working hours start off, the pause is kept, the version is written', async () => {
    const cwd = await tempDir()
    const { workingHours: _absent, ...version3 } = defaultSettings
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({ ...version3, schemaVersion: 3, notificationsPausedIndefinitely: true }),
    )
    const settings = openSettingsRepository(confBackend(cwd), recordingLogger())
    expect(settings.read()).toMatchObject({
      schemaVersion: 7,
      notificationsPausedIndefinitely: true,
      workingHours: defaultSettings.workingHours,
    })
    expect(settings.read().workingHours.enabled).toBe(false)
    expect(await storedFile(cwd)).toMatchObject({ schemaVersion: 7 })
  })

  it('migrates a version 4 file: queue thresholds start at the defaults, the rest is kept, the version is written', async () => {
    const cwd = await tempDir()
    const { queueThresholds: _absent, ...version4 } = defaultSettings
    const hours = { ...defaultSettings.workingHours, enabled: true }
    await writeFile(join(cwd, 'settings.json'), JSON.stringify({ ...version4, schemaVersion: 4, workingHours: hours }))
    const logger = recordingLogger()
    const settings = openSettingsRepository(confBackend(cwd), logger)
    expect(settings.read()).toEqual({ ...defaultSettings, workingHours: hours })
    expect(settings.read().queueThresholds).toEqual({
      default: { ringing: { warn: 3, alert: 6 }, longestRingingSeconds: { warn: 30, alert: 60 } },
      overrides: [],
      backToNormal: true,
    })
    expect(logger.lines).toContain('info settings: migrated from version 4')
    expect(await storedFile(cwd)).toMatchObject({ schemaVersion: 7, queueThresholds: defaultSettings.queueThresholds })
  })

  it('migrates a version 5 file: the update channel starts on stable, without a reset reported', async () => {
    const cwd = await tempDir()
    const { updateChannel: _absent, ...version5 } = defaultSettings
    await writeFile(join(cwd, 'settings.json'), JSON.stringify({ ...version5, schemaVersion: 5 }))
    const logger = recordingLogger()
    const settings = openSettingsRepository(confBackend(cwd), logger)
    expect(settings.read()).toEqual(defaultSettings)
    expect(logger.lines).toEqual(['info settings: migrated from version 5'])
    expect(await storedFile(cwd)).toMatchObject({ schemaVersion: 7, updateChannel: 'stable' })
  })

  it('migrates a version 6 file: Tel4vn and AloHub accounts connect through no relay, and no fallback is remembered', async () => {
    const cwd = await tempDir()
    const { relayDeskFallback: _absent, ...version6 } = defaultSettings
    const tel4vn = {
      id: '5b1f6d0e-6a43-4c55-9a2e-2f1f0d3c4b5a',
      provider: 'tel4vn',
      label: 'Tel4vn',
      baseUrl: 'https://api.example.test',
      tenantId: null,
      role: { kind: 'agent', extension: '100' },
      polling: { enabled: true, intervalSeconds: null },
      tel4vnSignIn: 'token',
      createdAt: '2026-01-01T00:00:00.000Z',
    }
    const { tel4vnSignIn: _token, ...others } = tel4vn
    const alohub = { ...others, id: '0d6f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', provider: 'alohub', label: 'AloHub' }
    const voipbin = { ...others, id: '7c2e8f1a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', provider: 'voipbin', label: 'VoIPbin' }
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({ ...version6, schemaVersion: 6, accounts: [tel4vn, alohub, voipbin] }),
    )
    const logger = recordingLogger()
    const settings = openSettingsRepository(confBackend(cwd), logger)
    expect(settings.read()).toEqual({
      ...defaultSettings,
      // VoIPbin pushes to each desk: it is not relayed.
      accounts: [{ ...tel4vn, relay: null }, { ...alohub, relay: null }, voipbin],
    })
    expect(logger.lines).toEqual(['info settings: migrated from version 6'])
    expect(await storedFile(cwd)).toMatchObject({ schemaVersion: 7, relayDeskFallback: {} })
  })

  it('resets queue thresholds edited by hand into a warn above the alert, and says so', async () => {
    const cwd = await tempDir()
    const edited = {
      ...defaultSettings.queueThresholds,
      default: { ...defaultSettings.queueThresholds.default, ringing: { warn: 9, alert: 2 } },
    }
    await writeFile(join(cwd, 'settings.json'), JSON.stringify({ ...defaultSettings, queueThresholds: edited }))
    const logger = recordingLogger()
    const settings = openSettingsRepository(confBackend(cwd), logger)
    expect(settings.read().queueThresholds).toEqual(defaultSettings.queueThresholds)
    expect(logger.lines.join('\n')).toMatch(/invalid values reset to defaults.*queueThresholds/)
  })

  it('resets only the invalid values and says which', async () => {
    const cwd = await tempDir()
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({ ...defaultSettings, theme: 'purple', closeToTray: false, notificationsPausedUntil: 'soon' }),
    )
    const logger = recordingLogger()
    const settings = openSettingsRepository(confBackend(cwd), logger)
    expect(settings.read()).toEqual({ ...defaultSettings, closeToTray: false })
    expect(logger.lines.join('\n')).toMatch(/invalid values reset to defaults.*theme.*notificationsPausedUntil/)
  })

  it('drops a screen-pop template edited by hand into javascript:, keeping its account', async () => {
    const cwd = await tempDir()
    const account = {
      id: '5b1f6d0e-6a43-4c55-9a2e-2f1f0d3c4b5a',
      provider: 'tel4vn',
      label: 'Hotline',
      baseUrl: 'https://api.example.test',
      tenantId: null,
      role: { kind: 'supervisor' },
      polling: { enabled: true, intervalSeconds: null },
      tel4vnSignIn: 'token',
      createdAt: '2026-01-01T00:00:00.000Z',
    }
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({
        ...defaultSettings,
        accounts: [{ ...account, screenPop: { template: 'javascript:alert({number})', openOn: 'ring' } }],
      }),
    )
    const logger = recordingLogger()
    const settings = openSettingsRepository(confBackend(cwd), logger)
    expect(settings.read().accounts).toEqual([{ ...account, screenPop: null }])
    expect(logger.lines.join('\n')).toMatch(/invalid values reset to defaults.*screen pop \(1 refused\)/)
  })

  it('drops keys it does not know, so nothing unexpected lingers in the file', async () => {
    const cwd = await tempDir()
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({ ...defaultSettings, apiKey: 'sk_live_should_not_be_here' }),
    )
    openSettingsRepository(confBackend(cwd), recordingLogger())
    expect(await readFile(join(cwd, 'settings.json'), 'utf8')).not.toMatch(/sk_live/)
  })

  it('refuses an update outside the schema and keeps the stored value', async () => {
    const cwd = await tempDir()
    const settings = openSettingsRepository(confBackend(cwd), recordingLogger())
    expect(() => settings.update({ theme: 'neon' as never })).toThrow()
    expect(settings.read().theme).toBe('system')
    expect(await storedFile(cwd)).toMatchObject({ theme: 'system' })
  })
})
