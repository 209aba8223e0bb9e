import { settingsSchema, type Settings } from '../../shared/domain/settings'
import type { Logger } from '../core/logger'

import { migrateSettings } from './settings-migrations'

/**
 * The storage under the settings: electron-store in the app, conf in plain Node. Both
 * expose the whole document as `store`.
 */
export interface SettingsBackend {
  store: Record<string, unknown>
}

/** Typed, validated access to the user's settings. */
export interface SettingsRepository {
  read(): Settings
  update(patch: Partial<Omit<Settings, 'schemaVersion'>>): Settings
}

/** Opens the settings, migrating and repairing the stored document once, at start. */
export function openSettingsRepository(backend: SettingsBackend, logger: Logger): SettingsRepository {
  const outcome = migrateSettings(backend.store)
  if (outcome.migratedFrom !== undefined) {
    logger.info(`settings: migrated from version ${outcome.migratedFrom}`)
  }
  if (outcome.resetFields.length > 0) {
    logger.warn('settings: invalid values reset to defaults', { fields: outcome.resetFields })
  }
  let current = outcome.settings
  backend.store = { ...current }
  return {
    read: () => current,
    update(patch) {
      const next = settingsSchema.parse({ ...current, ...patch })
      backend.store = { ...next }
      current = next
      return current
    },
  }
}
