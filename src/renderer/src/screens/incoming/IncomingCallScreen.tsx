import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

import type { IncomingRing } from '../../../../shared/domain/ring'
import { useClient } from '../../ipc/client-context'
import { useServiceValue } from '../../ipc/useServiceValue'
import { Ringtone } from '../../ring/Ringtone'
// Not a screen of the navigation, so its sheet sits with the shared components (still scoped to its root).
import '../../components/incoming-call.css'

/**
 * The incoming-call window's page (`?view=incoming`): the call that rings, with the provider's own
 * fields, "Open" and "Dismiss". It also plays the ringtone, so a ring is heard while the main
 * window is closed; main shows the window only when the setting wants it.
 */
export function IncomingCallScreen() {
  const client = useClient()
  const { t } = useTranslation('ring')
  const [ring] = useServiceValue('ring.getState', 'ring.changed')
  const [settings] = useServiceValue('ring.getSettings', 'ring.settingsChanged')
  const rings = ring?.rings ?? []
  const [first] = rings
  const shownCallId = first?.callId
  // Escape dismisses the call shown, as the Dismiss button does. It listens on the page and
  // focuses nothing: the window shows without activating, and keys reach it only once the user
  // has clicked or tabbed into it, so the call software keeps its focus.
  useEffect(() => {
    if (shownCallId === undefined) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) void client.call('ring.dismiss', { callId: shownCallId })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [client, shownCallId])
  return (
    <main className="incoming-screen" aria-label={t('incoming.label')}>
      <Ringtone playing={rings.length > 0} settings={settings} />
      {first ? (
        <RingCard
          ring={first}
          others={rings.length - 1}
          onOpen={() => void client.call('ring.open', { callId: first.callId })}
          onDismiss={() => void client.call('ring.dismiss', { callId: first.callId })}
        />
      ) : (
        <p className="muted">{t('incoming.none')}</p>
      )}
    </main>
  )
}

function RingCard({
  ring,
  others,
  onOpen,
  onDismiss,
}: {
  ring: IncomingRing
  others: number
  onOpen: () => void
  onDismiss: () => void
}) {
  const { t } = useTranslation('ring')
  const title = ring.agentName
    ? t('incoming.titleAgent', { extension: ring.extension, agent: ring.agentName })
    : t('incoming.title', { extension: ring.extension })
  const notReported = t('incoming.notReported')
  return (
    <section className="ring-card" aria-labelledby="ring-title">
      <h1 id="ring-title">{title}</h1>
      <dl>
        <dt>{t('incoming.destination')}</dt>
        <dd>{ring.destination ?? notReported}</dd>
        <dt>{t('incoming.direction')}</dt>
        <dd>{ring.direction ? t(`incoming.${ring.direction}`) : notReported}</dd>
        {ring.queueIds !== null && ring.queueIds.length > 0 && (
          <>
            <dt>{t('incoming.queues')}</dt>
            <dd>{ring.queueIds.join(', ')}</dd>
          </>
        )}
        <dt>{t('incoming.account')}</dt>
        <dd>{ring.accountLabel}</dd>
      </dl>
      <div className="button-row ring-actions">
        <button type="button" className="button primary" onClick={onOpen}>
          {t('incoming.open')}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t('incoming.dismiss')}
        </button>
        {others > 0 && <span className="ring-more">{t('incoming.more', { count: others })}</span>}
      </div>
    </section>
  )
}
