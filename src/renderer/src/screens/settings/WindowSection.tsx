import type { Preferences } from '../../../../shared/domain/settings'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useAction } from '../../ipc/useAction'

type Switch = 'closeToTray' | 'startMinimized' | 'startAtLogin'

/** Each on/off preference of the window and the app's start, in the user's words. */
const switches: ReadonlyArray<{ key: Switch; label: string; hint: string }> = [
  {
    key: 'closeToTray',
    label: 'Keep running in the tray when the window is closed',
    hint: 'Calls keep ringing through while the window is away.',
  },
  {
    key: 'startMinimized',
    label: 'Start hidden in the tray',
    hint: 'Open the window from the tray icon when you need it.',
  },
  {
    key: 'startAtLogin',
    label: 'Start when I log in to this computer',
    hint: 'AgentDesk opens in the tray, ready for the first call of the day.',
  },
]

/** What closing the window and starting the app do. */
export function WindowSection({
  preferences,
  onChange,
}: {
  preferences: Preferences
  onChange: (patch: Partial<Preferences>) => Promise<void>
}) {
  const { run, error } = useAction((patch: Partial<Preferences>) => onChange(patch))
  return (
    <section className="card">
      <fieldset>
        <legend>Window</legend>
        {switches.map(({ key, label, hint }) => (
          <label className="check" key={key}>
            <input
              type="checkbox"
              checked={preferences[key]}
              onChange={(event) => run({ [key]: event.target.checked })}
            />
            <span>
              {label}
              <small className="muted">{hint}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  )
}
