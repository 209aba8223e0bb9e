import { useTranslation } from 'react-i18next'

import type { Language, Preferences, Theme } from '../../../../shared/domain/settings'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useAction } from '../../ipc/useAction'

import './appearance.css'

const themes: ReadonlyArray<Theme> = ['system', 'light', 'dark']
const languages: ReadonlyArray<Language> = ['en', 'vi']

/** Theme and language. */
export function AppearanceSection({
  preferences,
  onChange,
}: {
  preferences: Preferences
  onChange: (patch: Partial<Preferences>) => Promise<void>
}) {
  const { t } = useTranslation('settings')
  const { t: common } = useTranslation()
  const { run, error } = useAction((patch: Partial<Preferences>) => onChange(patch))
  return (
    <section className="card appearance">
      <fieldset>
        <legend>{t('appearance.legend')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('appearance.theme')}>
          {themes.map((value) => (
            <label key={value} className="segmented-option">
              <input
                type="radio"
                name="theme"
                value={value}
                checked={preferences.theme === value}
                onChange={() => run({ theme: value })}
              />
              <span>{t(`appearance.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{common('language.legend')}</legend>
        {/* Each name in its own language, so anyone can find theirs. */}
        <div className="segmented" role="radiogroup" aria-label={common('language.label')}>
          {languages.map((value) => (
            <label key={value} className="segmented-option" lang={value}>
              <input
                type="radio"
                name="language"
                value={value}
                checked={preferences.language === value}
                onChange={() => run({ language: value })}
              />
              <span>{common(`language.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  )
}
