import { definedOnly } from '../../shared/defined-only'
import { preferencesSchema, type Preferences } from '../../shared/domain/settings'
import type { LoginItemPort } from '../core/ports'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'

import type { SettingsRepository } from './settings-repository'

/** Handlers for the preferences the renderer may read and change. */
export function createPreferenceHandlers(
  settings: SettingsRepository,
  loginItem?: LoginItemPort,
  /** Told after every change, for what follows a preference outside the renderer (the tray's language). */
  onChanged?: (preferences: Preferences) => void,
): Pick<OperationHandlers, 'preferences.get' | 'preferences.update'> {
  const preferences = () => preferencesSchema.parse(settings.read())
  return {
    'preferences.get': async () => preferences(),
    'preferences.update': async (patch) => {
      // The OS first: a login item that could not be set must not show as set.
      if (patch.startAtLogin !== undefined && patch.startAtLogin !== settings.read().startAtLogin) {
        if (!loginItem) throw new OperationError('not_allowed', { code: 'problems:login.installedOnly' })
        try {
          await loginItem.apply(patch.startAtLogin)
        } catch (error) {
          // The OS's own words, as a detail.
          const detail = error instanceof Error ? error.message : String(error)
          throw new OperationError('not_allowed', { code: 'problems:login.refused', params: { detail } })
        }
      }
      // A key sent as undefined means unchanged; spread as it is, it would fail the settings schema.
      settings.update(definedOnly(patch))
      const changed = preferences()
      onChanged?.(changed)
      return changed
    },
  }
}
