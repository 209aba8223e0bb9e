import { Bot, BellRing, CircleCheck, PhoneMissed, Siren, UserMinus } from 'lucide-react'
import { memo, useEffect, useMemo, useRef, useState, type ReactElement, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'

import type { Alert } from '../../../../shared/domain/live'

import { ExportButtons } from './ExportButtons'
import { formatTime } from './format'

const headline = {
  missed: 'alerts.missed',
  ringing: 'alerts.ringing',
  agent_ringing: 'alerts.agentRinging',
  ai_failed: 'alerts.aiFailed',
  away_set: 'alerts.awaySet',
  away_failed: 'alerts.awayFailed',
  queue_alert: 'alerts.queueAlert',
  queue_normal: 'alerts.queueNormal',
} as const satisfies Record<Alert['kind'], string>

/** The same element each time, so an item that renders again does not render its icon again. */
const icons: Record<Alert['kind'], ReactElement> = {
  missed: <PhoneMissed aria-hidden size={16} />,
  away_set: <UserMinus aria-hidden size={16} />,
  away_failed: <UserMinus aria-hidden size={16} />,
  ai_failed: <Bot aria-hidden size={16} />,
  queue_alert: <Siren aria-hidden size={16} />,
  queue_normal: <CircleCheck aria-hidden size={16} />,
  ringing: <BellRing aria-hidden size={16} />,
  agent_ringing: <BellRing aria-hidden size={16} />,
}

/** Recent alerts, missed calls first, until the user clears them. */
export const AlertHistory = memo(function AlertHistory({
  alerts,
  onClear,
  onSeen,
  focus,
}: {
  alerts: ReadonlyArray<Alert>
  onClear: () => void
  /** Called when missed calls not seen before are in view, so the tray stops counting them. */
  onSeen: () => void
  /** A call or alert id a notification click asked for; its alerts are marked. */
  focus?: string | undefined
}) {
  const { t } = useTranslation('live')
  const isFocused = (alert: Alert) => focus !== undefined && (alert.id === focus || alert.id.endsWith(`:${focus}`))
  const focused = useRef<HTMLLIElement>(null)
  const focusedPresent = alerts.some(isFocused)
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'center' })
  }, [focus, focusedPresent])
  // The missed calls that were new when they came into view keep their mark while the screen is open.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set())
  const unseen = alerts.filter((alert) => alert.seen === false).map((alert) => alert.id)
  const unseenKey = unseen.join('|')
  useEffect(() => {
    if (unseenKey === '') return
    const ids = unseenKey.split('|')
    // A window hidden in the tray is not the user looking: wait until it shows.
    const seeIfShown = () => {
      if (document.visibilityState !== 'visible') return
      setFresh((before) => new Set([...before, ...ids]))
      onSeen()
    }
    seeIfShown()
    document.addEventListener('visibilitychange', seeIfShown)
    return () => document.removeEventListener('visibilitychange', seeIfShown)
  }, [unseenKey, onSeen])
  // Looked up once per language, not three times by each of 50 items on each busy poll.
  const words = useMemo(
    (): AlertWords => ({
      headline: Object.fromEntries(
        Object.entries(headline).map(([kind, key]) => [kind, t(key)]),
      ) as AlertWords['headline'],
      new: t('alerts.new'),
      notNotified: t('alerts.notNotified'),
      calledNumber: (number) => t('alerts.calledNumber', { number }),
    }),
    [t],
  )
  const ordered = [
    ...alerts.filter((alert) => alert.kind === 'missed'),
    ...alerts.filter((alert) => alert.kind !== 'missed'),
  ]
  return (
    <section className="card below-board" aria-labelledby="alerts-title">
      <div className="section-head">
        <h2 id="alerts-title">{t('alerts.title')}</h2>
        <div className="button-row">
          <ExportButtons hasAlerts={alerts.length > 0} hasMissed={alerts.some((alert) => alert.kind === 'missed')} />
          <button type="button" className="button small" onClick={onClear} disabled={alerts.length === 0}>
            {t('alerts.clear')}
          </button>
        </div>
      </div>
      {alerts.length === 0 ? (
        <p className="muted">{t('alerts.none')}</p>
      ) : (
        <ul className="alerts">
          {ordered.slice(0, 50).map((alert, place) => {
            const focusedHere = isFocused(alert)
            return (
              <AlertItem
                // Keyed by place, like the call rows: when a busy floor brings 50 new alerts in
                // one poll, the items in the page are updated in place instead of rebuilt. The
                // focused alert keeps its own item, which the page scrolls to.
                key={focusedHere ? `alert:${alert.id}` : place}
                alert={alert}
                focusedRef={focusedHere ? focused : undefined}
                fresh={fresh.has(alert.id)}
                words={words}
              />
            )
          })}
        </ul>
      )}
    </section>
  )
})

/** An item's words in the chosen language. */
interface AlertWords {
  headline: Record<Alert['kind'], string>
  new: string
  notNotified: string
  calledNumber: (number: string) => string
}

/** One alert; renders again only when one of its fields, its mark or the language changed. */
const AlertItem = memo(
  function AlertItem({
    alert,
    focusedRef,
    fresh,
    words,
  }: {
    alert: Alert
    /** Given to the focused alert only. */
    focusedRef: RefObject<HTMLLIElement | null> | undefined
    fresh: boolean
    words: AlertWords
  }) {
    const focused = focusedRef !== undefined
    return (
      <li
        ref={focusedRef}
        className={focused ? `${alert.kind} focused` : alert.kind}
        aria-current={focused ? 'true' : undefined}
      >
        {icons[alert.kind]}
        <span>
          {fresh && <span className="badge new">{words.new}</span>} <strong>{words.headline[alert.kind]}</strong>{' '}
          {alert.subject}
          {alert.calledNumber ? ` · ${words.calledNumber(alert.calledNumber)}` : ''}
          {alert.detail ? ` · ${alert.detail}` : ''}
        </span>
        <span className="muted">
          {alert.accountLabel} · {formatTime(alert.at)}
          {alert.kind !== 'missed' && alert.kind !== 'away_set' && !alert.notified ? ` · ${words.notNotified}` : ''}
        </span>
      </li>
    )
  },
  // Each alerts.changed brings new objects for the same alerts: compared by what they hold.
  (before, after) =>
    before.focusedRef === after.focusedRef &&
    before.fresh === after.fresh &&
    before.words === after.words &&
    sameAlert(before.alert, after.alert),
)

function sameAlert(a: Alert, b: Alert): boolean {
  if (a === b) return true
  const keys = Object.keys(a) as Array<keyof Alert>
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}
