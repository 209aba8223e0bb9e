import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'

import type { MacAlertStyle } from '../../../../shared/domain/notifications'
import { ringSettingsSchema, toneChoiceSchema, type RingSettings } from '../../../../shared/domain/ring'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'
import { useServiceValue } from '../../ipc/useServiceValue'
import { Ringtone } from '../../ring/Ringtone'
import { useAudioOutputs } from '../../ring/useAudioOutputs'

/** The form's fields: devices as select values ('' is the system default, or no second device). */
const ringFormSchema = ringSettingsSchema.omit({ customTonePath: true, outputDevice: true, alsoRingOn: true }).extend({
  tone: toneChoiceSchema,
  volume: z.coerce.number<string | number>().pipe(ringSettingsSchema.shape.volume),
  outputDevice: z.string().max(500),
  alsoRingOn: z.string().max(500),
})
type RingFormInput = z.input<typeof ringFormSchema>
type RingFormOutput = z.output<typeof ringFormSchema>

const formValues = (settings: RingSettings): RingFormInput => ({
  tone: settings.tone,
  volume: settings.volume,
  outputDevice: settings.outputDevice ?? '',
  alsoRingOn: settings.alsoRingOn ?? '',
  incomingWindow: settings.incomingWindow,
})

const asSettings = (values: RingFormOutput): Omit<RingSettings, 'customTonePath'> => ({
  ...values,
  outputDevice: values.outputDevice || null,
  alsoRingOn: values.alsoRingOn || null,
})

const TEST_TONE_MS = 4000

/** The ringtone, the devices it rings on, and the incoming-call window. */
export function RingSection() {
  const [settings, setSettings] = useServiceValue('ring.getSettings', 'ring.settingsChanged')
  const { t } = useTranslation('ring')
  const [saved, setSaved] = useState(false)
  if (!settings) return null
  return (
    <section className="card" aria-labelledby="ring-settings-title">
      <h2 id="ring-settings-title">{t('settings.title')}</h2>
      <p className="muted">{t('settings.intro')}</p>
      {/* Saved elsewhere (another window) or here: the form starts again from what main holds. */}
      <RingForm
        key={JSON.stringify(settings)}
        settings={settings}
        saved={saved}
        onSaved={(next, bySave) => {
          setSettings(next)
          setSaved(bySave)
        }}
      />
    </section>
  )
}

function RingForm({
  settings,
  saved,
  onSaved,
}: {
  settings: RingSettings
  saved: boolean
  onSaved: (settings: RingSettings, bySave: boolean) => void
}) {
  const client = useClient()
  const { t } = useTranslation('ring')
  const outputs = useAudioOutputs()
  const [testing, setTesting] = useState(false)
  const [platform, setPlatform] = useState<string>()
  // macOS: the style its Notification Center shows our alerts in, where it can be read.
  const [macStyle, setMacStyle] = useState<MacAlertStyle>('unknown')
  useEffect(() => {
    let alive = true
    void client.call('app.getInfo').then((info) => {
      if (!alive) return
      setPlatform(info.platform)
      if (info.platform === 'darwin')
        // Not readable: the general advice stays.
        void client.call('notifications.macAlertStyle').then(
          ({ style }) => alive && setMacStyle(style),
          () => undefined,
        )
    })
    return () => {
      alive = false
    }
  }, [client])
  useEffect(() => {
    if (!testing) return
    const timer = setTimeout(() => setTesting(false), TEST_TONE_MS)
    return () => clearTimeout(timer)
  }, [testing])
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<RingFormInput, unknown, RingFormOutput>({
    defaultValues: formValues(settings),
    resolver: zodResolver(ringFormSchema),
  })
  const watched = useWatch({ control })
  const save = useAction(async (values: RingFormOutput) => {
    onSaved(await client.call('ring.updateSettings', asSettings(values)), true)
  })
  const choose = useAction(async () => onSaved(await client.call('ring.chooseCustomTone'), false))
  // The test plays what the form shows now, saved or not.
  const parsed = ringFormSchema.safeParse(watched)
  const trial: RingSettings = parsed.success ? { ...settings, ...asSettings(parsed.data) } : settings
  const deviceOptions = outputs.map((output, index) => (
    <option key={output.deviceId} value={output.deviceId}>
      {output.label || t('settings.unnamedDevice', { number: index + 1 })}
    </option>
  ))
  const fileName = settings.customTonePath?.split(/[\\/]/).at(-1)
  return (
    <form
      className="form-grid ring-form"
      aria-label={t('settings.title')}
      onSubmit={(event) => void handleSubmit((values) => save.run(values))(event)}
    >
      <Field id="ring-tone" label={t('settings.tone')} problem={errors.tone?.message}>
        {(wires) => (
          <select {...wires} {...register('tone')}>
            {toneChoiceSchema.options.map((tone) => (
              <option key={tone} value={tone} disabled={tone === 'custom' && !settings.customTonePath}>
                {t(`settings.tones.${tone}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="ring-custom-file">
        <p className="muted">{fileName ? t('settings.customFile', { name: fileName }) : t('settings.noCustomFile')}</p>
        <button type="button" className="button small" disabled={choose.busy} onClick={() => choose.run()}>
          {t('settings.chooseFile')}
        </button>
      </div>
      <Field
        id="ring-volume"
        label={t('settings.volume')}
        hint={t('settings.volumeValue', { value: watched.volume ?? settings.volume })}
        problem={errors.volume?.message}
      >
        {(wires) => <input {...wires} type="range" min={0} max={100} step={5} {...register('volume')} />}
      </Field>
      <Field id="ring-device" label={t('settings.device')} problem={errors.outputDevice?.message}>
        {(wires) => (
          <select {...wires} {...register('outputDevice')}>
            <option value="">{t('settings.systemDefault')}</option>
            {deviceOptions}
          </select>
        )}
      </Field>
      <Field
        id="ring-also"
        label={t('settings.alsoRingOn')}
        hint={t('settings.devicesHint')}
        problem={errors.alsoRingOn?.message}
      >
        {(wires) => (
          <select {...wires} {...register('alsoRingOn')}>
            <option value="">{t('settings.noSecondDevice')}</option>
            {deviceOptions}
          </select>
        )}
      </Field>
      <Field
        id="ring-window"
        label={t('settings.incomingWindow')}
        hint={t('settings.windowHint')}
        problem={errors.incomingWindow?.message}
      >
        {(wires) => (
          <select {...wires} {...register('incomingWindow')}>
            {(['agents', 'always', 'never'] as const).map((choice) => (
              <option key={choice} value={choice}>
                {t(`settings.windowChoices.${choice}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {platform === 'darwin' && (
        <p className="field-span banner" role="note">
          {macStyle === 'unknown' ? t('settings.macAlerts') : t(`settings.macStyle.${macStyle}`)}
        </p>
      )}
      <div className="button-row field-span">
        <button type="submit" className="button primary" disabled={save.busy}>
          {t('settings.save')}
        </button>
        <button type="button" className="button" aria-pressed={testing} onClick={() => setTesting(!testing)}>
          {testing ? t('settings.stopTest') : t('settings.testTone')}
        </button>
        {saved && <span role="status">{t('settings.saved')}</span>}
      </div>
      <Ringtone playing={testing} settings={trial} />
      {[save.error, choose.error].map(
        (error, index) => error !== undefined && <ErrorNotice key={index} error={error} />,
      )}
    </form>
  )
}
