import { definedOnly } from '../../shared/defined-only'
import type { RingSettings } from '../../shared/domain/ring'
import type { FilePickerPort } from '../core/ports'
import type { OperationHandlers } from '../ipc/dispatch'
import { OperationError } from '../ipc/operation-error'
import type { RingAlerts } from '../monitor/ring-alerts'
import type { SettingsRepository } from '../settings/settings-repository'

import { checkCustomTone, readTone } from './tone-files'

type RingOperation =
  | 'ring.getState'
  | 'ring.dismiss'
  | 'ring.open'
  | 'ring.getSettings'
  | 'ring.updateSettings'
  | 'ring.chooseCustomTone'
  | 'ring.tone'

/** Handlers for the ring: what rings now, dismissing and opening it, and the ringtone's settings. */
export function createRingHandlers(deps: {
  readonly settings: SettingsRepository
  readonly rings: Pick<RingAlerts, 'dismiss' | 'refresh' | 'state'>
  /** Absent in the browser harness: there is no system file picker there. */
  readonly filePicker: FilePickerPort | undefined
  /** Where the built-in tones lie (resources/tones). */
  readonly tonesDir: string
  readonly openLive: (focus: string) => void
  /** Every window that plays the ringtone follows the settings at once. */
  readonly onSettingsChanged: (settings: RingSettings) => void
}): Pick<OperationHandlers, RingOperation> {
  const ringSettings = () => deps.settings.read().ring
  const save = (patch: Partial<RingSettings>): RingSettings => {
    deps.settings.update({ ring: { ...ringSettings(), ...patch } })
    // The window setting decides what the open ring shows.
    deps.rings.refresh()
    deps.onSettingsChanged(ringSettings())
    return ringSettings()
  }
  return {
    'ring.getState': async () => deps.rings.state(),
    'ring.dismiss': async ({ callId }) => {
      deps.rings.dismiss(callId)
      return deps.rings.state()
    },
    'ring.open': async ({ callId }) => {
      deps.rings.dismiss(callId)
      deps.openLive(callId)
      return deps.rings.state()
    },
    'ring.getSettings': async () => ringSettings(),
    'ring.updateSettings': async (patch) => {
      if (patch.tone === 'custom' && !ringSettings().customTonePath) {
        throw new OperationError('invalid_request', { code: 'problems:ringtone.noCustomFile' })
      }
      return save(definedOnly(patch))
    },
    'ring.chooseCustomTone': async () => {
      if (!deps.filePicker) throw new OperationError('not_allowed', { code: 'problems:ringtone.pickerUnavailable' })
      const path = await deps.filePicker.pickAudioFile()
      if (path === null) return ringSettings()
      await checkCustomTone(path)
      return save({ tone: 'custom', customTonePath: path })
    },
    'ring.tone': async ({ tone }) => ({ dataUrl: await readTone(deps.tonesDir, tone, ringSettings().customTonePath) }),
  }
}
