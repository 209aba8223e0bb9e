import { useTranslation } from 'react-i18next'

import type { Preferences } from '../../../../shared/domain/settings'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useAction } from '../../ipc/useAction'

type Switch = 'closeToTray' | 'startMinimized' | 'startAtLogin'

/** Each on/off preference of the window and the app's start; words in settings.window. */
const switches: ReadonlyArray<Switch> = ['closeToTray', 'startMinimized', 'startAtLogin']

/** What closing the window and starting the app do. */
export function WindowSection({
  preferences,
  onChange,
}: {
  preferences: Preferences
  onChange: (patch: Partial<Preferences>) => Promise<void>
}) {
  const { t } = useTranslation('settings')
  const { run, error } = useAction((patch: Partial<Preferences>) => onChange(patch))
  return (
    <section className="card">
      <fieldset>
        <legend>{t('window.legend')}</legend>
        {switches.map((key) => (
          <label className="check" key={key}>
            <input
              type="checkbox"
              checked={preferences[key]}
              onChange={(event) => run({ [key]: event.target.checked })}
            />
            <span>
              {t(`window.${key}`)}
              <small className="muted">{t(`window.${key}Hint`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  )
}
