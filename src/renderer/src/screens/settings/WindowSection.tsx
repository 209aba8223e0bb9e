import type { Preferences } from '../../../../shared/domain/settings'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useAction } from '../../ipc/useAction'

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
        <label className="check">
          <input
            type="checkbox"
            checked={preferences.closeToTray}
            onChange={(event) => run({ closeToTray: event.target.checked })}
          />
          <span>
            Keep running in the tray when the window is closed
            <small className="muted">Calls keep ringing through while the window is away.</small>
          </span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={preferences.startMinimized}
            onChange={(event) => run({ startMinimized: event.target.checked })}
          />
          <span>
            Start hidden in the tray
            <small className="muted">Open the window from the tray icon when you need it.</small>
          </span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={preferences.startAtLogin}
            onChange={(event) => run({ startAtLogin: event.target.checked })}
          />
          <span>
            Start when I log in to this computer
            <small className="muted">AgentDesk opens in the tray, ready for the first call of the day.</small>
          </span>
        </label>
      </fieldset>
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  )
}
