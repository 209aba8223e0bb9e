import type { Preferences, Theme } from '../../../../shared/domain/settings'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useAction } from '../../ipc/useAction'

const themes: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

/** Theme choice. */
export function AppearanceSection({
  preferences,
  onChange,
}: {
  preferences: Preferences
  onChange: (patch: Partial<Preferences>) => Promise<void>
}) {
  const { run, error } = useAction((theme: Theme) => onChange({ theme }))
  return (
    <section className="card">
      <fieldset>
        <legend>Appearance</legend>
        <div className="segmented" role="radiogroup" aria-label="Theme">
          {themes.map(({ value, label }) => (
            <label key={value} className="segmented-option">
              <input
                type="radio"
                name="theme"
                value={value}
                checked={preferences.theme === value}
                onChange={() => run(value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  )
}
