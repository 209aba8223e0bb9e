import { preferencesSchema } from '../../shared/domain/settings'
import type { OperationHandlers } from '../ipc/dispatch'

import type { SettingsRepository } from './settings-repository'

/** Handlers for the preferences the renderer may read and change. */
export function createPreferenceHandlers(
  settings: SettingsRepository,
): Pick<OperationHandlers, 'preferences.get' | 'preferences.update'> {
  const preferences = () => preferencesSchema.parse(settings.read())
  return {
    'preferences.get': async () => preferences(),
    'preferences.update': async (patch) => {
      settings.update(patch)
      return preferences()
    },
  }
}
