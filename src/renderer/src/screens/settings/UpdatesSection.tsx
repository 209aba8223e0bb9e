import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { updateChannelSchema, type UpdateStatus, type UpdateView } from '../../../../shared/domain/updates'
import { ErrorNotice } from '../../components/ErrorNotice'
import { currentLocale } from '../../i18n/i18n'
import { useClient } from '../../ipc/client-context'
import { useAction } from '../../ipc/useAction'

type T = ReturnType<typeof useTranslation<'settings'>>['t']

/** The state in words: every state and failure has its sentence in the catalog. */
function statusLine(state: UpdateStatus, t: T): string {
  switch (state.status) {
    case 'idle':
      return state.checkedAt === null
        ? t('updates.status.idleNever')
        : t('updates.status.idle', { time: new Date(state.checkedAt).toLocaleTimeString(currentLocale()) })
    case 'checking':
      return t('updates.status.checking')
    case 'available':
      return t('updates.status.available', { version: state.version })
    case 'downloading':
      return t('updates.status.downloading', { version: state.version, percent: state.percent })
    case 'ready':
      return t('updates.status.ready', { version: state.version })
    case 'error':
      return t(`updates.failure.${state.failure}`)
    case 'disabled':
      return t(`updates.off.${state.reason}`)
  }
}

/** Settings → Updates: the state, the channel, Check now, Restart to update and the release notes. */
export function UpdatesSection() {
  const client = useClient()
  const { t } = useTranslation('settings')
  const [view, setView] = useState<UpdateView>()
  const [unread, setUnread] = useState(false)
  useEffect(() => {
    let alive = true
    // A state main could not give is said, never left as an unhandled rejection.
    client.call('updates.getState').then(
      (value) => alive && setView(value),
      () => alive && setUnread(true),
    )
    const unsubscribe = client.on('updates.changed', setView)
    return () => {
      alive = false
      unsubscribe()
    }
  }, [client])
  const checkNow = useAction(async () => setView(await client.call('updates.checkNow')))
  const restart = useAction(async () => void (await client.call('updates.restart')))
  const setChannel = useAction(async (channel: string) =>
    setView(await client.call('updates.setChannel', { channel: updateChannelSchema.parse(channel) })),
  )
  if (!view) {
    return unread ? (
      <section className="card" aria-labelledby="updates-title">
        <h2 id="updates-title">{t('updates.title')}</h2>
        <p className="muted">{t('updates.failure.failed')}</p>
      </section>
    ) : null
  }
  const state = view.state
  const off = state.status === 'disabled'
  const busy = state.status === 'checking' || state.status === 'available' || state.status === 'downloading'
  const release = state.status === 'ready' || state.status === 'available' ? state : null
  return (
    <section className="card" aria-labelledby="updates-title">
      <h2 id="updates-title">{t('updates.title')}</h2>
      <p>{t('updates.current', { version: view.currentVersion })}</p>
      <div className="field">
        <label htmlFor="update-channel">{t('updates.channel')}</label>
        <select
          id="update-channel"
          value={view.channel}
          disabled={view.locked || setChannel.busy}
          aria-describedby={view.policySource ? 'update-channel-locked' : undefined}
          onChange={(event) => setChannel.run(event.target.value)}
        >
          {updateChannelSchema.options.map((channel) => (
            <option key={channel} value={channel}>
              {t(`updates.channels.${channel}`)}
            </option>
          ))}
        </select>
        {view.policySource && (
          <p id="update-channel-locked" className="hint">
            {t(`updates.locked.${view.policySource}`)}
          </p>
        )}
      </div>
      <p className="status-line" role="status">
        {statusLine(state, t)}
      </p>
      {release?.releaseNotes != null && (
        <details open={release.status === 'ready'}>
          <summary>{t('updates.releaseNotes', { version: release.version })}</summary>
          <p className="release-notes">{release.releaseNotes}</p>
        </details>
      )}
      <div className="button-row">
        {state.status === 'ready' ? (
          <button type="button" className="button" disabled={restart.busy} onClick={() => restart.run()}>
            {t('updates.restart')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={off || busy || checkNow.busy}
            onClick={() => checkNow.run()}
          >
            {t('updates.checkNow')}
          </button>
        )}
      </div>
      {[checkNow.error, restart.error, setChannel.error].map(
        (error, index) => error !== undefined && <ErrorNotice key={index} error={error} />,
      )}
    </section>
  )
}
