import ElectronStore from 'electron-store'

import type { SettingsBackend } from '../settings/settings-repository'

/**
 * The settings file in the OS's app-data folder. Validation and migration happen in
 * openSettingsRepository (shared with the harness), not in electron-store's JSON schema,
 * so that one bad value resets that value instead of refusing to start.
 */
export function createElectronSettingsBackend(): SettingsBackend {
  return new ElectronStore<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: false })
}

/**
 * The queue trends the user keeps across restarts, in a file of its own beside the settings
 * (`queue-trends.json`): written once a minute, it never rewrites the settings file.
 */
export function createElectronTrendsBackend(): SettingsBackend {
  return new ElectronStore<Record<string, unknown>>({ name: 'queue-trends', clearInvalidConfig: false })
}

/**
 * The day's missed calls (`missed-calls.json`), beside the settings: written at most every few
 * seconds and at quit, so a busy floor never rewrites the settings file.
 */
export function createElectronMissedCallsBackend(): SettingsBackend {
  return new ElectronStore<Record<string, unknown>>({ name: 'missed-calls', clearInvalidConfig: false })
}
