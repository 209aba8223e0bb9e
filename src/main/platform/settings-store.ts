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
